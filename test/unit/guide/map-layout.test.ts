import { describe, expect, it } from 'vitest';
import { layoutMap, wrapLabel } from '../../../src/lib/guide/map-layout';
import { validTree } from './fixtures';

describe('layoutMap', () => {
  const tree = validTree();
  const map = layoutMap(tree);

  it('places every node once, start in the top-left corner, without overlaps', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(Object.keys(tree).sort());
    const start = map.nodes.find((n) => n.id === 'start')!;
    expect(Math.min(...map.nodes.map((n) => n.x))).toBe(start.x);
    expect(Math.min(...map.nodes.map((n) => n.y))).toBe(start.y);
    for (const a of map.nodes) {
      for (const b of map.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= map.box.w || Math.abs(a.y - b.y) >= map.box.h;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    for (const n of map.nodes) expect(n.x + map.box.w).toBeLessThanOrEqual(map.width);
  });

  it('draws one arrow per distinct target, always pointing right', () => {
    // delivered-model has two options that both lead to delivered-reason: one arrow.
    expect(map.edges.filter((e) => e.from === 'delivered-model')).toHaveLength(1);
    const x = new Map(map.nodes.map((n) => [n.id, n.x]));
    for (const e of map.edges) expect(x.get(e.to)!).toBeGreaterThan(x.get(e.from)!);
  });
});

describe('wrapLabel', () => {
  it('keeps short labels and cuts long ones to two lines with an ellipsis', () => {
    expect(wrapLabel('包裹在哪里？')).toEqual(['包裹在哪里？']);
    expect(wrapLabel('一二三四五六七八九十一二三四五')).toEqual(['一二三四五六七八九十一二', '三四五']);
    const long = wrapLabel('一二三四五六七八九十一二三四五六七八九十一二三四五六七');
    expect(long[1]!.endsWith('…')).toBe(true);
    expect(Array.from(long[1]!)).toHaveLength(12);
  });
});
