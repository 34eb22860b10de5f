import { describe, expect, it, vi } from 'vitest';
import { runSearch, type PagefindLike } from '../../../src/lib/search/engine';
import { fakePagefind } from '../../support/fake-pagefind';
import type { FactsIndex } from '../../../src/lib/search/facts';
import { buildSynonymIndex, emptySynonymIndex } from '../../../src/lib/search/synonyms';

const noConverter = async () => (t: string) => t;

describe('runSearch', () => {
  it('moves a page the phrase query missed above loose matches once its text shows the term', async () => {
    const { pagefind, facts } = fakePagefind({ noise: '单独一个号', blind: '请填写运单号', exact: '单号要写对' }, ['blind'], { noise: 5, blind: 1 });
    const out = await runSearch(pagefind, '单号', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(out.hits.map((h) => [h.id, h.tier])).toEqual([
      ['blind', 0],
      ['exact', 0],
    ]);
  });

  it('reads zero-width word breaks in fragment text as nothing', async () => {
    const { pagefind, facts } = fakePagefind({ blind: '订单号' }, ['blind']);
    const out = await runSearch(pagefind, '单号', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(out.hits.map((h) => h.tier)).toEqual([0]);
    expect((await out.hits[0]!.load()).content).toBe('订单号');
  });

  it('fetches no fragment for phrase matches and at most verifyLimit for loose-only ones', async () => {
    const pages = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, i < 3 ? '退货' : '退出']));
    const { pagefind, loaded, facts } = fakePagefind(pages);
    const out = await runSearch(pagefind, '退货', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter, verifyLimit: 2 });
    expect(loaded).toHaveLength(2);
    expect(out.hits.slice(0, 3).map((h) => h.tier)).toEqual([0, 0, 0]);
    expect(out.hits).toHaveLength(8);
  });

  it('finds pages through synonyms and ranks them after pages with the term', async () => {
    const { pagefind, calls, facts } = fakePagefind({ refund: '卖家直接退款', own: '不要说退钱', other: '退货流程' });
    const out = await runSearch(pagefind, '退钱', {
      synonyms: buildSynonymIndex([{ id: 'r', terms: ['退款', '退钱'] }]),
      facts,
      loadConverter: noConverter,
    });
    expect(calls).toEqual(['"退钱"', '退钱', '"退款"']);
    expect(out.related).toEqual(['退款']);
    expect(out.hits.map((h) => [h.id, h.tier])).toEqual([
      ['own', 0],
      ['refund', 1],
    ]);
  });

  it('reads no page text when the phrase queries fill the first screen', async () => {
    const pages = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`p${i}`, i < 6 ? '退货' : '运单号']));
    const { pagefind, loaded, facts } = fakePagefind(pages, ['p6']);
    const out = await runSearch(pagefind, '退货', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(loaded).toEqual([]);
    expect(out.hits.slice(0, 6).every((h) => h.tier === 0)).toBe(true);
  });

  it('ranks a page whose title names the term first within its tier', async () => {
    const { pagefind, facts } = fakePagefind({ a: '包装', b: '包装' });
    facts.b!.headings = ['包装要牢固'];
    const out = await runSearch(pagefind, '包装', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(out.hits.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('converts traditional characters before searching', async () => {
    const { pagefind, calls, facts } = fakePagefind({ a: '退货' });
    const loadConverter = vi.fn(async () => (t: string) => t.replace('貨', '货'));
    const out = await runSearch(pagefind, '退貨', { synonyms: emptySynonymIndex(), facts, loadConverter });
    expect(out.term).toBe('退货');
    expect(calls[0]).toBe('"退货"');
    expect(out.hits[0]!.id).toBe('a');
  });

  it('falls back to segments and bigrams when the first round finds nothing', async () => {
    const calls: (string | null)[] = [];
    const pagefind: PagefindLike = {
      async search(query) {
        calls.push(query);
        if (query !== '程运') return { results: [] };
        return {
          results: [{ id: 'p', score: 1, data: async () => ({ url: '/p/', content: '回程运费', excerpt: '', meta: {}, filters: {}, sub_results: [] }) }],
        };
      },
    };
    const facts: FactsIndex = { p: { url: '/p/', title: 'p', kind: '', models: [], headings: [] } };
    const out = await runSearch(pagefind, '回程运费', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(calls).toContain('程运');
    expect(out.hits.map((h) => [h.id, h.tier])).toEqual([['p', 0]]);
  });

  it('returns nothing, and asks nothing, for an empty query', async () => {
    const { pagefind, calls, facts } = fakePagefind({ a: '退货' });
    const out = await runSearch(pagefind, ' 　 ', { synonyms: emptySynonymIndex(), facts, loadConverter: noConverter });
    expect(out.hits).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('runSearch with a handbook word', () => {
  const groups = [{ id: 'review', terms: ['差评', '评价'] }];

  it('widens to synonyms when few pages use the word', async () => {
    const { pagefind, calls, facts } = fakePagefind({ a: '差评', b: '买家评价', c: '留下评价' });
    const out = await runSearch(pagefind, '差评', { synonyms: buildSynonymIndex(groups), facts, loadConverter: noConverter });
    expect(calls).toEqual(['"差评"', '差评', '"评价"']);
    expect(out.hits.map((h) => [h.id, h.tier])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('does not ask for synonyms when enough pages use the word', async () => {
    const { pagefind, calls, facts } = fakePagefind({ a: '差评', b: '差评', c: '差评', d: '评价' });
    await runSearch(pagefind, '差评', { synonyms: buildSynonymIndex(groups), facts, loadConverter: noConverter });
    expect(calls).toEqual(['"差评"', '差评']);
  });
});
