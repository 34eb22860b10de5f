/**
 * Result excerpts come from each page's Pagefind fragment (2 to 11 KB). The dialog fetches them for the
 * rows the first screen shows, then for the rows the reader scrolls to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Titles of the rows at least partly inside the open dialog, with or without their excerpt. */
function rowsOnScreen(page: Page): Promise<{ title: string; loaded: boolean }[]> {
  return page.evaluate(() => {
    const box = document.querySelector('dialog[open]')!.getBoundingClientRect();
    return [...document.querySelectorAll('dialog[open] .search-hit')]
      .filter((row) => row.getBoundingClientRect().top < box.bottom && row.getBoundingClientRect().bottom > box.top)
      .map((row) => ({ title: row.querySelector('.search-hit-title')?.textContent ?? '', loaded: !row.querySelector('.search-hit-loading') }));
  });
}

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
    await expect.poll(async () => (await rowsOnScreen(page)).every((r) => r.loaded)).toBe(true);

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

    // A reader scrolling to the last row gets its excerpt (rows above it may grow meanwhile: scroll again).
    await expect
      .poll(async () => {
        await rows.last().scrollIntoViewIfNeeded();
        return rows.last().locator('.search-hit-loading').count();
      })
      .toBe(0);
    expect(fragments.length).toBeGreaterThan(count - waiting);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are fetched for the rows a filter brings to the first screen', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}/handbook/precautions/`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await page.locator('dialog[open] input[type="search"]').fill('包装');
    await page.locator('dialog[open] .search-hit .search-hit-excerpt mark').first().waitFor();
    await expect.poll(async () => (await rowsOnScreen(page)).every((r) => r.loaded)).toBe(true);
    for (const chip of ['FBO', 'FBO', '向导结论']) {
      await page.locator('dialog[open] .search-filters button', { hasText: chip }).click();
      await expect.poll(async () => (await rowsOnScreen(page)).filter((r) => !r.loaded)).toEqual([]);
    }
    await page.close();
  });
});
