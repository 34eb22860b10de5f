/**
 * The Content-Security-Policy Astro writes into every page: strict (no inline or eval'd script), and
 * still letting search, the guide island and copy-to-clipboard work with no violation reported.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../support/browser';
import { htmlFiles } from '../support/built-pages';
import { builtPages, pagesOfEachKind, report } from './gates-shared';

const siteUrl = inject('siteUrl');
const dist = inject('siteDist');
const kinds = pagesOfEachKind(dist, builtPages(dist));
const urlOf = (kind: string) => {
  const url = kinds.find((k) => k.kind === kind)?.url;
  expect(url, `the build has no ${kind} page`).toBeDefined();
  return url!;
};

function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test('every built page carries a strict CSP meta element', () => {
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const page = file.slice(dist.length);
    const policy = policyOf(readFileSync(file, 'utf8'));
    if (!policy) {
      problems.push(`${page} — no <meta http-equiv="content-security-policy">`);
      continue;
    }
    const expect = (directive: string, wanted: string[]) => {
      const values = policy.get(directive) ?? [];
      for (const w of wanted) if (!values.includes(w)) problems.push(`${page} — CSP ${directive} lacks ${w}: ${values.join(' ')}`);
    };
    expect('default-src', ["'self'"]);
    expect('object-src', ["'none'"]);
    expect('base-uri', ["'self'"]);
    expect('script-src', ["'self'", "'wasm-unsafe-eval'"]);
    for (const directive of ['script-src', 'style-src', 'default-src']) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
        if (policy.get(directive)?.includes(unsafe)) problems.push(`${page} — CSP ${directive} allows ${unsafe}`);
      }
    }
  }
  if (problems.length) throw new Error(report(problems));
});

describe('under the policy, in chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleCsp: string[] = [];

  /** Violations seen by the page since it loaded, plus CSP messages on the console. */
  async function violations(label: string): Promise<string[]> {
    const seen = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
    const all = [...seen, ...consoleCsp].map((v) => `${label} — ${v}`);
    consoleCsp = [];
    return all;
  }

  beforeAll(async () => {
    browser = await openBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await browser.context.addInitScript(() => {
      const store: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = store;
      document.addEventListener('securitypolicyviolation', (e) =>
        store.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
      );
    });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (msg) => {
      if (/Content.Security.Policy|Refused to/i.test(msg.text())) consoleCsp.push(`console: ${msg.text()}`);
    });
  });
  afterAll(async () => browser?.close());

  test.for(kinds)('no violation on the $kind page', async ({ kind, url }) => {
    expect(url, `the build has no ${kind} page`).toBeDefined();
    await page.goto(siteUrl + url!, { waitUntil: 'networkidle' });
    const problems = await violations(url!);
    if (problems.length) throw new Error(report(problems));
  });

  test('search: the header dialog loads Pagefind and shows results', async () => {
    await page.goto(`${siteUrl}/handbook/`);
    await page.locator('header button').first().click({ timeout: 5_000 });
    const dialog = page.locator('dialog[open], [role="dialog"]').first();
    // A result fragment arrives only after pagefind.js ran and its wasm compiled under the policy.
    const fragment = page.waitForResponse((r) => r.url().includes('/pagefind/fragment/') && r.ok(), { timeout: 10_000 });
    await dialog.locator('input').first().fill('退款');
    await fragment;
    await expect.poll(() => dialog.locator('a[href*="/handbook/"], a[href*="/guide/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const problems = await violations('/handbook/ search dialog');
    if (problems.length) throw new Error(report(problems));
  });

  test('search: the search page shows results for a query in its URL', async () => {
    const fragment = page.waitForResponse((r) => r.url().includes('/pagefind/fragment/') && r.ok(), { timeout: 10_000 });
    await page.goto(`${siteUrl}${urlOf('search')}?q=${encodeURIComponent('争议')}`);
    await fragment;
    await expect.poll(() => page.locator('main a[href*="/handbook/"], main a[href*="/guide/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const problems = await violations('/search/?q=争议');
    if (problems.length) throw new Error(report(problems));
  });

  test('guide: the island changes step in place, without a page load', async () => {
    const start = urlOf('guide question');
    await page.goto(siteUrl + start, { waitUntil: 'networkidle' });
    const node = page.locator('[data-guide-node]');
    const before = await node.getAttribute('data-guide-id');
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    const option = page.locator('a[data-guide-option]').first();
    const target = new URL((await option.getAttribute('href'))!, siteUrl).pathname;
    await option.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(target);
    await expect.poll(() => node.getAttribute('data-guide-id')).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    const problems = await violations(`${start} guide island`);
    if (problems.length) throw new Error(report(problems));
  });

  test('copy to clipboard: a Russian template on an outcome page', async () => {
    const outcome = urlOf('guide outcome');
    const withTemplate = builtPages(dist).find(
      (u) => u.startsWith('/guide/') && readFileSync(`${dist}${u}index.html`, 'utf8').includes('data-guide-node="outcome"') &&
        readFileSync(`${dist}${u}index.html`, 'utf8').includes('lang="ru"'),
    );
    const url = withTemplate ?? outcome;
    await page.goto(siteUrl + url, { waitUntil: 'networkidle' });
    // Buyer messages are folded in an outcome: open the first one.
    await page.locator('.template-card summary').first().click();
    const button = page.locator('[data-guide-copy]').first();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied, `${url}: clipboard after clicking ${await button.innerText()}`).toMatch(/[\u0400-\u04FF]/);
    const problems = await violations(`${url} copy`);
    if (problems.length) throw new Error(report(problems));
  });
});
