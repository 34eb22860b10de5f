import { describe, expect, it } from 'vitest';
import { enumeratePaths, firstPathTo } from '../../../src/lib/guide/enumerate';
import { progressAt, progressText, remainingQuestions } from '../../../src/lib/guide/progress';
import type { GuideTree } from '../../../src/lib/guide/types';
import { validTree } from './fixtures';

const tree = validTree();

describe('enumeratePaths', () => {
  it('lists one page per path, the start page included', () => {
    const paths = enumeratePaths(tree);
    expect(paths[0]).toEqual({ segments: [], nodeId: 'start' });
    // start, 2 model questions, 2 transit outcomes, 2 × (reason, changed-mind, value, low, high)
    expect(paths).toHaveLength(1 + 2 + 2 + 2 * 5);
    expect(paths.find((p) => p.segments.join('/') === 'delivered/rfbs/damaged/low')?.nodeId).toBe('damaged-low');
  });

  it('fails clearly when a tree would generate an absurd number of pages', () => {
    // 12 questions in a row, each with 3 options leading to the next: 3^12 paths.
    const wide: GuideTree = {};
    for (let i = 0; i < 12; i++) {
      const next = i === 11 ? 'end' : `q${i + 1}`;
      wide[i === 0 ? 'start' : `q${i}`] = {
        type: 'question',
        question: `问题 ${i}`,
        options: ['a', 'b', 'c'].map((value) => ({ value, label: value, summary: value, next })),
      };
    }
    wide.end = { type: 'outcome', title: '结论', verdict: '…', updated: '2026-11-28', steps: [{ text: '…' }] };
    expect(() => enumeratePaths(wide, 1000)).toThrow(/超过 1000 个页面/);
  });

  it('finds the shortest path to every node for the map', () => {
    const first = firstPathTo(tree);
    expect(first.get('start')).toEqual([]);
    expect(first.get('delivered-reason')).toEqual(['delivered', 'fbs']);
    expect(first.size).toBe(Object.keys(tree).length);
  });
});

describe('progress', () => {
  it('counts the longest way to an outcome', () => {
    expect(remainingQuestions(tree, 'start')).toBe(4);
    expect(remainingQuestions(tree, 'transit-model')).toBe(1);
    expect(remainingQuestions(tree, 'damaged-low')).toBe(0);
  });

  it('describes the step and what may follow', () => {
    const p = progressAt(remainingQuestions(tree, 'delivered-model'), 1);
    expect(p).toEqual({ step: 2, atMostAfter: 2, fraction: 0.25 });
    expect(progressText(p)).toBe('第 2 步，之后最多还有 2 步');
    expect(progressText(progressAt(remainingQuestions(tree, 'damaged-value'), 3))).toBe('第 4 步，这是最后一个问题');
  });
});
