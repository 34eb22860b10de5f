import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSynonymIndex, expandSynonyms, findTerms, searchSynonyms } from '../../../src/lib/search/synonyms';
import { synonymGroupSchema } from '../../../src/lib/search/schema';

const groups = [
  { id: 'refund', terms: ['退款', '退钱'] },
  { id: 'logistics', terms: ['物流', '快递', '运输'] },
  { id: 'models', terms: ['rFBS', 'realFBS'] },
];
const index = buildSynonymIndex(groups);

describe('expandSynonyms', () => {
  it('maps a colloquial word to the handbook word and back', () => {
    expect(expandSynonyms('退钱', index)).toEqual(['退款']);
    expect(expandSynonyms('退款', index)).toEqual(['退钱']);
  });
  it('gives every other term of the group', () => {
    expect(expandSynonyms('快递', index)).toEqual(['物流', '运输']);
  });
  it('swaps a table term inside a longer query', () => {
    expect(expandSynonyms('快递丢了', index)).toEqual(['物流丢了', '运输丢了']);
  });
  it('matches Latin terms case-insensitively', () => {
    expect(expandSynonyms('RFBS', index)).toEqual(['realfbs']);
  });
  it('returns nothing for a word outside the table', () => {
    expect(expandSynonyms('包装', index)).toEqual([]);
  });
  it('lists handbook words (first of a group) before other synonyms', () => {
    const both = buildSynonymIndex([
      { id: 'a', terms: ['物流', '快递'] },
      { id: 'b', terms: ['快递公司', '快递'] },
    ]);
    expect(expandSynonyms('快递', both)).toEqual(['物流', '快递公司']);
  });
});

describe('expandSynonyms on whole words only (the 取消订单订单 bug)', () => {
  const cancel = buildSynonymIndex([
    { id: 'cancel', terms: ['取消', '撤单', '取消订单'] },
    { id: 'order', terms: ['订单', '单子'] },
  ]);
  it('never replaces a term inside a longer synonym of the same group', () => {
    const out = expandSynonyms('怎么取消订单', cancel);
    expect(out).toEqual(['怎么取消', '怎么撤单']);
    expect(out.join()).not.toContain('订单订单');
  });
  it('never makes a query longer than the original plus one synonym', () => {
    const queries = ['怎么取消订单', '取消订单', '买家取消了订单', '撤单', '取消订单后取消订单', '单子取消'];
    for (const query of queries) {
      const longest = Math.max(...['取消', '撤单', '取消订单', '订单', '单子'].map((t) => t.length));
      for (const expanded of expandSynonyms(query, cancel)) expect(expanded.length, `${query} → ${expanded}`).toBeLessThanOrEqual(query.length + longest);
    }
  });
  it('swaps one occurrence at a time', () => {
    expect(expandSynonyms('买家取消了订单', cancel)).toEqual(['买家撤单了订单', '买家取消订单了订单', '买家取消了单子']);
  });
  it('finds terms left to right, longest first, and Latin terms only as whole words', () => {
    const models = buildSynonymIndex([{ id: 'm', terms: ['FBS', '自发货'] }]);
    expect(findTerms('rfbs 退货', models)).toEqual([]);
    expect(findTerms('fbs 退货', models)).toEqual([{ term: 'fbs', start: 0 }]);
    expect(findTerms('怎么取消订单', cancel)).toEqual([{ term: '取消订单', start: 2 }]);
  });
});

describe('searchSynonyms', () => {
  it('searches the handbook words for a colloquial word', () => {
    expect(searchSynonyms('快递', index)).toEqual(['物流', '运输']);
  });
  it('searches no synonym when the reader typed the handbook word', () => {
    expect(searchSynonyms('物流', index)).toEqual([]);
    expect(expandSynonyms('物流', index)).toEqual(['快递', '运输']);
  });
});

describe('content/search/synonyms.yaml', () => {
  const data: unknown[] = parse(readFileSync('content/search/synonyms.yaml', 'utf8'));
  it('matches the schema', () => {
    for (const group of data) expect(synonymGroupSchema.safeParse(group).success, JSON.stringify(group)).toBe(true);
  });
  it('has the groups sellers need and unique ids', () => {
    const real = buildSynonymIndex(data.map((g) => synonymGroupSchema.parse(g)));
    expect(expandSynonyms('退钱', real)).toContain('退款');
    expect(expandSynonyms('快递', real)).toEqual(expect.arrayContaining(['物流', '运输']));
    expect(expandSynonyms('差评', real)).toContain('评价');
    expect(expandSynonyms('拒签', real)).toContain('拒收');
    expect(expandSynonyms('纠纷', real)).toEqual(expect.arrayContaining(['争议', '仲裁']));
    // Different channels and different outcomes stay apart (content audit E7).
    expect(expandSynonyms('纠纷', real)).not.toContain('申诉');
    expect(expandSynonyms('未取件', real)).not.toContain('拒收');
    expect(expandSynonyms('赔偿', real)).not.toContain('部分补偿');
    const ids = data.map((g) => (g as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('rejects a group with one term or a bad id', () => {
    expect(synonymGroupSchema.safeParse({ id: 'x', terms: ['退款'] }).success).toBe(false);
    expect(synonymGroupSchema.safeParse({ id: 'Bad Id', terms: ['a', 'b'] }).success).toBe(false);
  });
});
