/** The templates page: every Russian text has a working copy button once JavaScript runs, and none without it. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(() => browser.close());

describe('buyer message templates', () => {
  it('copies the Russian text of the template whose button was pressed', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site}/templates/`);
    const cards = page.locator('.template-card');
    expect(await page.locator('.template-copy').count()).toBe(await cards.count());
    const second = cards.nth(1);
    const russian = (await second.locator('.template-text[lang="ru"]').innerText()).trim();
    await second.locator('.template-copy').click();
    await second.locator('.template-copy', { hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(russian);
    expect(await page.locator('#copy-status').innerText()).toContain('已复制');
    expect(errors).toEqual([]);
  });

  it('shows no copy button without JavaScript, but still the text to select', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${site}/templates/`);
      expect(await page.locator('.template-copy').count()).toBe(0);
      expect(await page.locator('.template-card [lang="ru"]').count()).toBeGreaterThan(10);
    } finally {
      await noJs.close();
    }
  });
});
