import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guidePath, parseGuidePath } from '../../../src/lib/guide/codec';
import { enumeratePaths } from '../../../src/lib/guide/enumerate';
import { resolvePath } from '../../../src/lib/guide/state';
import { buildView } from '../../../src/lib/guide/view';
import { validData, validTree } from './fixtures';

describe('guide URLs', () => {
  it('encodes answers as path segments with a trailing slash', () => {
    expect(guidePath('/', [])).toBe('/guide/');
    expect(guidePath('/', ['delivered', 'rfbs', 'damaged'])).toBe('/guide/delivered/rfbs/damaged/');
    expect(guidePath('/docs/', ['delivered'])).toBe('/docs/guide/delivered/');
  });

  it('decodes a pathname back to segments, under a base path too', () => {
    expect(parseGuidePath('/', '/guide/')).toEqual([]);
    expect(parseGuidePath('/', '/guide/delivered/rfbs')).toEqual(['delivered', 'rfbs']);
    expect(parseGuidePath('/docs/', '/docs/guide/delivered/')).toEqual(['delivered']);
    expect(parseGuidePath('/', '/handbook/overview/')).toBeUndefined();
    expect(parseGuidePath('/', '/guide/%E4%BD%A0/%zz/')).toEqual(['你', '%zz']);
  });

  it('reads a step opened through its index.html like the step itself (Back must not see a stale answer)', () => {
    expect(parseGuidePath('/', '/guide/delivered/rfbs/index.html')).toEqual(['delivered', 'rfbs']);
    expect(parseGuidePath('/docs/', '/docs/guide/index.html')).toEqual([]);
  });

  it('round-trips every valid path of the fixture tree', () => {
    for (const { segments } of enumeratePaths(validTree())) {
      expect(parseGuidePath('/', guidePath('/', segments))).toEqual(segments);
    }
  });
});

// Thousands of generated cases: the timeout is generous so a busy CI machine does not fail them for speed.
describe('random and malformed guide paths', () => {
  const tree = validTree();
  const data = validData();
  const values = ['delivered', 'in-transit', 'fbs', 'rfbs', 'damaged', 'low', 'high', 'changed-mind'];
  const segment = fc.oneof(fc.constantFrom(...values, '', '..', '%', '%E4', '__proto__', 'constructor'), fc.string());

  it('never throw and always land on a node of the tree', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        const r = resolvePath(tree, segments);
        expect(r.nodeId in tree).toBe(true);
        const { view } = buildView(data, segments);
        expect(view.segments.length).toBeLessThanOrEqual(segments.length);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('never throw when parsed from arbitrary pathnames', () => {
    fc.assert(
      fc.property(fc.string(), fc.webPath(), (junk, web) => {
        for (const pathname of [`/guide/${junk}`, web, `/guide${web}`]) {
          const segments = parseGuidePath('/', pathname);
          if (segments) buildView(data, segments);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
