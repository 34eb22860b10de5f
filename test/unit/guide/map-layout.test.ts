import { describe, expect, it } from 'vitest';
import { isModelQuestion, layoutMap, wrapLabel } from '../../../src/lib/guide/map-layout';
import { validTree } from './fixtures';

describe('layoutMap', async () => {
  const tree = validTree();
  const map = await layoutMap(tree);

  it('folds the model questions into arrow labels and places every other node once, without overlaps', () => {
    expect(map.folded.sort()).toEqual(['delivered-model', 'transit-model']);
    expect(map.nodes.map((n) => n.id).sort()).toEqual(Object.keys(tree).filter((id) => !id.endsWith('-model')).sort());
    const start = map.nodes.find((n) => n.id === 'start')!;
    expect(Math.min(...map.nodes.map((n) => n.x))).toBe(start.x);
    for (const a of map.nodes) {
      for (const b of map.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= map.box.w || Math.abs(a.y - b.y) >= map.box.h;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    for (const n of map.nodes) expect(n.x + map.box.w).toBeLessThanOrEqual(map.width);
  });

  it('labels an arrow with the models that take it, one arrow per target', () => {
    const fromStart = map.edges.filter((e) => e.from === 'start').map((e) => [e.to, e.label?.text]);
    expect(fromStart.sort()).toEqual([
      ['delivered-reason', 'FBS / rFBS'],
      ['transit-fbs', 'FBS'],
      ['transit-rfbs', 'rFBS'],
    ]);
  });

  it('draws every arrow left to right', () => {
    const x = new Map(map.nodes.map((n) => [n.id, n.x]));
    for (const e of map.edges) expect(x.get(e.to)!).toBeGreaterThan(x.get(e.from)!);
  });
});

describe('isModelQuestion', () => {
  it('is a question whose every option names a model', () => {
    const tree = validTree();
    expect(isModelQuestion(tree['transit-model'])).toBe(true);
    expect(isModelQuestion(tree['delivered-reason'])).toBe(false);
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
