/**
 * One page of each kind (home, handbook, guide question, guide outcome, guide map, templates, rules, rule
 * changes, search, returns tool, 404) through axe in the dark scheme and at 1280 px, where colours and the wide
 * grid differ from the every-page run at 390 px. A kind the build does not produce fails here, so a missing route
 * is noticed.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../support/browser';
import { axeFailures, builtPages, overflowFailures, pagesOfEachKind, report, watch } from './gates-shared';

const siteUrl = inject('siteUrl');
const kinds = pagesOfEachKind(inject('siteDist'), builtPages(inject('siteDist')));

const variants = [
  { name: 'dark, 390 px', colorScheme: 'dark', width: 390, height: 844 },
  { name: 'light, 1280 px', colorScheme: 'light', width: 1280, height: 800 },
  { name: 'dark, 1280 px', colorScheme: 'dark', width: 1280, height: 800 },
] as const;

describe('one page of each kind, dark scheme and wide screen', () => {
  let browser: Browser;
  let page: Page;
  let watcher: ReturnType<typeof watch>;

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    watcher = watch(page, new URL(siteUrl).origin);
  });
  afterAll(async () => browser?.close());

  test.for(kinds)('$kind page passes axe in the dark scheme and at 1280 px', async ({ kind, url }) => {
    expect(url, `the build has no ${kind} page`).toBeDefined();
    const failures: string[] = [];
    for (const v of variants) {
      await page.emulateMedia({ colorScheme: v.colorScheme });
      await page.setViewportSize({ width: v.width, height: v.height });
      await page.goto(siteUrl + url!, { waitUntil: 'load' });
      failures.push(...(await axeFailures(page, `${url} [${v.name}]`)));
      failures.push(...(await overflowFailures(page, `${url} [${v.name}]`)));
      failures.push(...watcher.take(`${url} [${v.name}]`));
    }
    if (failures.length) throw new Error(report(failures));
  });
});
