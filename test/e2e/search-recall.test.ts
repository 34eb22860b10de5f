/**
 * Chinese recall against the real built index in Chromium. For every term of test/fixtures/search-terms.json,
 * every page whose indexed text (data-pagefind-body minus data-pagefind-ignore, read from the built HTML)
 * contains the term must be among the results, and the first screen of results (6) must hold only such
 * pages. Pagefind alone is measured too, so a Pagefind upgrade that changes its Chinese matching shows up.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from '../support/browser';
import { indexedPages, pagesContaining } from '../support/indexed-text';
import { engineScript, recallTerms, scoreRecall } from '../support/search-recall';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const terms = recallTerms();
let browser: Browser;
let results: { pagefindOnly: Record<string, string[]>; engine: Record<string, string[]> };

beforeAll(async () => {
  // The bundled engine is injected as an inline script, which the site's CSP rightly forbids.
  browser = await openBrowser({ bypassCSP: true });
  const page = await browser.context.newPage();
  await page.goto(`${siteUrl}/handbook/`);
  await page.addScriptTag({ content: engineScript() });
  results = await page.evaluate(async (list) => ({
    pagefindOnly: await window.__searchRecall.pagefindOnly(list),
    engine: await window.__searchRecall.engine(list),
  }), terms);
});

afterAll(async () => {
  await browser?.close();
});

describe('search recall on the built index', () => {
  const pages = indexedPages(siteDist);

  it('has at least 60 terms, each found in our own content', () => {
    expect(terms.length).toBeGreaterThanOrEqual(60);
    const absent = terms.filter((t) => pagesContaining(pages, t).length === 0);
    expect(absent).toEqual([]);
  });

  it('finds every page that contains each term, and fills the first screen with such pages', () => {
    const score = scoreRecall(pages, results.engine);
    const before = scoreRecall(pages, results.pagefindOnly);
    console.info(
      `recall on ${terms.length} terms (${score.pairs} term-page pairs). Pagefind alone: found ${before.found.toFixed(1)}%, ` +
        `first screen ${before.firstScreen.toFixed(1)}%, all ranked first ${before.ranked.toFixed(1)}%. ` +
        `Ours: found ${score.found.toFixed(1)}%, first screen ${score.firstScreen.toFixed(1)}%, all ranked first ${score.ranked.toFixed(1)}%`,
    );
    expect(score.misses).toEqual([]);
  });

  it('measures a real gap: Pagefind alone puts pages without the term on the first screen', () => {
    expect(scoreRecall(pages, results.pagefindOnly).firstScreen).toBeLessThan(100);
  });
});
