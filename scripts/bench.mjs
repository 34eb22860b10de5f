/**
 * `npm run bench`: how fast the site is for a reader and how its cost grows with content.
 * Prints a Markdown report and writes it to bench/report.md. Not a test: figures are compared with the
 * budgets and marked, but the script only fails when something cannot be measured at all.
 *
 * Environment knobs, for a quicker run while working:
 *   BENCH_SCALES=100,1000      synthetic handbook sizes (default 100,1000,5000)
 *   BENCH_GUIDE_NODES=2000     nodes of the synthetic guide tree (0 skips it)
 *   BENCH_SKIP_LIGHTHOUSE=1    no Lighthouse runs
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { localBuildEnv, serveDist } from './serve-dist.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = path.join(ROOT, 'bench', 'report.md');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const QUERIES = ['退款', '包装', '争议', '部分退款', '拒收', 'FBS', '物流', '差评'];
const SCALES = (process.env.BENCH_SCALES ?? '100,1000,5000').split(',').map(Number).filter((n) => n > 0);
const GUIDE_NODES = Number(process.env.BENCH_GUIDE_NODES ?? 2000);

/**
 * Benchmarks owned by other parts of the site. Each is run from the project root if it exists; its
 * stdout (Markdown) goes into the report under its own heading. Add new ones here.
 */
const SUB_BENCHMARKS = [
  { title: 'Decision guide', script: 'scripts/bench-guide.mjs' },
  { title: 'Search', script: 'scripts/bench-search.mjs' },
  { title: 'Returns analysis', script: 'scripts/bench-returns.mjs' },
  { title: 'Deadline clock', script: 'scripts/bench-clock.mjs' },
];

const BUDGET = {
  lighthouse: 100,
  cls: 0,
  handbookJsGzip: 2 * 1024,
  realBuildSeconds: 15,
  bigBuildSeconds: 180,
  bigBuildPeakBytes: 3 * 1024 ** 3,
  bigFirstQueryBytes: 300 * 1024,
};

// ───────────── small helpers ─────────────

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const mark = (ok) => (ok ? '✅' : '❌');
const log = (...args) => console.error('[bench]', ...args);

function dirBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

function htmlPages(dist) {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.split(path.sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

/** Resident memory of a process and all its descendants (the Pagefind indexer is a child of astro). */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** `astro build` in `cwd` into `outDir`, timed, with the peak memory of the whole process tree. */
function measuredBuild(cwd, outDir, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd,
      env: localBuildEnv(env),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-8000)));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`astro build failed in ${cwd} (exit ${code}):\n${stderr}`));
      else resolve({ seconds, peak, pages: htmlPages(outDir).length, distBytes: dirBytes(outDir), indexBytes: dirBytes(path.join(outDir, 'pagefind')) });
    });
  });
}

