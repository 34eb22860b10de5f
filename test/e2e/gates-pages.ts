/**
 * The per-page gates, run over one shard of every built page: axe (WCAG 2.1 A/AA) at 390 px in the light
 * scheme, no horizontal overflow at 360 px, no console error, uncaught exception or request to another host.
 * One browser and one tab per test file, reused for every page, so hundreds of guide steps stay fast.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../support/browser';
import { builtPages, overflowFailures, preloadAxe, preloadedAxeFailures, report, shard, watch } from './gates-shared';

export function definePageGates(index: number, count: number): void {
  const siteUrl = inject('siteUrl');
  const pages = shard(builtPages(inject('siteDist')), index, count);

  describe(`every page, shard ${index + 1} of ${count}`, () => {
    let browser: Browser;
    let page: Page;
    let watcher: ReturnType<typeof watch>;

    beforeAll(async () => {
      browser = await openBrowser({ colorScheme: 'light', viewport: { width: 390, height: 844 } });
      await preloadAxe(browser.context);
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      watcher = watch(page, new URL(siteUrl).origin);
    });
    afterAll(async () => browser?.close());

    test('the shard is not empty', () => {
      expect(pages.length).toBeGreaterThan(0);
    });

    test.for(pages)('%s passes axe, overflow, console and request gates', async (url) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const response = await page.goto(siteUrl + url, { waitUntil: 'load' });
      const failures: string[] = [];
      if (!response?.ok()) failures.push(`${url} — HTTP status ${response?.status()}`);
      failures.push(...(await preloadedAxeFailures(page, `${url} [390 px, light]`)));
      await page.setViewportSize({ width: 360, height: 740 });
      failures.push(...(await overflowFailures(page, `${url} [360 px]`)));
      failures.push(...watcher.take(url));
      if (failures.length) throw new Error(report(failures));
    });
  });
}
