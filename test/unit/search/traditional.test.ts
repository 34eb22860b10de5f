import { describe, expect, it } from 'vitest';
import { TRADITIONAL_CHARS } from '../../../src/lib/search/traditional-chars';
import { traditionalCharsFromOpencc } from '../../../scripts/traditional-chars-source.mjs';

describe('TRADITIONAL_CHARS', () => {
  it('is exactly the set of characters opencc-js converts (regenerate: npm exec node scripts/gen-traditional-chars.mjs)', async () => {
    const fromOpencc: string = await traditionalCharsFromOpencc();
    expect(TRADITIONAL_CHARS).toBe(fromOpencc);
  }, 30_000);
});
