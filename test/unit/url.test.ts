import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/lib/url';
import { chineseDate, isoDate } from '../../src/lib/dates';

describe('joinBase', () => {
  it('keeps root-relative paths at the root', () => {
    expect(joinBase('/', '/handbook/')).toBe('/handbook/');
  });

  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(joinBase('/playbook/', '/guide/')).toBe('/playbook/guide/');
    expect(joinBase('/playbook', '/guide/')).toBe('/playbook/guide/');
  });

  it('accepts a path without a leading slash', () => {
    expect(joinBase('/playbook/', 'search/')).toBe('/playbook/search/');
  });
});

describe('dates', () => {
  it('shows the date the editor wrote, whatever the time zone', () => {
    const d = new Date('2026-11-26');
    expect(isoDate(d)).toBe('2026-11-26');
    expect(chineseDate(d)).toBe('2026年11月26日');
  });
});
