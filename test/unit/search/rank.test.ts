import { describe, expect, it } from 'vitest';
import { answerFit, compareHits, headingBoost, longestRun, mergeAnswers, names, verifiedTier, weighConcepts } from '../../../src/lib/search/rank';
import type { PlannedQuery } from '../../../src/lib/search/rewrite';

const q = (kind: PlannedQuery['kind'], source: PlannedQuery['source']): PlannedQuery => ({ query: 'x', kind, source, target: 'x' });

describe('mergeAnswers', () => {
  it('puts phrase hits of the term first, then of synonyms, then loose hits, each by score', () => {
    const merged = mergeAnswers([
      { planned: q('loose', 'term'), hits: [{ id: 'loose-high', score: 9 }, { id: 'exact', score: 1 }] },
      { planned: q('phrase', 'term'), hits: [{ id: 'exact', score: 2 }] },
      { planned: q('phrase', 'synonym'), hits: [{ id: 'synonym', score: 5 }] },
    ]);
    expect(merged.map((c) => [c.id, c.tier, c.score])).toEqual([
      ['exact', 0, 2],
      ['synonym', 1, 5],
      ['loose-high', 2, 9],
    ]);
  });
  it('keeps each page once', () => {
    const merged = mergeAnswers([
      { planned: q('loose', 'term'), hits: [{ id: 'a', score: 1 }] },
      { planned: q('part', 'term'), hits: [{ id: 'a', score: 3 }] },
    ]);
    expect(merged).toEqual([{ id: 'a', score: 3, tier: 2, run: 0 }]);
  });
});

describe('verifiedTier', () => {
  it('is 0 when the page contains the term, even inside a longer word', () => {
    expect(verifiedTier('请填写运单号和照片', '单号', [])).toBe(0);
    expect(verifiedTier('rFBS 的退货', 'fbs', [])).toBe(0);
  });
  it('is 1 when the page contains only a synonym', () => {
    expect(verifiedTier('卖家直接退款', '退钱', ['退款'])).toBe(1);
  });
  it('is 2 when the page shares a two-character piece of the term', () => {
    expect(verifiedTier('部分补偿的规则', '部分退款', [])).toBe(2);
  });
  it('is null when only single characters are shared', () => {
    expect(verifiedTier('退货流程', '退钱', [])).toBeNull();
  });
});

describe('headingBoost and compareHits', () => {
  it('prefers a page titled with the term, then one with a section titled with it', () => {
    expect(headingBoost('包装要牢固', [], ['包装'])).toBe(2);
    expect(headingBoost('注意事项', ['包装要牢固'], ['包装'])).toBe(1);
    expect(headingBoost('注意事项', ['时限'], ['包装'])).toBe(0);
  });
  it('sorts by tier, then boost, then score', () => {
    const hits = [
      { id: 'a', tier: 0 as const, boost: 0, run: 1, score: 9 },
      { id: 'b', tier: 0 as const, boost: 1, run: 1, score: 1 },
      { id: 'c', tier: 1 as const, boost: 2, run: 1, score: 9 },
    ];
    expect(hits.sort(compareHits).map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('names', () => {
  it('needs a Latin term to stand as a word', () => {
    expect(names('FBS：卖家仓', 'fbs')).toBe(true);
    expect(names('rFBS：卖家仓', 'FBS')).toBe(false);
    expect(names('POST /v1/returns/list', 'v1/returns/list')).toBe(true);
  });
  it('matches Chinese anywhere and ignores spaces', () => {
    expect(names('包装要牢固', '包装')).toBe(true);
    expect(names('24 小时内审理', '24小时')).toBe(true);
  });
});

describe('verifiedTier with spaces', () => {
  it('treats "24小时" and "24 小时" as the same', () => {
    expect(verifiedTier('卖家 24 小时内审理', '24小时', [])).toBe(0);
  });
});

describe('longestRun', () => {
  it('is the longest stretch of consecutive positions', () => {
    expect(longestRun([40, 7, 8, 9, 20, 21])).toBe(3);
    expect(longestRun([5, 50])).toBe(1);
    expect(longestRun([])).toBe(0);
  });
  it('ranks loose matches with adjacent pieces above scattered ones', () => {
    const merged = mergeAnswers([
      {
        planned: { query: '单号', kind: 'loose', source: 'term', target: '单号' },
        hits: [
          { id: 'scattered', score: 9, words: [3, 90] },
          { id: 'adjacent', score: 1, words: [182, 183] },
        ],
      },
    ]);
    expect(merged.map((c) => c.id)).toEqual(['adjacent', 'scattered']);
  });
});

describe('answerFit and weighConcepts', () => {
  const concept = (forms: string[], weight = 1, titled = true) => ({ forms, known: true, weight, titled });
  const OUTCOME = '向导结论';

  it('counts a concept named only in an outcome\'s advice half as much as one named in its situation', () => {
    const returned = concept(['退回', '退货']);
    const parcel = concept(['包裹']);
    const slow = concept(['没到', '回不来']);
    const stuck = answerFit('退货件迟迟回不来：先查去向', OUTCOME, [], [returned, parcel, slow]);
    const uncollected = answerFit('跨境包裹在自提点没人取：联系承运商安排退回', OUTCOME, [], [returned, parcel, slow]);
    expect(stuck.weight).toBe(2);
    expect(uncollected.weight).toBe(1.5);
    expect(uncollected.named).toBe(2);
  });

  it('reads a handbook title and heading whole, colon or not', () => {
    expect(answerFit('证据清单', '参考', ['收到退货时：开箱视频'], [concept(['开箱视频'])]).weight).toBe(1);
  });

  it('fits when every known concept some title names is named, whatever the others', () => {
    const refusal = concept(['拒收']);
    const untitled = concept(['配件'], 4, false);
    expect(answerFit('FBS 包裹被拒收：盯住退货去向', OUTCOME, [], [refusal, untitled]).fits).toBe(true);
    expect(answerFit('FBS 包裹被拒收：盯住退货去向', OUTCOME, [], [refusal, concept(['争议'])]).fits).toBe(false);
  });

  it('weighs a concept by how few titles name it, and says when none does', () => {
    const pages = [
      { title: '买家开了争议：交材料', kind: OUTCOME, headings: [] },
      { title: '退货送到了：录像开箱', kind: OUTCOME, headings: [] },
      { title: '注意事项', kind: '注意事项', headings: ['争议窗口期', '退货期限'] },
    ];
    const [dispute, swap] = weighConcepts(pages, [{ forms: ['争议'], known: true }, { forms: ['调包'], known: true }]);
    expect(dispute).toMatchObject({ titled: true, weight: Math.log(4 / 3) });
    expect(swap).toMatchObject({ titled: false, weight: Math.log(4) });
  });
});
