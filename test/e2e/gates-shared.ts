/**
 * Shared pieces of the quality gates: which pages the build produced, which page stands for each kind,
 * and checks that return readable failures (page URL, rule, element) instead of counts.
 * Pages are discovered from the build output, so every page a later change adds is gated too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { htmlFiles, urlOf } from '../support/built-pages';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every page in the build, as the URL path a static host serves. */
export function builtPages(dist: string): string[] {
  return htmlFiles(dist)
    .map((f) => urlOf(dist, f))
    .sort();
}

/** Split pages between test files so two workers gate them in parallel. */
export function shard<T>(items: T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index);
}

export interface PageKind {
  kind: string;
  url: string | undefined;
}

function fileOf(dist: string, url: string): string {
  return path.join(dist, url.endsWith('/') ? `${url}index.html` : url);
}

/**
 * One page of each kind for the dark-scheme and wide-screen runs, chosen by URL prefix (and, for guide
 * steps, by the guide's testing contract attribute) so new pages of a kind are picked up without edits.
 */
export function pagesOfEachKind(dist: string, pages: string[]): PageKind[] {
  const guideStep = (node: 'question' | 'outcome') =>
    pages.find(
      (u) =>
        u.startsWith('/guide/') &&
        !u.startsWith('/guide/map/') &&
        readFileSync(fileOf(dist, u), 'utf8').includes(`data-guide-node="${node}"`),
    );
  return [
    { kind: 'home', url: pages.find((u) => u === '/') },
    { kind: 'handbook', url: pages.find((u) => u.startsWith('/handbook/') && u !== '/handbook/') },
    { kind: 'guide question', url: guideStep('question') },
    { kind: 'guide outcome', url: guideStep('outcome') },
    { kind: 'guide map', url: pages.find((u) => u.startsWith('/guide/map/')) },
    { kind: 'templates', url: pages.find((u) => u.startsWith('/templates/')) },
    { kind: 'rules', url: pages.find((u) => u === '/rules/') },
    { kind: 'rule changes', url: pages.find((u) => u === '/rules/changes/') },
    { kind: 'search', url: pages.find((u) => u.startsWith('/search/')) },
    { kind: 'returns tool', url: pages.find((u) => u.startsWith('/tools/returns/')) },
    { kind: '404', url: pages.find((u) => u === '/404.html') },
  ];
}

const snippet = (html: string) => (html.length > 220 ? `${html.slice(0, 220)}…` : html);

function axeLines(label: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${label} — axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    element ${n.target.join(' ')}: ${snippet(n.html)}\n    ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
    ),
  );
}

/** axe-core through @axe-core/playwright with the WCAG 2.1 A/AA tags; one line per failing element. */
export async function axeFailures(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of opening a helper tab per run; the site has no iframes.
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return axeLines(label, result.violations);
}

/**
 * The same axe-core engine @axe-core/playwright bundles, preloaded into every document by an init script.
 * AxeBuilder re-injects axe's 550 KB and opens a helper tab on every analyze(); over hundreds of pages
 * that doubled the run time (measured 250 ms against 540 ms a handbook page), so the every-page gate uses this.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  const require = createRequire(import.meta.url);
  await context.addInitScript({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
}

export async function preloadedAxeFailures(page: Page, label: string): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, AXE_TAGS);
  return axeLines(label, violations);
}

/** Elements wider than the viewport, named by a short selector, when the page scrolls sideways. */
export async function overflowFailures(page: Page, label: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      Array.from(el.classList)
        .map((c) => `.${c}`)
        .join('');
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      // Report the outermost offenders only: their children overflow because they do.
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > root.clientWidth + 0.5))
      .slice(0, 5)
      .map((el) => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px): ${el.outerHTML.slice(0, 160)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
  if (!found) return [];
  return [
    `${label} — horizontal overflow: scrollWidth ${found.scrollWidth} > clientWidth ${found.clientWidth}` +
      found.culprits.map((c) => `\n    element ${c}`).join(''),
  ];
}

/**
 * Console errors, uncaught exceptions and requests to other hosts, collected on a page that is reused
 * for many URLs: `take()` returns what happened since the last call and starts a fresh list.
 */
export function watch(page: Page, origin: string): { take(label: string): string[] } {
  let seen: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (at ${msg.location().url}:${msg.location().lineNumber})` : '';
      seen.push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => seen.push(`uncaught exception: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      seen.push(`request to another host: ${req.method()} ${req.url()} (${req.resourceType()})`);
    }
  });
  return {
    take(label) {
      const out = seen.map((s) => `${label} — ${s}`);
      seen = [];
      return out;
    },
  };
}

/** One readable message for a list of failures, or an empty string when there are none. */
export function report(failures: string[]): string {
  return failures.length ? `${failures.length} problem(s):\n${failures.join('\n')}` : '';
}
