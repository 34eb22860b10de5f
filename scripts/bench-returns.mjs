/**
 * Returns-analysis budgets, printed (not asserted): JavaScript the page loads before a file is chosen
 * (budget ≤ 20 KB gzip), and the time from choosing a file to the drawn results in Chromium for 10,000 rows
 * (budget < 1 s) and 100,000 rows (budget < 5 s), with the progress bar seen on the way.
 * Usage: `npx node scripts/bench-returns.mjs [dist]`; without a dist folder it builds one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { localBuildEnv, serveDist } from './serve-dist.ts';
import { RECORDS, cabinetRows, csv } from '../test/support/returns-data.ts';
import { windows1251, xlsx } from '../test/support/xlsx-writer.ts';

const root = path.resolve(import.meta.dirname, '..');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? '✅' : '❌');
const RUNS = 3;

/** n returns: the fixture's records repeated over 500 products and 26 weeks, a few with reasons no dictionary knows. */
function records(n) {
  return Array.from({ length: n }, (_, i) => {
    const r = RECORDS[i % RECORDS.length];
    const day = new Date(Date.UTC(2026, 5, 1) + (i % 182) * 86_400_000).toISOString().slice(0, 10);
    return { ...r, sku: `${r.sku}-${i % 500}`, day, reason: i % 200 === 0 ? `Причина ${i % 7}` : r.reason };
  });
}

function files(dir) {
  const out = [];
  for (const n of [10_000, 100_000]) {
    const file = path.join(dir, `returns-${n}.csv`);
    writeFileSync(file, windows1251(csv(cabinetRows(records(n)), ';')));
    out.push({ label: `${n.toLocaleString('en')} rows, CSV Windows-1251`, file, rows: n, budget: n <= 10_000 ? 1000 : 5000 });
  }
  for (const n of [10_000, 100_000]) {
    const file = path.join(dir, `returns-${n}.xlsx`);
    writeFileSync(file, xlsx(cabinetRows(records(n)).slice(1)));
    out.push({ label: `${n.toLocaleString('en')} rows, XLSX`, file, rows: n, budget: n <= 10_000 ? 1000 : 5000 });
  }
  return out;
}

/** Chosen → results drawn: from the input's change event to the first frame after the totals show the row count. */
async function analyse(page, file, rows) {
  await page.evaluate((expected) => {
    const input = document.querySelector('#returns-file');
    window.__bench = new Promise((resolve) => {
      let start = 0;
      let progress = 0;
      let bar = false;
      const observer = new MutationObserver(() => {
        const element = document.querySelector('#returns-progress');
        bar ||= Boolean(element);
        if (element?.hasAttribute('value')) progress++;
        const total = document.querySelector('#returns-total');
        if (start && total && total.textContent.replace(/\D/g, '') === String(expected)) {
          observer.disconnect();
          requestAnimationFrame(() => resolve({ ms: performance.now() - start, progress, bar }));
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      input.addEventListener('change', () => (start = performance.now()), { once: true, capture: true });
    });
  }, rows);
  await page.locator('#returns-file').setInputFiles(file);
  return page.evaluate(() => window.__bench);
}

async function main() {
  let dist = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const built = !dist;
  if (!dist) {
    dist = mkdtempSync(path.join(tmpdir(), 'refund-playbook-bench-returns-'));
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { cwd: root, stdio: 'ignore', env: localBuildEnv() });
  }
  const work = mkdtempSync(path.join(tmpdir(), 'refund-playbook-returns-files-'));
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const load = () => loadavg()[0].toFixed(1);
  const lines = [`Returns analysis (/tools/returns/), ${cpus().length} CPU, load average ${load()} at the start`];
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts = [];
    const record = (res) => {
      // Bodies of cached or redirected responses are unavailable; the first load has them all.
      if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => ({ file: new URL(res.url()).pathname, gz: gz(b) }), () => null));
    };
    page.on('response', record);
    await page.goto(`${server.url}/tools/returns/`, { waitUntil: 'networkidle' });
    await page.locator('#returns-file:not([disabled])').waitFor();
    // Inline scripts the home page also carries (theme, header) are site-wide; the rest is the island loader.
    const inlineScripts = (file) =>
      [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const siteWide = new Set(inlineScripts('index.html'));
    const own = inlineScripts('tools/returns/index.html');
    const sum = (list) => list.reduce((n, code) => n + gz(code), 0);
    const loader = sum(own.filter((code) => !siteWide.has(code)));
    const shared = sum(own.filter((code) => siteWide.has(code)));
    const inline = loader + shared;
    const before = (await Promise.all(scripts.splice(0))).filter(Boolean);
    const total = before.reduce((n, f) => n + f.gz, 0) + inline;
    lines.push(`  JavaScript before a file is chosen (gzip): ${kb(total)} ${mark(total <= 20 * 1024)} (budget ≤ 20 KB)`);
    for (const f of before.sort((a, b) => b.gz - a.gz)) lines.push(`      ${kb(f.gz).padStart(8)}  ${f.file}`);
    lines.push(`      ${kb(loader).padStart(8)}  inline scripts in the HTML (Astro island loader)`);
    lines.push(`      ${kb(shared).padStart(8)}  inline scripts every page carries (theme, header)`);

    const inputs = files(work);
    await analyse(page, inputs[0].file, inputs[0].rows);
    page.off('response', record);
    const after = (await Promise.all(scripts.splice(0))).filter(Boolean);
    lines.push(`  loaded once a file is chosen (gzip): ${after.map((f) => `${f.file} ${kb(f.gz)}`).join(', ')}`);
    lines.push('  chosen → results drawn in Chromium (390 px), median of 3 after a warm-up run:');
    for (const input of inputs) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${server.url}/tools/returns/`);
        await page.locator('#returns-file:not([disabled])').waitFor();
        runs.push(await analyse(page, input.file, input.rows));
      }
      const ms = median(runs.map((r) => r.ms));
      const size = readFileSync(input.file).length;
      lines.push(
        `      ${input.label} (${(size / 1024 / 1024).toFixed(1)} MB): ${ms.toFixed(0)} ms ${mark(ms < input.budget)} (budget < ${input.budget / 1000} s; runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; ${runs.every((r) => r.bar) ? `progress bar shown, ${median(runs.map((r) => r.progress))} updates with a value` : 'progress bar not seen in every run'})`,
      );
    }
    lines.push(`  load average at the end: ${load()} (timings scale with it on a shared machine)`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
    if (built) rmSync(dist, { recursive: true, force: true });
  }
  console.log(lines.join('\n'));
}

await main();
