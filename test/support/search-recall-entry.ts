/**
 * Bundled by search-recall.ts and injected into a page of the built site: runs a list of terms through
 * Pagefind alone and through our engine, against the real index, and returns each term's ranked URLs;
 * and runs the question evaluation set (search-questions.ts), resolving its answer ids against the
 * site's own guide tree.
 */
import { Converter } from 'opencc-js/t2cn';
import { runSearch, type PagefindLike, type SearchOptions } from '../../src/lib/search/engine';
import type { FactsIndex } from '../../src/lib/search/facts';
import { lexiconFromFile, type LexiconFile } from '../../src/lib/search/lexicon-file';
import type { Situation } from '../../src/lib/search/question';
import { buildSynonymIndex, type SynonymGroup } from '../../src/lib/search/synonyms';
import type { EvalQuestion, QuestionRun } from './search-questions';

/** The site's own Pagefind build, imported at run time (a variable keeps bundlers from resolving it). */
const PAGEFIND = '/pagefind/pagefind.js';

async function pagefind(): Promise<PagefindLike> {
  const pf = (await import(/* @vite-ignore */ PAGEFIND)) as PagefindLike & { options(o: object): Promise<void> };
  await pf.options({ noWorker: true });
  return pf;
}

const toSimplified = Converter({ from: 'tw', to: 'cn' });

declare global {
  interface Window {
    __searchRecall: {
      pagefindOnly(terms: string[]): Promise<Record<string, string[]>>;
      engine(terms: string[]): Promise<Record<string, string[]>>;
      questions(list: EvalQuestion[]): Promise<QuestionRun[]>;
    };
  }
}

window.__searchRecall = {
  async pagefindOnly(terms) {
    const pf = await pagefind();
    const out: Record<string, string[]> = {};
    for (const term of terms) {
      const results = (await pf.search(term))?.results ?? [];
      out[term] = (await Promise.all(results.map((r) => r.data()))).map((d) => d.url);
    }
    return out;
  },
  async engine(terms) {
    const pf = await pagefind();
    const options = await siteOptions();
    const out: Record<string, string[]> = {};
    for (const term of terms) {
      const { hits } = await runSearch(pf, term, options);
      out[term] = hits.map((h) => h.facts.url);
    }
    return out;
  },
  async questions(list) {
    const pf = await pagefind();
    const options = await siteOptions();
    // Each guide node's part carries the shortest path to it (the URL search indexes).
    const url = async (id: string): Promise<string> => {
      const [kind, rest = ''] = id.split(':');
      if (kind === 'guide') {
        const response = await fetch(`/guide/data/${rest}.json`);
        const part = response.ok ? ((await response.json()) as { node: { firstPath: string[] } }) : undefined;
        return `/guide/${part?.node.firstPath.map((s) => `${s}/`).join('') ?? `missing-${rest}/`}`;
      }
      if (kind === 'handbook') return `/handbook/${rest.split('#')[0]}/`;
      return '/templates/';
    };
    const out: QuestionRun[] = [];
    for (const { q, answers } of list) {
      const { hits, answer } = await runSearch(pf, q, options);
      const expected = await Promise.all(answers.map(url));
      out.push({ q, expected: [...new Set(expected)], urls: hits.map((h) => h.facts.url), card: answer?.facts.url ?? null });
    }
    return out;
  },
};

/** The synonyms, question lexicon and page facts the site itself serves. */
async function siteOptions(): Promise<SearchOptions> {
  const json = async <T>(path: string) => (await (await fetch(path)).json()) as T;
  const [groups, lexicon, facts] = await Promise.all([
    json<SynonymGroup[]>('/search-synonyms.json'),
    json<LexiconFile>('/search-lexicon.json'),
    json<FactsIndex>('/search-facts.json'),
  ]);
  return {
    synonyms: buildSynonymIndex(groups),
    lexicon: lexiconFromFile(lexicon, groups),
    facts,
    loadConverter: async () => toSimplified,
    loadSituations: () => json<Situation[]>('/search-situations.json'),
  };
}
