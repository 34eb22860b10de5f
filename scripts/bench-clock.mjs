/**
 * Deadline-clock budgets, printed (not asserted): the clock's own JavaScript (budget ≤ 5 KB gzip), loaded only
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

/**
 * The scripts a page fetches, by file, gzip bytes. With `click`, the seller opens the folded clock, asks for
 * 用现在的时间 and then 加入日历, so the clock's code and the .ics builder are both fetched.
 */
async function pageScripts(context, url, click) {
  const page = await context.newPage();
  const scripts = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ file: path.basename(new URL(r.url()).pathname), gzip: gzipSync(await r.body(), { level: 9 }).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (click) {
    const fold = page.locator('.clock details > summary');
    if (await fold.count()) await fold.first().click();
    await page.getByRole('button', { name: '用现在的时间' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '加入日历（.ics）' }).click()]);
    await download.path();
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  return scripts;
}

/**
 * The clock's JavaScript on a page: every script it fetches that `baseline` (the same kind of page without a
 * clock) does not, apart from the .ics builder (CalendarLoader's script), which is counted on its own. So shared
 * code the clock alone needs (Preact hooks, the bundler's preload helper) is counted as the clock's.
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
  const questionScripts = await pageScripts(context, `${server.url}/guide/`);
  const home = await pageScripts(context, `${server.url}/`);
  const question = clockBytes(questionScripts, questionScripts);
  const onOutcome = clockBytes(await pageScripts(context, `${server.url}${outcome}`, true), questionScripts);
  const onRules = clockBytes(await pageScripts(context, `${server.url}/rules/`), home);
  const list = (r) => r.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
  console.log('| page | clock JavaScript (gzip): what the page fetches beyond the same page without a clock | .ics builder (gzip) |');
  console.log('|---|---|---|');
  console.log(`| guide question \`/guide/\` | ${kb(question.clock)} ${mark(question.clock === 0)} (budget: none) | ${kb(question.calendar)} |`);
  console.log(`| guide outcome \`${outcome}\`, after 加入日历 | ${kb(onOutcome.clock)} ${mark(onOutcome.clock > 0 && onOutcome.clock <= 5 * 1024)} (budget ≤ 5 KB): ${list(onOutcome)} | ${kb(onOutcome.calendar)} (only on request) |`);
  console.log(`| 规则速查 \`/rules/\` | ${kb(onRules.clock)} ${mark(onRules.clock > 0 && onRules.clock <= 5 * 1024)} (budget ≤ 5 KB): ${list(onRules)} | ${kb(onRules.calendar)} |`);
} finally {
  await context.close();
  await server.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