async function freePort() {
  const s = createServer();
  await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** Pages the report measures, picked from the build so new content is picked up. */
function pickPages(dist) {
  const pages = htmlPages(dist);
  const read = (u) => readFileSync(path.join(dist, u, 'index.html'), 'utf8');
  const guide = pages.filter((u) => u.startsWith('/guide/') && !u.startsWith('/guide/map/'));
  return [
    { name: '首页 home', url: '/' },
    { name: '手册 handbook', url: pages.find((u) => u === '/handbook/overview/') ?? pages.find((u) => /^\/handbook\/.+\//.test(u)) },
    { name: '向导第一步 guide start', url: guide.find((u) => read(u).includes('data-guide-node="question"')) },
    { name: '向导结论 guide outcome', url: guide.find((u) => read(u).includes('data-guide-node="outcome"')) },
    { name: '搜索 search', url: pages.find((u) => u === '/search/') },
  ].filter((p) => p.url);
}

// ───────────── measurements in the browser ─────────────

/** JS and CSS the page loads before any interaction, gzip-compressed (as a static host would send them). */
async function pageWeight(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push(res.body().then((b) => ({ type, url: res.url(), gz: gzipSync(b).length })).catch(() => null));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => ({
    js: Array.from(document.querySelectorAll('script:not([src])')).map((s) => s.textContent ?? '').join('\n'),
    css: Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n'),
  }));
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const sum = (type) => files.filter((f) => f.type === type).reduce((s, f) => s + f.gz, 0);
  const gz = (text) => (text ? gzipSync(text).length : 0);
  return {
    js: sum('script') + gz(inline.js),
    jsFiles: files.filter((f) => f.type === 'script').map((f) => new URL(f.url).pathname),
    css: sum('stylesheet') + gz(inline.css),
  };
}

/**
 * Pagefind's own API in the page (the UI on top may add requests of its own; the search sub-benchmark
 * measures those). For each query: bytes and time in a fresh browser context (nothing cached: the
 * library, wasm, entry, index chunks and first fragment) and again right after the other queries.
 */
async function searchCost(browser, siteUrl, queries) {
  const runInPage = async (page, q) =>
    page.evaluate(async (query) => {
      const started = performance.now();
      const pf = await import('/pagefind/pagefind.js');
      const found = await pf.search(query);
      const first = found.results[0] ? await found.results[0].data() : null;
      return { ms: performance.now() - started, hits: found.results.length, first: first?.url ?? null };
    }, q);
  const track = (page) => {
    const counter = { raw: 0, gz: 0, pending: [] };
    page.on('response', (res) => {
      if (!new URL(res.url()).pathname.startsWith('/pagefind/')) return;
      counter.pending.push(res.body().then((b) => { counter.raw += b.length; counter.gz += gzipSync(b).length; }).catch(() => {}));
    });
    return counter;
  };
  const cold = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/404.html`);
    const counter = track(page);
    const r = await runInPage(page, q);
    await Promise.all(counter.pending);
    cold.push({ q, ...r, raw: counter.raw, gz: counter.gz });
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/404.html`);
  const counter = track(page);
  await runInPage(page, '退货');
  const warm = [];
  for (const q of queries) {
    await Promise.all(counter.pending);
    const before = { raw: counter.raw, gz: counter.gz };
    const r = await runInPage(page, q);
    await Promise.all(counter.pending);
    warm.push({ q, ...r, raw: counter.raw - before.raw, gz: counter.gz - before.gz });
  }
  await context.close();
  return { cold, warm };
}

/** Lighthouse CLI in a child process (asynchronously: this process serves the pages it loads). */
async function lighthouse(url) {
  const run = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), url, '--output=json', '--output-path=stdout', '--quiet',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url}:\n${run.stderr}`);
  const lhr = JSON.parse(run.stdout);
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
  // The audits that cost points, so a miss in the report says why.
  const misses = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => `${c.id}: ${r.id} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`),
  );
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
  return { scores, misses, cls };
}

/**
 * Lighthouse's performance score moves with whatever else the machine is doing; Lighthouse's own advice
 * is to take the median of several runs. Three runs, the one with the median performance score.
 */
async function medianLighthouse(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(url));
  results.sort((a, b) => a.scores.performance - b.scores.performance);
  return results[Math.floor(runs / 2)];
}

// ───────────── synthetic content ─────────────

/** A tiny seeded PRNG, so two runs generate the same synthetic site. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences and headings taken from our own handbook, the vocabulary the synthetic pages reuse. */
function vocabulary() {
  const dir = path.join(ROOT, 'content/handbook');
  const text = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(path.join(dir, f), 'utf8').split(/^---$/m).slice(2).join('')).join('\n');
  const sentences = [...text.matchAll(/[\u4e00-\u9fff][^。！？\n<>{}[\]()|#*`"]{6,80}[。！？]/g)].map((m) => m[0]);
  const headings = [...text.matchAll(/^#{2,3} +([^\n{]+)/gm)].map((m) => m[1].trim()).filter((h) => /[\u4e00-\u9fff]/.test(h));
  if (sentences.length < 50 || headings.length < 10) throw new Error('not enough handbook text to build synthetic pages from');
  return { sentences, headings };
}

const SECTIONS = ['procedure', 'models', 'precautions', 'experience', 'reference'];
const MODELS = ['FBO', 'FBS', 'rFBS', 'realFBS', 'FBP'];

function syntheticPage(i, words, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const heading = pick(words.headings).slice(0, 24);
  const title = `${heading}（案例 ${i}）`.slice(0, 38);
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(words.sentences)).join('');
  const body = Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, k) =>
    `## ${pick(words.headings).slice(0, 20)} ${k + 1}\n\n${paragraph()}\n\n${paragraph()}\n\n- ${pick(words.sentences)}\n- ${pick(words.sentences)}\n`,
  ).join('\n');
  const description = pick(words.sentences).slice(0, 100);
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(description.length >= 10 ? description : `${description}这是合成的测试页面。`)}
section: ${SECTIONS[i % SECTIONS.length]}
order: ${1000 + i}
tags: [${JSON.stringify(pick(words.headings).slice(0, 8))}]
models: [${MODELS[i % MODELS.length]}]
updated: 2026-11-26
sources:
  - title: 合成测试来源
    url: https://example.com/synthetic/${i}
