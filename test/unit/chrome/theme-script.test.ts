/** The inline head script: what it applies before paint, what it ignores, and the hash the CSP allows it by. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FOLDED_KEY, THEME_KEY } from '../../../src/lib/chrome/reading';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../../../src/lib/chrome/theme-script';

function storage(entries: Record<string, string>) {
  return { getItem: (k: string) => entries[k] ?? null };
}

/** Runs the script against a bare root element and the given storage; returns the root's data attributes. */
function run(local: Record<string, string> | 'blocked', session: Record<string, string> = {}) {
  const dataset: Record<string, string> = {};
  const localStorage =
    local === 'blocked'
      ? { getItem: () => { throw new DOMException('denied', 'SecurityError'); } }
      : storage(local);
  new Function('document', 'localStorage', 'sessionStorage', THEME_SCRIPT)(
    { documentElement: { dataset } },
    localStorage,
    storage(session),
  );
  return dataset;
}

describe('the theme script', () => {
  it('applies a stored light or dark theme and the folded groups', () => {
    expect(run({ [THEME_KEY]: 'dark' }, { [FOLDED_KEY]: 'models tools' })).toEqual({ theme: 'dark', folded: 'models tools' });
    expect(run({ [THEME_KEY]: 'light' })).toEqual({ theme: 'light', folded: '' });
  });

  it('leaves the theme to the system when nothing or something unknown is stored', () => {
    expect(run({})).toEqual({ folded: '' });
    expect(run({ [THEME_KEY]: 'purple' })).toEqual({ folded: '' });
    expect(run({ [THEME_KEY]: 'DARK' })).toEqual({ folded: '' });
  });

  it('does not throw when storage is blocked', () => {
    expect(run('blocked')).toEqual({});
  });

  it('is allowed by the hash of its exact text', () => {
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`);
  });
});
