/**
 * Recall of the search against the real built index: the term list, the in-page search runner (bundled
 * with esbuild from search-recall-entry.ts) and the scoring. Used by test/e2e/search-recall.test.ts and
 * scripts/bench-search.mjs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { pagesContaining, type IndexedPage } from './indexed-text.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Every term of test/fixtures/search-terms.json, all groups flattened. */
export function recallTerms(file = '../fixtures/search-terms.json'): string[] {
  const groups = JSON.parse(readFileSync(here(file), 'utf8')) as Record<string, unknown>;
  return Object.entries(groups)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, terms]) => terms as string[]);
}

export function engineScript(): string {
  const { outputFiles } = buildSync({
    entryPoints: [here('./search-recall-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    external: ['/pagefind/*'],
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}

/** Results the search list shows before "显示更多" (src/lib/search/engine.ts FIRST_SCREEN). */
export const FIRST_SCREEN = 6;

export interface RecallScore {
  /** Share of (term, page containing it) pairs where the page is among the results, in %. */
  found: number;
  /** Share of those pairs where the page is ranked ahead of every page that does not contain the term, in %. */
  ranked: number;
  /** Share of first-screen places (min(pages containing the term, 6) per term) held by a page containing it, in %. */
  firstScreen: number;
  pairs: number;
  /** Pages missing from the results, and first-screen places taken by a page without the term. */
  misses: string[];
}

export function scoreRecall(pages: IndexedPage[], results: Record<string, string[]>): RecallScore {
  let pairs = 0;
  let found = 0;
  let ranked = 0;
  let places = 0;
  let placesRight = 0;
  const misses: string[] = [];
  for (const [term, urls] of Object.entries(results)) {
    const expected = pagesContaining(pages, term);
    const wanted = new Set(expected);
    const top = new Set(urls.slice(0, expected.length));
    const all = new Set(urls);
    pairs += expected.length;
    for (const url of expected) {
      if (all.has(url)) found++;
      else misses.push(`${term}: ${url} missing`);
      if (top.has(url)) ranked++;
    }
    const screen = urls.slice(0, Math.min(expected.length, FIRST_SCREEN));
    places += screen.length;
    for (const url of screen) {
      if (wanted.has(url)) placesRight++;
      else misses.push(`${term}: ${url} on the first screen without the term`);
    }
  }
  const pct = (n: number, of: number) => (of === 0 ? 100 : (100 * n) / of);
  return { found: pct(found, pairs), ranked: pct(ranked, pairs), firstScreen: pct(placesRight, places), pairs, misses };
}
