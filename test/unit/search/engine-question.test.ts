/** runSearch on questions: concepts searched, ranking by answer, the answer card, bounded work, no-result help. */
import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOptions } from '../../../src/lib/search/engine';
import { MAX_QUERY_CHARS } from '../../../src/lib/search/normalize';
import { buildLexicon } from '../../../src/lib/search/question';
import { MAX_QUERIES } from '../../../src/lib/search/rewrite';
import { buildSynonymIndex, emptySynonymIndex } from '../../../src/lib/search/synonyms';
import { fakePagefind } from '../../support/fake-pagefind';

const synonyms = [{ id: 'refusal', terms: ['拒收', '拒签'] }];
const lexicon = buildLexicon(
  {
    roles: [
      { role: 'stop', words: ['怎么办', '怎么', '了', '吗', '谁', '用', '是'] },
      { role: 'generic', words: ['买家'] },
      { role: 'template', words: ['怎么说', '怎么回复'] },
      { role: 'term', words: ['什么意思', '俄语'] },
    ],
    concepts: [['FBS'], ['运费'], ['争议', '纠纷']],
    situations: [
      { label: '买家取件时拒收', href: '/guide/refused/', text: 'FBS 包裹被拒收' },
      { label: '买家已经开了争议', href: '/guide/dispute/', text: '买家开了争议，你有证据' },
    ],
  },
  synonyms,
);

/** Pages as the site has them: an outcome and a handbook section about refusals, a page that only mentions it, the glossary, the templates. */
function site(extra: Record<string, string> = {}) {
  const fake = fakePagefind({
    outcome: '包裹被拒收后盯住退货去向',
    section: '先判断包裹走到哪一步。买家在自提点拒收的情况很多，拒收后退回。',
    mention: '注意：拒收也算一种情况',
    glossary: '拒收 невыкуп 拒收拒收',
    templates: '拒收后发给买家的消息，拒收',
    ...extra,
  });
  const set = (id: string, title: string, kind: string, headings: string[] = []) => Object.assign(fake.facts[id]!, { title, kind, headings });
  set('outcome', 'FBS 包裹被拒收：盯住退货去向', '向导结论', ['现在要做的事']);
  set('section', '评估退款请求', '流程', ['先判断包裹走到了哪一步', '买家在自提点拒收或没有取件']);
  set('mention', '注意事项', '注意事项', ['包装要牢固']);
  set('glossary', '术语表', '术语', ['中俄英退货术语对照']);
  set('templates', '买家消息模板', '模板', ['拒收后的说明']);
  const options: SearchOptions = { synonyms: buildSynonymIndex(synonyms), lexicon, facts: fake.facts, loadConverter: async () => (t) => t };
  return { ...fake, options };
}

