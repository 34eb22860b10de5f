/**
 * What a search reads beyond Pagefind's queries: page text (a fragment of 2 to 11 KB each) only for the
 * answers the first screen shows, and the guide's start answers only when nothing is found.
 */
import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOptions } from '../../../src/lib/search/engine';
import { lexiconFromFile } from '../../../src/lib/search/lexicon-file';
import type { Situation } from '../../../src/lib/search/question';
import { emptySynonymIndex } from '../../../src/lib/search/synonyms';
import { fakePagefind } from '../../support/fake-pagefind';

const lexicon = lexiconFromFile(
  {
    roles: [
      { role: 'stop', words: ['怎么办', '了'] },
      { role: 'generic', words: ['买家'] },
    ],
    concepts: [['争议', '纠纷'], ['拒收']],
  },
  [],
);
const situations: Situation[] = [
  { label: '买家取件时拒收', href: '/guide/refused/', text: '包裹被拒收' },
  { label: '买家已经开了争议', href: '/guide/dispute/', text: '买家开了争议，你有证据' },
];

/**
 * Eight pages holding 拒收: outcomes titled with it, a page that mentions it, and the glossary and templates,
 * which Pagefind scores highest (long pages saying it often) but which a question ranks last.
 */
function site() {
  const pages: Record<string, string> = {
    glossary: '拒收 невыкуп 拒收拒收',
    templates: '拒收后发给买家的消息，拒收',
    mention: '注意：拒收也算一种情况',
  };
  for (let i = 1; i <= 5; i++) pages[`outcome${i}`] = `第${i}种情况：包裹被拒收`;
  const fake = fakePagefind(pages, [], { glossary: 9, templates: 8 });
  const set = (id: string, title: string, kind: string) => Object.assign(fake.facts[id]!, { title, kind });
  set('glossary', '术语表', '术语');
  set('templates', '买家消息模板', '模板');
  for (let i = 1; i <= 5; i++) set(`outcome${i}`, `第${i}种包裹被拒收`, '向导结论');
  let asked = 0;
  const loadSituations = async () => {
    asked++;
    return situations;
  };
  const options: SearchOptions = { synonyms: emptySynonymIndex(), lexicon, facts: fake.facts, loadConverter: async () => (t) => t, loadSituations };
  return { ...fake, options, asked: () => asked };
}

describe('runSearch reads', () => {
  it("a question's first answers for the whole sentence, not the pages Pagefind scores highest", async () => {
    const { pagefind, options, loaded } = site();
    const out = await runSearch(pagefind, '买家拒收了怎么办', options);
    expect(out.hits).toHaveLength(8);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.length).toBeLessThanOrEqual(4);
    expect(out.hits.slice(0, 4).map((h) => h.id)).toEqual(expect.arrayContaining(loaded));
    expect(loaded).not.toContain('glossary');
    expect(loaded).not.toContain('templates');
  });

  it('the guide start answers when a question finds nothing, and suggests the matching one', async () => {
    const { pagefind, options, asked } = site();
    const out = await runSearch(pagefind, '纠纷怎么办', options);
    expect(out.hits).toEqual([]);
    expect(out.situations.map((s) => s.href)).toEqual(['/guide/dispute/']);
    expect(asked()).toBe(1);
  });

  it('no start answers when the search finds something', async () => {
    const { pagefind, options, asked } = site();
    const out = await runSearch(pagefind, '拒收', options);
    expect(out.hits.length).toBeGreaterThan(0);
    expect(asked()).toBe(0);
  });
});

describe('runSearch asks for a question’s sentence', () => {
  const words = lexiconFromFile({ roles: [{ role: 'stop', words: ['怎么办', '了', '的'] }], concepts: [['拒收'], ['运费']] }, []);
  const run = (pages: Record<string, string>) => {
    const fake = fakePagefind(pages);
    const options: SearchOptions = { synonyms: emptySynonymIndex(), lexicon: words, facts: fake.facts, loadConverter: async () => (t) => t };
    return { fake, out: runSearch(fake.pagefind, '拒收的运费怎么办', options) };
  };

  it('when a page holds every concept, and ranks a page with the whole sentence first', async () => {
    const { fake, out } = run({ both: '拒收和运费', sentence: '说明：拒收的运费由谁付', one: '拒收' });
    expect((await out).hits[0]!.id).toBe('sentence');
    expect(fake.calls).toContain('"拒收的运费"');
  });

  it('not when no page holds every concept: none can hold the sentence, and its 的 would cost an index chunk', async () => {
    const { fake, out } = run({ refused: '拒收', shipping: '运费' });
    expect((await out).hits.map((h) => h.id).sort()).toEqual(['refused', 'shipping']);
    expect(fake.calls).not.toContain('"拒收的运费"');
    expect(fake.calls.filter((q) => q.includes('的'))).toEqual([]);
  });
});