---

${paragraph()}

${body}`;
}

/**
 * A wide, shallow tree of `total` nodes: a start question, a layer of questions, a second layer of
 * questions and outcomes under them. Paths stay short (three answers) while the node count grows.
 */
function syntheticTree(total, words) {
  const rand = prng(7);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const fanout = 12;
  const questions = 1 + fanout + fanout * fanout;
  const outcomes = Math.max(total - questions, fanout * fanout * 2);
  const nodes = [];
  const question = (id, kids) => {
    nodes.push(`${id}:\n  type: question\n  question: ${JSON.stringify(`${pick(words.headings).slice(0, 20)}？（${id}）`)}\n  options:\n` +
      kids.map((k, i) => `    - value: o${i + 1}\n      label: ${JSON.stringify(`选项 ${i + 1}：${pick(words.sentences).slice(0, 18)}`)}\n      summary: ${JSON.stringify(pick(words.sentences).slice(0, 20))}\n      next: ${k}\n`).join(''));
  };
  const outcome = (id) => {
    nodes.push(`${id}:\n  type: outcome\n  title: ${JSON.stringify(`${pick(words.headings).slice(0, 20)}（${id}）`)}\n  verdict: ${JSON.stringify(pick(words.sentences) + pick(words.sentences))}\n  updated: 2026-11-28\n  steps:\n` +
      Array.from({ length: 3 }, () => `    - text: ${JSON.stringify(pick(words.sentences))}\n`).join('') +
      `  evidence:\n    - ${JSON.stringify(pick(words.sentences).slice(0, 30))}\n  avoid:\n    - ${JSON.stringify(pick(words.sentences))}\n`);
  };
  const level1 = Array.from({ length: fanout }, (_, i) => `q-${i + 1}`);
  question('start', level1);
  let made = 0;
  const perLeafQuestion = outcomes / (fanout * fanout);
  level1.forEach((q1, i) => {
    const level2 = Array.from({ length: fanout }, (_, j) => `q-${i + 1}-${j + 1}`);
    question(q1, level2);
    level2.forEach((q2, j) => {
      const target = Math.round(perLeafQuestion * (i * fanout + j + 1));
      const ids = Array.from({ length: target - made }, (_, k) => `r-${i + 1}-${j + 1}-${k + 1}`);
      made = target;
      question(q2, ids);
      ids.forEach(outcome);
    });
  });
  return { yaml: `# Synthetic benchmark tree: ${nodes.length} nodes.\n\n${nodes.join('\n')}`, nodes: nodes.length };
}

/**
 * A copy of the project in a temp folder: sources copied, node_modules linked entry by entry (so the
 * copy's Astro and Vite caches stay in the copy and never touch the real project's).
 */
function projectCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'refund-playbook-bench-'));
  for (const entry of readdirSync(ROOT)) {
    if (['node_modules', 'dist', '.git', 'bench', '.astro'].includes(entry)) continue;
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry)) continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