describe('runSearch on a question', () => {
  it('searches the concepts, and the sentence from its first concept to its last as a phrase', async () => {
    const { pagefind, calls, options } = site();
    const out = await runSearch(pagefind, '买家拒收了怎么办', options);
    expect(out.question?.concepts.map((c) => c.text)).toEqual(['拒收']);
    expect(out.question?.core).toBe('拒收');
    expect(calls).toContain('"拒收"');
    expect(calls).not.toContain('"买家拒收"');
    expect(calls).not.toContain('买家拒收了怎么办');
    expect(out.queries).toBe(calls.length);
  });

  it('keeps tier 0 for the page with the whole sentence, and tier 1 for a page with only its core', async () => {
    const { pagefind, options } = site({ faq: '买家拒收了怎么办？先看物流。', core: '拒收的比例' });
    const out = await runSearch(pagefind, '买家拒收了怎么办', options);
    expect(out.hits[0]!.id).toBe('faq');
    expect(out.hits[0]!.tier).toBe(0);
    expect(out.hits.find((h) => h.id === 'core')!.tier).toBe(1);
  });

  it('ranks pages whose title or heading names the concept above pages that only mention it, templates and the glossary last', async () => {
    const { pagefind, options } = site();
    const ids = (await runSearch(pagefind, '买家拒收了怎么办', options)).hits.map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(['outcome', 'section']);
    expect(ids[2]).toBe('mention');
    expect(ids.slice(3).sort()).toEqual(['glossary', 'templates']);
  });

  it('shows no answer card when two pages fit equally', async () => {
    const { pagefind, options } = site();
    expect((await runSearch(pagefind, '买家拒收了怎么办', options)).answer).toBeNull();
  });

  it('shows the answer card for the one page that names every concept', async () => {
    const { pagefind, options } = site();
    const out = await runSearch(pagefind, 'FBS 买家拒收了怎么办', options);
    expect(out.hits[0]!.id).toBe('outcome');
    expect(out.answer?.id).toBe('outcome');
  });

  it('gives a handbook answer the heading that names the concept', async () => {
    const { pagefind, options } = site();
    const out = await runSearch(pagefind, '买家拒收了怎么办', options);
    expect(out.hits.find((h) => h.id === 'section')!.fit?.heading).toBe('买家在自提点拒收或没有取件');
  });

  it('puts templates first when the question asks what to say, the glossary when it asks what a term means', async () => {
    const { pagefind, options } = site();
    const say = await runSearch(pagefind, '拒收怎么回复', options);
    expect(say.hits[0]!.id).toBe('templates');
    expect(say.hits.at(-1)!.id).toBe('glossary');
    expect(say.answer).toBeNull();
    const mean = (await runSearch(pagefind, '拒收是什么意思', options)).hits.map((h) => h.id);
    expect(mean[0]).toBe('glossary');
    expect(mean.at(-1)).toBe('templates');
    const russian = (await runSearch(pagefind, '拒收用俄语怎么说', options)).hits.map((h) => h.id);
    expect(russian.slice(0, 2).sort()).toEqual(['glossary', 'templates']);
  });

  it('keeps the exact phrase first: a page with the whole sentence beats every title', async () => {
    const { pagefind, options } = site({ faq: '拒收了怎么办？先看物流。' });
    const out = await runSearch(pagefind, '拒收了怎么办', options);
    expect(out.hits[0]!.id).toBe('faq');
    expect(out.hits[0]!.tier).toBe(0);
  });

  it('searches the handbook form of a colloquial concept too', async () => {
    const { pagefind, calls, options } = site();
    const out = await runSearch(pagefind, '买家拒签了怎么办', options);
    expect(calls).toEqual(expect.arrayContaining(['"拒签"', '"拒收"']));
    expect(out.hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['outcome', 'section']);
  });

  it('lists a page whose title names the concepts even when no query found it, with one filter-only search', async () => {
    const { pagefind, calls, options } = site({ titled: '正文里用的是另一个说法' });
    Object.assign(options.facts.titled!, { title: 'FBS 拒收后怎么办', kind: '向导结论' });
    const out = await runSearch(pagefind, 'FBS 拒收怎么办', options);
    expect(calls.filter((c) => c === '(listing)')).toHaveLength(1);
    expect(out.hits.map((h) => h.id)).toContain('titled');
  });

  it('lists a page whose title names the concepts as well as the best page found, even naming only some', async () => {
    const { pagefind, options } = site({ found: '运费的说明', titled: '正文里用的是另一个说法' });
    Object.assign(options.facts.found!, { title: '运费说明', kind: '流程' });
    Object.assign(options.facts.titled!, { title: '运费由谁承担', kind: '流程' });
    const out = await runSearch(pagefind, 'FBS 运费怎么办', options);
    expect(out.hits.map((h) => h.id)).toContain('titled');
    expect(out.hits.map((h) => h.id)).not.toContain('mention');
  });

  it('asks for no listing when the queries found every titled page', async () => {
    const { pagefind, calls, options } = site();
    await runSearch(pagefind, '买家拒收了怎么办', options);
    expect(calls).not.toContain('(listing)');
  });

  it('falls back on the pieces of the question\'s concepts, never on its question words', async () => {
    const { pagefind, calls, options } = site({ howto: '怎么办才好' });
    const out = await runSearch(pagefind, '量子纠缠怎么办', options);
    expect(calls).toContain('纠缠');
    expect(calls).not.toContain('怎么');
    expect(out.hits).toEqual([]);
  });

  it('suggests the guide start answer matching the concepts when nothing is found', async () => {
    const { pagefind, options } = site();
    const out = await runSearch(pagefind, '纠纷怎么办', options);
    expect(out.hits).toEqual([]);
    expect(out.situations.map((s) => s.href)).toEqual(['/guide/dispute/']);
  });

  it('keeps words without a question word a keyword when the pages use them as they stand', async () => {
    const { pagefind, options } = site({ exact: '买家拒收的记录' });
    expect((await runSearch(pagefind, '买家拒收', options)).question).toBeNull();
    const { pagefind: other, options: otherOptions } = site();
    expect((await runSearch(other, '买家拒收', otherOptions)).question?.concepts.map((c) => c.text)).toEqual(['拒收']);
  });

  it('leaves a keyword a keyword: no concepts, no card, the old tiers', async () => {
    const { pagefind, calls, options } = site();
    const out = await runSearch(pagefind, '拒收', options);
    expect(out.question).toBeNull();
    expect(out.answer).toBeNull();
    expect(calls).toEqual(['"拒收"', '拒收']);
  });
});

describe('bounded work and invisible characters (issue 12)', () => {
  it('runs a bounded number of queries for 10,000 characters, and says the query was cut', async () => {
    const { pagefind, calls, options } = site();
    const pasted = Array.from({ length: 10_000 }, (_, i) => '退款拒收争议运费包裹仓库物流'[i % 14]).join('');
    const out = await runSearch(pagefind, pasted, options);
    expect(out.capped).toBe(true);
    expect([...out.term]).toHaveLength(MAX_QUERY_CHARS);
    expect(calls.length).toBeLessThanOrEqual(MAX_QUERIES);
    expect(MAX_QUERIES).toBeLessThanOrEqual(30);
  });

  it('keeps the fallback round bounded when nothing is found for a long run of characters', async () => {
    const { pagefind, calls, facts } = fakePagefind({ a: '完全无关的内容' });
    const out = await runSearch(pagefind, '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(500), { synonyms: emptySynonymIndex(), facts, loadConverter: async () => (t) => t });
    expect(out.hits).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(MAX_QUERIES);
  });

  it('finds the same pages whatever zero-width or bidi characters the query holds', async () => {
    const { pagefind, options } = site();
    const plain = (await runSearch(pagefind, '买家拒收了怎么办', options)).hits.map((h) => h.id);
    for (const noisy of ['买家\u200b拒\u200c收了怎么办', '\u202e买家拒收了怎么办\u202c', '\ufeff买家拒收\u2066了\u2069怎么办']) {
      const out = await runSearch(pagefind, noisy, options);
      expect(out.term).toBe('买家拒收了怎么办');
      expect(out.hits.map((h) => h.id)).toEqual(plain);
    }
  });
});
