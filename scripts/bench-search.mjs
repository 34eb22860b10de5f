// Search benchmark: bytes a first and a next query fetch, time from typing to the first result, recall
// of the ranked results against the pages that really contain each term (before our query rewriting:
// Pagefind alone; after: our engine), and how well questions in sellers' own words find the page that
// answers them (test/fixtures/search-questions.yaml). Prints figures; asserts nothing.
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
import { evalQuestions, scoreQuestions } from '../test/support/search-questions.ts';

const budgets = { firstQueryKB: 150, nextQueryKB: 30, firstResultMs: 300 };
const goals = { top3: 90, top1: 70 };

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
  const [firstQuestion] = await measureQueries(['买家拒收了怎么办']);
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
  const asked = evalQuestions();
  const runs = await page.evaluate(async (list) => window.__searchRecall.questions(list), asked);
  const questions = scoreQuestions(runs);
  const tuned = scoreQuestions(runs.filter((_, i) => !asked[i].heldOut));
  const heldOut = scoreQuestions(runs.filter((_, i) => asked[i].heldOut));
  await context.close();
  const b = scoreRecall(pages, before);
  const a = scoreRecall(pages, after);

  console.log('search benchmark');
  const pagefindBytes = (r) => r.files.filter(([file]) => file.includes('/pagefind/')).reduce((sum, [, size]) => sum + size, 0);
  console.log(`  first query (${first.query}): Pagefind library + wasm + index + fragments ${kb(pagefindBytes(first))} KB (budget ${budgets.firstQueryKB} KB);`);
  console.log(`      with our dialog code, styles, synonyms and page facts: ${kb(first.bytes)} KB`);
  for (const [file, size] of first.files.sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`      ${kb(size).padStart(6)} KB  ${file}`);
  console.log(`  first query as a question (${firstQuestion.query}): Pagefind ${kb(pagefindBytes(firstQuestion))} KB (budget ${budgets.firstQueryKB} KB); with our code and data ${kb(firstQuestion.bytes)} KB`);
  console.log(`      ${firstQuestion.files.filter(([file]) => file.includes('/pagefind/')).sort((x, y) => y[1] - x[1]).map(([file, size]) => `${file.split('/').pop()} ${kb(size)}`).join(', ')}`);
  console.log(`  next query (${next.query}): ${kb(next.bytes)} KB, then (${third.query}): ${kb(third.bytes)} KB (budget ${budgets.nextQueryKB} KB; an index chunk, about 28 KB, counts in full the first time a query needs it)`);
  for (const r of [next, third]) console.log(`      ${r.query}: ${r.files.map(([file, size]) => `${file.split('/').pop()} ${kb(size)}`).join(', ')}`);
  console.log(`  typing to first result, Pagefind loaded: ${typingMs.map((ms) => Math.round(ms)).join(', ')} ms (budget ${budgets.firstResultMs} ms, includes ${120} ms debounce)`);
  console.log(`  recall on ${terms.length} terms, every page containing the term among the results:`);
  console.log(`      Pagefind alone ${b.found.toFixed(1)}%, our engine ${a.found.toFixed(1)}%`);
  console.log(`  first screen (${FIRST_SCREEN} results) holds only pages with the term:`);
  console.log(`      Pagefind alone ${b.firstScreen.toFixed(1)}%, our engine ${a.firstScreen.toFixed(1)}%`);
  console.log(`  every page with the term ranked ahead of every page without it:`);
  console.log(`      Pagefind alone ${b.ranked.toFixed(1)}%, our engine ${a.ranked.toFixed(1)}%`);
  const mark = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`  questions in sellers' own words (${questions.questions}, test/fixtures/search-questions.yaml), a page that answers:`);
  console.log(`      first ${questions.top1.toFixed(1)}% (goal ${goals.top1}%: ${mark(questions.top1 >= goals.top1)}), in the top 3 ${questions.top3.toFixed(1)}% (goal ${goals.top3}%: ${mark(questions.top3 >= goals.top3)}), MRR ${questions.mrr.toFixed(3)}`);
  const line = (s) => `top-1 ${s.top1.toFixed(1)}%, top-3 ${s.top3.toFixed(1)}%, MRR ${s.mrr.toFixed(3)}`;
  console.log(`      the ${tuned.questions} the search was tuned on: ${line(tuned)}; the ${heldOut.questions} held out (written before tuning): ${line(heldOut)}`);
  console.log(`      「最可能的答案」 card shown for ${questions.cardShown.toFixed(1)}% of questions, pointing at an answer in ${questions.cardRight.toFixed(1)}% of those`);
  console.log(`  side by side: keyword recall ${a.found.toFixed(1)}% (first screen ${a.firstScreen.toFixed(1)}%) | questions top-1 ${questions.top1.toFixed(1)}%, top-3 ${questions.top3.toFixed(1)}%, MRR ${questions.mrr.toFixed(3)}`);
  for (const miss of questions.misses) console.log(`      not in the top 3: ${miss}`);
} finally {
  await browser.close();
  await server.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
