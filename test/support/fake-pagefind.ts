/** A Pagefind stand-in for the engine's unit tests (test/unit/search/engine*.test.ts). */
import type { PagefindLike, PagefindResult } from '../../src/lib/search/engine';
import type { FactsIndex } from '../../src/lib/search/facts';

/**
 * A fake Pagefind over a few pages. A phrase query matches pages containing the text, except pages listed
 * in `phraseBlind` (like Pagefind when jieba put the term inside a longer word); a loose query matches
 * any page sharing a character, ranked by `scores`.
 */
export function fakePagefind(pages: Record<string, string>, phraseBlind: string[] = [], scores: Record<string, number> = {}) {
  const calls: string[] = [];
  const loaded: string[] = [];
  const result = (id: string): PagefindResult => ({
    id,
    score: scores[id] ?? 1,
    data: async () => {
      loaded.push(id);
      return { url: `/${id}/`, content: [...pages[id]!].join('\u200b'), excerpt: '', meta: { title: id }, filters: {}, sub_results: [] };
    },
  });
  const pagefind: PagefindLike = {
    async search(query) {
      // A filter-only search lists every page (every fake page has a kind).
      if (query === null) {
        calls.push('(listing)');
        return { results: Object.keys(pages).map(result) };
      }
      calls.push(query);
      const phrase = /^".*"$/.test(query);
      const text = query.replace(/"/g, '');
      const ids = Object.keys(pages).filter((id) =>
        phrase ? pages[id]!.includes(text) && !phraseBlind.includes(id) : [...text].some((ch) => pages[id]!.includes(ch)),
      );
      return { results: ids.map(result) };
    },
  };
  const facts: FactsIndex = Object.fromEntries(
    Object.keys(pages).map((id) => [id, { url: `/${id}/`, title: id, kind: '流程', models: [], headings: [] }]),
  );
  return { pagefind, calls, loaded, facts };
}

