// Search benchmark: bytes a first and a next query fetch, time from typing to the first result, and
// recall of the ranked results against the pages that really contain each term (before our query
// rewriting: Pagefind alone; after: our engine). Prints figures; asserts nothing.
//
//   npm exec node scripts/bench-search.mjs [distDir]    (builds into a temp folder when no distDir is given)
//
// Bytes are what a static host serving gzip would send: Pagefind's .pf_* files are already compressed and
// count as they are; JavaScript, CSS and JSON count gzip-compressed (level 9).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { localBuildEnv, serveDist } from './serve-dist.ts';
import { chromium } from 'playwright-core';
import { indexedPages } from '../test/support/indexed-text.ts';
import { FIRST_SCREEN, engineScript, recallTerms, scoreRecall } from '../test/support/search-recall.ts';

const budgets = { firstQueryKB: 150, nextQueryKB: 30, firstResultMs: 300 };

let dist = process.argv[2];
let temp;
if (!dist) {
  dist = temp = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: localBuildEnv(),
  });
}

const server = await serveDist(dist);
const origin = server.url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

function wireSize(url, body) {
  return /\.pf_|\.pagefind$/.test(new URL(url).pathname) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Open the dialog, type a query, wait for the first result; returns bytes fetched and time to result. */
async function measureQueries(queries) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/handbook/precautions/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const byFile = [];
  page.on('response', async (response) => {
    try {
      const size = wireSize(response.url(), await response.body());
      bytes += size;
      byFile.push([new URL(response.url()).pathname, size]);
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[open] input');
  const out = [];
  for (const [i, query] of queries.entries()) {
    // The first query's bytes include what opening the dialog fetched (library, wasm, styles).
    if (i > 0) {
      bytes = 0;
      byFile.length = 0;
    }
    await page.fill('dialog[open] input', '');
    await page.waitForFunction(() => !document.querySelector('dialog[open] .search-hit'));
    await page.waitForLoadState('networkidle');
    const loaded = await page.evaluate(() => performance.now());
    await page.fill('dialog[open] input', query);
    const shown = await page.waitForFunction(
      (q) => document.querySelector('dialog[open] .search-status')?.textContent?.includes(`「${q}」`) && document.querySelector('dialog[open] .search-hit') && performance.now(),
      query,
      { polling: 'raf' },
    );
    const ms = (await shown.jsonValue()) - loaded;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    out.push({ query, bytes, ms, files: [...byFile] });
  }
  await context.close();
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);
try {
  const [first, next, third] = await measureQueries(['包装', '拦截', '争议']);
  const warm = await measureQueries(['退款', '证据', '自提点', '部分退款', '视频']);
  const typingMs = warm.slice(1).map((r) => r.ms);

  const pages = indexedPages(dist);
  const terms = recallTerms();
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${origin}/handbook/`);
  await page.addScriptTag({ content: engineScript() });
  const before = await page.evaluate(async (list) => window.__searchRecall.pagefindOnly(list), terms);
  const after = await page.evaluate(async (list) => window.__searchRecall.engine(list), terms);
  await context.close();
  const b = scoreRecall(pages, before);
  const a = scoreRecall(pages, after);

  console.log('search benchmark');
  const pagefindBytes = (r) => r.files.filter(([file]) => file.includes('/pagefind/')).reduce((sum, [, size]) => sum + size, 0);
  console.log(`  first query (${first.query}): Pagefind library + wasm + index + fragments ${kb(pagefindBytes(first))} KB (budget ${budgets.firstQueryKB} KB);`);
  console.log(`      with our dialog code, styles, synonyms and page facts: ${kb(first.bytes)} KB`);
  for (const [file, size] of first.files.sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`      ${kb(size).padStart(6)} KB  ${file}`);
  console.log(`  next query (${next.query}): ${kb(next.bytes)} KB, then (${third.query}): ${kb(third.bytes)} KB (budget ${budgets.nextQueryKB} KB; an index chunk, about 28 KB, counts in full the first time a query needs it)`);
  for (const r of [next, third]) console.log(`      ${r.query}: ${r.files.map(([file, size]) => `${file.split('/').pop()} ${kb(size)}`).join(', ')}`);
  console.log(`  typing to first result, Pagefind loaded: ${typingMs.map((ms) => Math.round(ms)).join(', ')} ms (budget ${budgets.firstResultMs} ms, includes ${120} ms debounce)`);
  console.log(`  recall on ${terms.length} terms, every page containing the term among the results:`);
  console.log(`      Pagefind alone ${b.found.toFixed(1)}%, our engine ${a.found.toFixed(1)}%`);
  console.log(`  first screen (${FIRST_SCREEN} results) holds only pages with the term:`);
  console.log(`      Pagefind alone ${b.firstScreen.toFixed(1)}%, our engine ${a.firstScreen.toFixed(1)}%`);
  console.log(`  every page with the term ranked ahead of every page without it:`);
  console.log(`      Pagefind alone ${b.ranked.toFixed(1)}%, our engine ${a.ranked.toFixed(1)}%`);
} finally {
  await browser.close();
  await server.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
