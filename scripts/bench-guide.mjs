/**
 * Decision-guide budgets, printed (not asserted): the guide's own JavaScript on /guide/ and on an outcome, in
 * gzip bytes (budget ≤ 15 KB), the time of one step change in Chromium (budget < 50 ms), the build-time
 * validation of the real tree (budget < 100 ms), the guide data a step fetches (nothing before the first
 * answer, ≤ 10 KB gzip per step after the first) and the phone layout at 390×844 (outcome pages about 3
 * screens, the first question's answers within 1.5).
 * Usage: `npx node scripts/bench-guide.mjs [dist]`; without a dist folder it builds one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { localBuildEnv, serveDist } from './serve-dist.ts';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function validationTime() {
  const { module } = await runnerImport(path.join(root, 'src/integrations/guide-validation.ts'), { root, logLevel: 'silent' });
  module.checkGuide(root); // warm-up: first use of the regexes and the slugger
  const runs = [];
  let result;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    result = module.checkGuide(root);
    runs.push(performance.now() - t);
  }
  return { ms: median(runs), nodes: result.nodeCount, problems: result.problems.length };
}

const PHONE = { width: 390, height: 844 };

/** Sizes of the per-node parts the island fetches, gzip. */
function partSizes(dist) {
  const dir = path.join(dist, 'guide/data');
  const sizes = readdirSync(dir).map((f) => [f, gz(readFileSync(path.join(dir, f)))]).sort((a, b) => a[1] - b[1]);
  return { count: sizes.length, median: median(sizes.map((x) => x[1])), largest: sizes.at(-1) };
}

/**
 * Walks from /guide/ to one outcome per first answer by clicking, in a fresh page each time, and counts the
 * guide data (gzip) each answer fetched; also what was fetched before the first answer.
 */
async function dataPerStep(browser, origin, walks) {
  const before = [];
  const first = [];
  const later = [];
  for (const segments of walks) {
    const page = await browser.newPage({ viewport: PHONE });
    const fetched = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.startsWith('/guide/data/')) fetched.push(res.body().then(gz));
    });
    await page.goto(`${origin}/guide/`);
    await page.waitForSelector('.guide[data-guide-ready]');
    before.push(fetched.length);
    for (const [i, value] of segments.entries()) {
      fetched.length = 0;
      await page.click(`a[data-guide-option="${value}"]`);
      await page.waitForURL(`${origin}/guide/${segments.slice(0, i + 1).map((s) => `${s}/`).join('')}`);
      await page.waitForLoadState('networkidle');
      (i === 0 ? first : later).push((await Promise.all(fetched)).reduce((n, b) => n + b, 0));
    }
    await page.close();
  }
  return { walks: walks.length, requestsBefore: Math.max(...before), firstMax: Math.max(...first), laterMax: Math.max(...later), laterMedian: median(later) };
}

/** Every outcome page at 390×844 with JavaScript: page height and where the plan ends, in screens. */
async function phoneLayout(browser, origin, outcomes) {
  const page = await browser.newPage({ viewport: PHONE });
  const rows = [];
  for (const segments of outcomes) {
    await page.goto(`${origin}/guide/${segments.map((s) => `${s}/`).join('')}`);
    await page.waitForSelector('.guide[data-guide-ready]');
    const r = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      plan: document.querySelector('.guide-plan').getBoundingClientRect().bottom + scrollY,
      firstStep: document.querySelector('.guide-steps > li').getBoundingClientRect().bottom,
    }));
    rows.push({ url: `/guide/${segments.join('/')}/`, ...r });
  }
  await page.goto(`${origin}/guide/`);
  const startLast = await page.evaluate(() => [...document.querySelectorAll('a[data-guide-option]')].at(-1).getBoundingClientRect().bottom);
  await page.close();
  const screens = (key) => rows.map((r) => r[key] / PHONE.height);
  const tallest = rows.reduce((a, b) => (b.page > a.page ? b : a));
  return {
    pages: rows.length,
    pageMedian: median(screens('page')),
    pageMax: Math.max(...screens('page')),
    tallest: tallest.url,
    planMedian: median(screens('plan')),
    planMax: Math.max(...screens('plan')),
    firstStepMax: Math.max(...rows.map((r) => r.firstStep)),
    startLast: startLast / PHONE.height,
  };
}

const scriptTags = (html) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
const srcOf = (attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1];

/** A file and everything it imports statically, as paths from the site root. */
function staticClosure(dist, entries) {
  const own = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (own.has(file)) continue;
    own.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1]));
    }
  }
  return own;
}

