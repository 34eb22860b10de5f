/**
 * Bundled by search-recall.ts and injected into a page of the built site: runs a list of terms through
 * Pagefind alone and through our engine, against the real index, and returns each term's ranked URLs.
 */
import { Converter } from 'opencc-js/t2cn';
import { runSearch, type PagefindLike } from '../../src/lib/search/engine';
import type { FactsIndex } from '../../src/lib/search/facts';
import { buildSynonymIndex, type SynonymGroup } from '../../src/lib/search/synonyms';

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
    const groups = (await (await fetch('/search-synonyms.json')).json()) as SynonymGroup[];
    const synonyms = buildSynonymIndex(groups);
    const facts = (await (await fetch('/search-facts.json')).json()) as FactsIndex;
    const out: Record<string, string[]> = {};
    for (const term of terms) {
      const { hits } = await runSearch(pf, term, { synonyms, facts, loadConverter: async () => toSimplified });
      out[term] = hits.map((h) => h.facts.url);
    }
    return out;
  },
};
