/** Which section the reader is in, and the CSS that keeps folded groups shut before the script runs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSection } from '../../../src/lib/chrome/reading';
import { SECTIONS } from '../../../src/lib/handbook/sections';

describe('currentSection', () => {
  it('is -1 above the first heading', () => {
    expect(currentSection([200, 900], 100)).toBe(-1);
  });

  it('is the last heading that has passed the line', () => {
    expect(currentSection([-800, -100, 100, 700], 100)).toBe(2);
    expect(currentSection([-800, -100, 101, 700], 100)).toBe(1);
    expect(currentSection([-800, -400], 100)).toBe(1);
  });

  it('skips headings that are missing (Infinity) and handles no headings', () => {
    expect(currentSection([-50, Infinity, 400], 100)).toBe(0);
    expect(currentSection([], 100)).toBe(-1);
  });
});

describe('folded groups before first paint', () => {
  const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

  it.each(SECTIONS.map((s) => s.key))('global.css keeps a folded "%s" group shut', (key) => {
    expect(css).toContain(`:root[data-folded~="${key}"] .nav-group[data-group="${key}"]`);
  });
});