async function scaleRun(label, prepare, browser) {
  const dir = projectCopy();
  try {
    const extra = prepare(dir);
    const out = path.join(dir, 'dist');
    log(`${label}: building`);
    const build = await measuredBuild(dir, out);
    const server = await serveDist(out);
    const search = await searchCost(browser, server.url, QUERIES.slice(0, 4));
    await server.close();
    const handbookPage = htmlPages(out).find((u) => /^\/handbook\/.+\//.test(u));
    const handbookHtml = handbookPage ? statSync(path.join(out, handbookPage, 'index.html')).size : 0;
    return { label, ...extra, ...build, search, handbookHtml };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ───────────── the report ─────────────

async function main() {
  const lines = [];
  const out = (s = '') => lines.push(s);
  const env = `Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  // The real site, built into a temp folder with its canonical URLs on the port we will serve it from.
  const port = await freePort();
  const realDist = mkdtempSync(path.join(tmpdir(), 'refund-playbook-bench-dist-'));
  log('building the real site');
  const real = await measuredBuild(ROOT, realDist, { SITE_URL: `http://127.0.0.1:${port}` });
  const server = await serveDist(realDist, port);
  const pages = pickPages(realDist);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });

  out('# 性能基准报告 Benchmark report');
  out();
  out(`Generated by \`npm run bench\` (scripts/bench.mjs) on ${env}.`);
  out('Sizes are gzip-compressed as a static host would serve them unless marked raw. ✅/❌ compare with the budgets in issues 5 and 13 (CLS: cumulative layout shift from Lighthouse, budget 0).');
  out();
  out('## Real site build');
  out();
  out('| pages | build time | peak memory (astro + Pagefind) | dist size | search index |');
  out('|---:|---:|---:|---:|---:|');
  out(`| ${real.pages} | ${real.seconds.toFixed(1)} s ${mark(real.seconds < BUDGET.realBuildSeconds)} | ${mb(real.peak)} | ${mb(real.distBytes)} | ${kb(real.indexBytes)} |`);
  out();

  out('## Lighthouse 13 (mobile, median of 3 runs) and page weight before interaction');
  out();
  out('| page | URL | performance | accessibility | best practices | SEO | CLS | JS gzip | CSS gzip |');
  out('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  const lhMisses = [];
  for (const p of pages) {
    log(`page ${p.url}`);
    const weight = await pageWeight(browser, server.url + p.url);
    const lh = process.env.BENCH_SKIP_LIGHTHOUSE ? null : await medianLighthouse(server.url + p.url);
    const score = (k) => (lh ? `${lh.scores[k]} ${mark(lh.scores[k] >= BUDGET.lighthouse)}` : 'skipped');
    const jsCell = p.url.startsWith('/handbook/') ? `${kb(weight.js)} ${mark(weight.js <= BUDGET.handbookJsGzip)}` : kb(weight.js);
    const cls = lh && lh.cls !== null ? `${lh.cls} ${mark(lh.cls <= BUDGET.cls)}` : 'skipped';
    out(`| ${p.name} | \`${p.url}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${cls} | ${jsCell} | ${kb(weight.css)} |`);
    if (lh?.misses.length) lhMisses.push(`- \`${p.url}\`: ${lh.misses.join('; ')}`);
    if (weight.jsFiles.length) lhMisses.push(`- \`${p.url}\` loads JS: ${weight.jsFiles.map((f) => `\`${f}\``).join(', ')}`);
  }
  out();
  if (lhMisses.length) {
    out('Audits that cost points, and the scripts each page loads:');
    out();
    lhMisses.forEach((m) => out(m));
    out();
  }

  out('## Search on the real site (Pagefind API)');
  out();
  log('search queries');
  const realSearch = await searchCost(browser, server.url, QUERIES);
  await server.close();
  out('First query = a fresh browser (library, wasm, index chunks, first result); next query = after other searches.');
  out();
  out('| query | results | first query: fetched (gzip / raw) | time to first result | next query: fetched (gzip) | time |');
  out('|---|---:|---:|---:|---:|---:|');
  realSearch.cold.forEach((c, i) => {
    const w = realSearch.warm[i];
    out(`| ${c.q} | ${c.hits} | ${kb(c.gz)} / ${kb(c.raw)} | ${c.ms.toFixed(0)} ms | ${kb(w.gz)} | ${w.ms.toFixed(0)} ms |`);
  });
  out();

  out('## Scaling with synthetic content');
  out();
  out('Built in a temporary copy of the project (never in the repository): N synthetic Chinese handbook pages made from');
  out('sentences and headings of our own handbook, added to the real ones; and a synthetic guide tree replacing the real one.');
  out('Fetched bytes are the mean over 4 queries (退款, 包装, 争议, 部分退款).');
  out();
  out('| content | HTML pages | build time | peak memory | dist size | index size | first query fetched (gzip / raw) | next query (gzip) | one handbook page HTML |');
  out('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const words = vocabulary();
  const runs = [];
  for (const n of SCALES) {
    runs.push(await scaleRun(`${n} synthetic handbook pages`, (dir) => {
      const rand = prng(n);
      for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, 'content/handbook', `synthetic-${String(i).padStart(5, '0')}.mdx`), syntheticPage(i, words, rand));
      return { size: n };
    }, browser));
    emitScale(runs.at(-1));
  }
  if (GUIDE_NODES > 0) {
    runs.push(await scaleRun(`guide tree of ${GUIDE_NODES} nodes`, (dir) => {
      const tree = syntheticTree(GUIDE_NODES, words);
      writeFileSync(path.join(dir, 'content/guide/tree.yaml'), tree.yaml);
      return { size: 0, nodes: tree.nodes };
    }, browser));
    emitScale(runs.at(-1));
  }
  function emitScale(r) {
    const mean = (list, key) => list.reduce((s, x) => s + x[key], 0) / list.length;
    const big = r.size >= 5000;
    const firstGz = mean(r.search.cold, 'gz');
    log(`${r.label}: ${r.pages} pages, ${r.seconds.toFixed(1)} s, peak ${mb(r.peak)}, dist ${mb(r.distBytes)}, index ${kb(r.indexBytes)}`);
    out(`| ${r.label}${r.nodes ? ` (${r.nodes} generated)` : ''} | ${r.pages} | ${r.seconds.toFixed(1)} s${big ? ` ${mark(r.seconds < BUDGET.bigBuildSeconds)}` : ''} | ${mb(r.peak)}${big ? ` ${mark(r.peak < BUDGET.bigBuildPeakBytes)}` : ''} | ${mb(r.distBytes)} | ${kb(r.indexBytes)} | ${kb(firstGz)}${big ? ` ${mark(firstGz < BUDGET.bigFirstQueryBytes)}` : ''} / ${kb(mean(r.search.cold, 'raw'))} | ${kb(mean(r.search.warm, 'gz'))} | ${kb(r.handbookHtml)} |`);
  }
  out();
  await browser.close();
  rmSync(realDist, { recursive: true, force: true });

  for (const sub of SUB_BENCHMARKS) {
    const file = path.join(ROOT, sub.script);
    if (!existsSync(file)) continue;
    log(`sub-benchmark ${sub.script}`);
    const run = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BENCH_EMBEDDED: '1' } });
    out(`## ${sub.title} (\`${sub.script}\`)`);
    out();
    const text = run.stdout.trim();
    // Plain-text reports go in a fence so Markdown keeps their alignment.
    const body = /^(#|\|)/m.test(text) ? text : `\`\`\`text\n${text}\n\`\`\``;
    out(run.status === 0 ? body : `Failed (exit ${run.status}):\n\n\`\`\`text\n${(run.stderr || run.stdout).slice(-3000)}\n\`\`\``);
    out();
  }

  const report = lines.join('\n');
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${report}\n`);
  console.log(report);
  log(`written to ${path.relative(ROOT, REPORT)}`);
}

await main();