/** The scripts a page fetched (path → gzip bytes), once `ready` shows and the network is idle. */
async function fetchedScripts(browser, url, ready) {
  const page = await browser.newPage({ viewport: PHONE });
  const fetched = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') fetched.set(new URL(res.url()).pathname, gz(await res.body()));
  });
  await page.goto(url);
  if (ready) await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await page.close();
  return fetched;
}

/** A page without its <template>s: their scripts run only when the page adds them (search dialog, clock). */
const liveHtml = async (url) => (await (await fetch(url)).text()).replace(/<template\b[\s\S]*?<\/template>/g, '');

/**
 * The JavaScript a guide page loads, gzip. The guide's own is what makes a step interactive: the page's
 * module scripts and islands that the home page does not have, with everything they import statically, and
 * its inline scripts the home page does not have (an island's loader). The rest is the site's (theme,
 * header menu, search shortcut: on every page) or loaded after the step is interactive (the deadline clock).
 */
async function pageScripts(browser, origin, dist, pathname, site) {
  const fetched = await fetchedScripts(browser, `${origin}${pathname}`, '.guide[data-guide-ready]');
  const html = await liveHtml(`${origin}${pathname}`);
  const tags = scriptTags(html);
  const entries = [
    ...tags.map((m) => srcOf(m[1])).filter((src) => src && !site.scripts.has(src)),
    // An Astro island's component and renderer, which its inline loader imports.
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  const own = staticClosure(dist, entries);
  const inline = tags.filter((m) => !srcOf(m[1]));
  const inlineOwn = inline.filter((m) => !site.scripts.has(m[2])).reduce((n, m) => n + gz(m[2]), 0);
  const inlineSite = inline.filter((m) => site.scripts.has(m[2])).reduce((n, m) => n + gz(m[2]), 0);
  const files = [...fetched]
    .sort((a, b) => b[1] - a[1])
    .map(([file, bytes]) => ({ file, bytes, kind: own.has(file) ? 'own' : site.files.has(file) ? 'site' : 'later' }));
  return {
    pathname,
    files,
    inlineOwn,
    inlineSite,
    total: [...own].reduce((n, file) => n + gz(readFileSync(path.join(dist, file))), 0) + inlineOwn,
    pageTotal: files.reduce((n, f) => n + f.bytes, 0) + inlineOwn + inlineSite,
  };
}

async function browserFigures(dist) {
  const server = await serveDist(dist);
  const origin = server.url;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const { module: guide } = await runnerImport(path.join(root, 'test/support/built-guide.ts'), { root, logLevel: 'silent' });
    const { module: paths } = await runnerImport(path.join(root, 'src/lib/guide/enumerate.ts'), { root, logLevel: 'silent' });
    const { tree, rules } = guide.builtGuide(dist);
    const outcomePaths = paths.enumeratePaths(tree).filter((p) => tree[p.nodeId].type === 'outcome');
    const outcomes = outcomePaths.map((p) => p.segments);
    // What every page has, as the home page shows it: its scripts (by src, or inline by text) and fetched files.
    const site = {
      scripts: new Set(scriptTags(await liveHtml(`${origin}/`)).map((m) => srcOf(m[1]) ?? m[2])),
      files: await fetchedScripts(browser, `${origin}/`),
    };
    const start = await pageScripts(browser, origin, dist, '/guide/', site);
    // An outcome with deadlines the clock counts, which loads the clock too.
    const withClock = outcomePaths.find((p) => tree[p.nodeId].deadlines?.some((d) => rules[d.rule]?.clock)).segments;
    const outcome = await pageScripts(browser, origin, dist, `/guide/${withClock.map((s) => `${s}/`).join('')}`, site);

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/guide/`);
    await page.waitForSelector('.guide[data-guide-ready]');
    // One step change: click, wait for the new step in the DOM and the next frame. Walks down the first
    // options to an outcome (the largest render) and back up with the back link, several times.
    const times = await page.evaluate(async () => {
      const out = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      let down = true;
      for (let i = 0; i < 40; i++) {
        const node = document.querySelector('[data-guide-node]');
        if (node.getAttribute('data-guide-node') === 'outcome') down = false;
        if (!document.querySelector('a[data-guide-back]')) down = true;
        const link = document.querySelector(down ? 'a[data-guide-option]' : 'a[data-guide-back]');
        const before = document.querySelector('[data-guide-node]').getAttribute('data-guide-id') + location.pathname;
        const t = performance.now();
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const now = document.querySelector('[data-guide-node]').getAttribute('data-guide-id') + location.pathname;
            if (now !== before) resolve(observer.disconnect());
          });
          observer.observe(document.querySelector('.guide'), { subtree: true, childList: true, attributes: true });
        });
        link.click();
        await changed;
        await frame();
        out.push(performance.now() - t);
      }
      return out;
    });
    const sorted = [...times].sort((a, b) => a - b);
    const p90 = sorted[Math.floor(sorted.length * 0.9)];
    const byFirst = [...new Map(outcomes.map((s) => [s[0], s])).values()];
    const data = await dataPerStep(browser, origin, byFirst);
    const phone = await phoneLayout(browser, origin, outcomes);
    return { start, outcome, stepMedian: median(times), stepP90: p90, stepMax: Math.max(...times), steps: times.length, data, phone };
  } finally {
    await browser.close();
    await server.close();
  }
}

let dist = process.argv[2] && path.resolve(process.argv[2]);
let temp;
if (!dist) {
  dist = temp = mkdtempSync(path.join(tmpdir(), 'bench-guide-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: localBuildEnv(),
  });
}
try {
  const v = await validationTime();
  const b = await browserFigures(dist);
  const parts = partSizes(dist);
  const { data, phone } = b;
  console.log('Decision guide');
  const { start, outcome } = b;
  const line = (bytes, what) => console.log(`    ${kb(bytes).padStart(8)}  ${what}`);
  const onStart = new Set(start.files.map((f) => f.file));
  console.log(`  guide JavaScript (gzip), what makes a step interactive: ${kb(start.total)} on /guide/, ${kb(outcome.total)} on ${outcome.pathname}  (budget ≤ 15 KB); all JavaScript on /guide/: ${kb(start.pageTotal)}`);
  for (const f of start.files.filter((f) => f.kind === 'own')) line(f.bytes, f.file);
  if (start.inlineOwn > 0) line(start.inlineOwn, 'inline scripts in the HTML (Astro island loader)');
  for (const f of outcome.files.filter((f) => f.kind === 'own' && !onStart.has(f.file))) line(f.bytes, `${f.file}  (outcome pages only)`);
  for (const f of start.files.filter((f) => f.kind === 'site')) line(f.bytes, `${f.file}  (site-wide, not the guide)`);
  line(start.inlineSite, 'inline scripts on every page: theme, header menu, search shortcut  (site-wide, not the guide)');
  for (const f of outcome.files.filter((f) => f.kind === 'later')) line(f.bytes, `${f.file}  (loaded after the step is interactive, on ${outcome.pathname})`);
  console.log(`  guide data: ${parts.count} parts (one per node), median ${kb(parts.median)}, largest ${kb(parts.largest[1])} (${parts.largest[0]}) gzip`);
  console.log(`    fetched before the first answer: ${data.requestsBefore} request(s)  (budget 0)`);
  console.log(`    per answer, ${data.walks} walks from /guide/ to an outcome: first answer ≤ ${kb(data.firstMax)}; later answers median ${kb(data.laterMedian)}, max ${kb(data.laterMax)}  (budget ≤ 10 KB after the first)`);
  console.log(`  phone layout at ${PHONE.width}×${PHONE.height}, ${phone.pages} outcome pages, templates folded:`);
  console.log(`    first step ends at ≤ ${phone.firstStepMax.toFixed(0)} px  (budget: within the first ${PHONE.height} px, with the verdict above it)`);
  console.log(`    outcome plan ends at median ${phone.planMedian.toFixed(2)}, max ${phone.planMax.toFixed(2)} screens; whole page with header and footer median ${phone.pageMedian.toFixed(2)}, max ${phone.pageMax.toFixed(2)} (${phone.tallest})  (budget: about 3)`);
  console.log(`    first question: last answer ends at ${phone.startLast.toFixed(2)} screens  (budget ≤ 1.5)`);
  console.log(`  step change in Chromium: median ${b.stepMedian.toFixed(1)} ms, p90 ${b.stepP90.toFixed(1)} ms, max ${b.stepMax.toFixed(1)} ms over ${b.steps} changes, to and from an outcome (first one includes JIT warm-up)  (budget < 50 ms)`);
  console.log(`  validation of the real tree: ${v.ms.toFixed(2)} ms median, ${v.nodes} nodes, ${v.problems} problem(s)  (budget < 100 ms)`);
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
