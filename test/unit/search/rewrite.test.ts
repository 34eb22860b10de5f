import { describe, expect, it } from 'vitest';
import { hanBigrams, planFallback, planQueries, segments } from '../../../src/lib/search/rewrite';

describe('hanBigrams', () => {
  it('gives overlapping pairs of every Han run', () => {
    expect(hanBigrams('部分退款')).toEqual(['部分', '分退', '退款']);
    expect(hanBigrams('FBS 自提点')).toEqual(['自提', '提点']);
  });
  it('gives nothing for one character or Latin text', () => {
    expect(hanBigrams('退')).toEqual([]);
    expect(hanBigrams('rFBS')).toEqual([]);
  });
});

describe('segments', () => {
  it('splits the way the browser splits a query and drops punctuation', () => {
    const parts = segments('部分退款，FBS');
    expect(parts.join('')).toBe('部分退款FBS');
    expect(parts).toContain('FBS');
  });
});

describe('planQueries', () => {
  it('asks for the term as a phrase and as loose words, then each synonym as a phrase', () => {
    expect(planQueries('退钱', ['退款', '退费']).map((q) => [q.query, q.kind, q.source, q.target])).toEqual([
      ['"退钱"', 'phrase', 'term', '退钱'],
      ['退钱', 'loose', 'term', '退钱'],
      ['"退款"', 'phrase', 'synonym', '退款'],
      ['"退费"', 'phrase', 'synonym', '退费'],
    ]);
  });
  it('asks at most four synonyms', () => {
    expect(planQueries('x', ['a', 'b', 'c', 'd', 'e']).filter((q) => q.source === 'synonym')).toHaveLength(4);
  });
  it('turns punctuation into word breaks in the phrase query, as the index does', () => {
    expect(planQueries('v1/returns/list', [])[0]!.query).toBe('"v1 returns list"');
    expect(planQueries('a"b', [])[0]!.query).toBe('"a b"');
  });
});

describe('planFallback', () => {
  it('splits a Chinese term into its segments and bigrams, all aimed at the whole term', () => {
    const plan = planFallback('回程运费');
    expect(plan.map((q) => q.query)).toEqual(expect.arrayContaining(['回程', '程运', '运费']));
    expect(plan.every((q) => q.target === '回程运费' && q.kind === 'part')).toBe(true);
    expect(plan.map((q) => q.query)).not.toContain('回程运费');
  });
});
