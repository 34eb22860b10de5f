/**
 * Deadline-clock budgets, printed (not asserted): the clock's JavaScript (budget ≤ 5 KB gzip), loaded only
 * on pages with deadlines — a guide outcome with deadlines and 规则速查 fetch it, a guide question does not —
 * and the .ics builder, fetched only when the seller asks for a calendar file.
 * Usage: `npx node scripts/bench-clock.mjs [dist]`; without a dist folder it builds one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { localBuildEnv, serveDist } from './serve-dist.ts';

const root = path.resolve(import.meta.dirname, '..');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok ? '✅' : '❌');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** An outcome page whose deadlines the clock can count, found in the built guide parts. */
function outcomeWithDeadlines(dist) {
  for (const file of readdirSync(path.join(dist, 'guide/data'))) {
    const part = JSON.parse(readFileSync(path.join(dist, 'guide/data', file), 'utf8'));
    const node = part.node ?? part;
    const countable = (node.deadlines ?? []).some((d) => !d.models && part.rules?.[d.rule]?.clock);
    if (node.type === 'outcome' && countable && node.firstPath) return `/guide/${node.firstPath.map((s) => `${s}/`).join('')}`;
  }
  throw new Error('no outcome with a countable deadline in the built guide');
}

const fileOf = (url) => path.basename(new URL(url, 'http://x/').pathname);

/** The files a built chunk imports statically (`import … from"./x.js"`, `import"./x.js"`), not import(). */
const staticImports = (code) => [...code.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);

/**
 * The scripts a page fetches (file, gzip bytes, static imports) and the renderers of its Astro islands. With
 * `click`, the seller opens the folded clock, asks for 用现在的时间 and then 加入日历, so the clock's code and the
 * .ics builder are both fetched.
 */
async function pageScripts(context, url, click) {
  const page = await context.newPage();
  const scripts = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    const body = await r.body();
    scripts.push({ file: fileOf(r.url()), gzip: gzipSync(body, { level: 9 }).length, imports: staticImports(body.toString()) });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const renderers = (await page.$$eval('astro-island[renderer-url]', (all) => all.map((e) => e.getAttribute('renderer-url')))).map(fileOf);
  if (click) {
    const fold = page.locator('.clock details > summary');
    if (await fold.count()) await fold.first().click();
    await page.getByRole('button', { name: '用现在的时间' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '加入日历（.ics）' }).click()]);
    await download.path();
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  return { scripts, renderers };
}

/**
 * What a page loads for any Preact island, whichever island it is: Astro's Preact renderer (the island's
 * renderer-url) with all it imports statically (Preact itself, and the bundler's preload helper, which the
 * renderer uses to fetch signals), and Preact's JSX runtime, which every component's compiled JSX imports.
 * Hooks are not part of it: an island that uses them pays for them.
 */
function islandRuntime({ scripts, renderers }) {
  const byFile = new Map(scripts.map((s) => [s.file, s]));
  const runtime = new Set(scripts.filter((s) => s.file.startsWith('jsxRuntime.module.')).map((s) => s.file));
  const add = (file) => {
    if (runtime.has(file) || !byFile.has(file)) return;
    runtime.add(file);
    byFile.get(file).imports.forEach(add);
  };
  renderers.forEach(add);
  return scripts.filter((s) => runtime.has(s.file));
}

/**
 * The clock's JavaScript on a page: every script it fetches that `baseline` (what the page would fetch without
 * a clock) does not, apart from the .ics builder (CalendarLoader's script), which is counted on its own. So
 * shared code the clock alone needs (Preact hooks, the bundler's preload helper, were it to use them) is the
 * clock's.
 */
function clockBytes(scripts, baseline) {
  const known = new Set(baseline.map((s) => s.file));
  const isCalendar = (s) => s.file.startsWith('CalendarLoader.');
  const sum = (list) => list.reduce((n, s) => n + s.gzip, 0);
  const clock = scripts.filter((s) => !known.has(s.file) && !isCalendar(s));
  return { clock: sum(clock), files: clock, calendar: sum(scripts.filter(isCalendar)) };
}

let dist = process.argv[2] && path.resolve(process.argv[2]);
let temp;
if (!dist) {
  dist = temp = mkdtempSync(path.join(tmpdir(), 'bench-clock-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: localBuildEnv() });
}
const server = await serveDist(dist);
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'bench-clock-profile-')), {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: FLAGS,
  acceptDownloads: true,
  viewport: { width: 390, height: 844 },
});
try {
  const outcome = outcomeWithDeadlines(dist);
  const question = (await pageScripts(context, `${server.url}/guide/`)).scripts;
  const home = (await pageScripts(context, `${server.url}/`)).scripts;
  const rules = await pageScripts(context, `${server.url}/rules/`, true);
  const onQuestion = clockBytes(question, question);
  // A guide outcome against a guide question: the same page and island, without deadlines.
  const onOutcome = clockBytes((await pageScripts(context, `${server.url}${outcome}`, true)).scripts, question);
  // 规则速查's only island is the clock; against the home page (no island) plus what any island would load.
  const runtime = islandRuntime(rules);
  const onRules = clockBytes(rules.scripts, [...home, ...runtime]);
  const list = (files) => files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
  const withinBudget = (r) => mark(r.clock > 0 && r.clock <= 5 * 1024);
  console.log('| page | clock JavaScript (gzip): what the page fetches beyond the same page without a clock | .ics builder (gzip) |');
  console.log('|---|---|---|');
  console.log(`| guide question \`/guide/\` | ${kb(onQuestion.clock)} ${mark(onQuestion.clock === 0)} (budget: none) | ${kb(onQuestion.calendar)} |`);
  console.log(`| guide outcome \`${outcome}\`, after 加入日历 | ${kb(onOutcome.clock)} ${withinBudget(onOutcome)} (budget ≤ 5 KB): ${list(onOutcome.files)} | ${kb(onOutcome.calendar)} (only on request) |`);
  console.log(`| 规则速查 \`/rules/\`, after 加入日历 | ${kb(onRules.clock)} ${withinBudget(onRules)} (budget ≤ 5 KB): ${list(onRules.files)}; not counted, any Preact island loads them: ${list(runtime)} | ${kb(onRules.calendar)} (only on request) |`);
} finally {
  await context.close();
  await server.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
