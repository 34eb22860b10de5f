import { describe, expect, it } from 'vitest';
import { HASHED_FOLDERS, SECURITY_HEADERS, headersFile } from '../../../src/lib/site/headers';

describe('_headers', () => {
  it('applies the headers to the whole site at the root', () => {
    const text = headersFile('/');
    expect(text).toMatch(/^\/\*$/m);
    for (const [name, value] of SECURITY_HEADERS) expect(text).toContain(`  ${name}: ${value}`);
    expect(text).toContain("frame-ancestors 'none'");
  });

  it('prefixes every rule with the base path', () => {
    const rules = headersFile('/refund-playbook/').split('\n').filter((l) => l.startsWith('/'));
    expect(rules).toEqual(['/refund-playbook/*', ...HASHED_FOLDERS.map((f) => `/refund-playbook${f}*`)]);
  });
});
