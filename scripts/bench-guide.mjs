/**
 * Decision-guide budgets, printed (not asserted): the guide's JavaScript in gzip bytes (budget ≤ 15 KB),
 * the time of one step change in Chromium (budget < 50 ms) and the build-time validation of the real tree
 * (budget < 100 ms). Usage: `npx node scripts/bench-guide.mjs [dist]`; without a dist folder it builds one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

async function browserFigures(dist) {
  const server = await serveDist(dist);
  const origin = server.url;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const scripts = new Map();
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.set(new URL(res.url()).pathname, gz(await res.body()));
    });
    await page.goto(`${origin}/guide/`);
    await page.waitForSelector('.guide[data-guide-ready]');
    const html = await (await fetch(`${origin}/guide/`)).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gz(m[1]), 0);
    // The guide's own JavaScript: the island and its renderer with everything they import statically.
    const own = new Set();
    const queue = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]);
    while (queue.length > 0) {
      const file = queue.pop();
      if (own.has(file)) continue;
      own.add(file);
      const code = readFileSync(path.join(dist, file), 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        queue.push(path.posix.join(path.posix.dirname(file), m[1]));
      }
    }
    const files = [...scripts].sort((a, b) => b[1] - a[1]).map(([file, bytes]) => [file, bytes, own.has(file)]);
    const total = files.filter((f) => f[2]).reduce((n, [, bytes]) => n + bytes, 0) + inline;
    const pageTotal = files.reduce((n, [, bytes]) => n + bytes, 0) + inline;

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
    return { files, inline, total, pageTotal, stepMedian: median(times), stepP90: p90, stepMax: Math.max(...times), steps: times.length };
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
  const treeJson = readFileSync(path.join(dist, 'guide/tree.json'));
  console.log('Decision guide');
  console.log(`  guide JavaScript (gzip): ${kb(b.total)}  (budget ≤ 15 KB); all JavaScript on /guide/: ${kb(b.pageTotal)}`);
  for (const [file, bytes, own] of b.files) console.log(`    ${kb(bytes).padStart(8)}  ${file}${own ? '' : '  (site-wide, not the guide)'}`);
  console.log(`    ${kb(b.inline).padStart(8)}  inline scripts in the HTML (Astro island loader)`);
  console.log(`  tree.json (data, fetched once): ${kb(treeJson.length)} raw, ${kb(gz(treeJson))} gzip`);
  console.log(`  step change in Chromium: median ${b.stepMedian.toFixed(1)} ms, p90 ${b.stepP90.toFixed(1)} ms, max ${b.stepMax.toFixed(1)} ms over ${b.steps} changes, to and from an outcome (first one includes JIT warm-up)  (budget < 50 ms)`);
  console.log(`  validation of the real tree: ${v.ms.toFixed(2)} ms median, ${v.nodes} nodes, ${v.problems} problem(s)  (budget < 100 ms)`);
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
