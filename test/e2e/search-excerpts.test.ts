/**
 * Result excerpts come from each page's Pagefind fragment (2 to 11 KB). The dialog fetches them for the
 * rows the first screen shows, then for the rows the reader scrolls to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('search result excerpts', () => {
  it('are fetched for the rows on the first screen, and for the others once scrolled to', async () => {
    const page = await browser.context.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
    });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}/handbook/precautions/`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await page.locator('dialog[open] input[type="search"]').fill('包装');
    const rows = page.locator('dialog[open] .search-hit');
    await rows.first().locator('.search-hit-excerpt mark').first().waitFor();
    await page.waitForTimeout(500);

    const count = await rows.count();
    const waiting = await rows.locator('.search-hit-loading').count();
    expect(count).toBe(6);
    // The first row's excerpt and sections fill most of a phone's screen: the last rows wait.
    expect(waiting).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(count - waiting);
    // Every row with its excerpt is at least partly on screen, now that the excerpts above it have arrived.
    const offScreen = await page.evaluate(() => {
      const bottom = document.querySelector('dialog[open]')!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll('dialog[open] .search-hit')]
        .filter((row) => !row.querySelector('.search-hit-loading') && row.getBoundingClientRect().top >= bottom)
        .map((row) => row.querySelector('.search-hit-title')?.textContent);
    });
    expect(offScreen).toEqual([]);

    await rows.last().scrollIntoViewIfNeeded();
    await rows.last().locator('.search-hit-excerpt:not(.search-hit-loading)').first().waitFor();
    expect(fragments.length).toBeGreaterThan(count - waiting);
    expect(errors).toEqual([]);
    await page.close();
  });
});
