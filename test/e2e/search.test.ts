/**
 * The search UI in Chromium against the built site: the `/` shortcut, results with highlights, Enter to
 * the right heading, filter chips, the shareable /search/?q= page, the no-JavaScript message, and the
 * promise that a page that is only read never fetches anything from /pagefind/.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(path: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, requests, errors };
}

async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  const input = page.locator('dialog[open] input[type="search"]');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.pressSequentially(query);
  await page.locator('dialog[open] .search-hit .search-hit-excerpt mark').first().waitFor();
}

describe('search', () => {
  it('loads nothing from /pagefind/ while a page is only read, and at most 2 KB gzip of JavaScript', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const scripts: Promise<number>[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}/handbook/precautions/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.includes('/pagefind/') || p.includes('search-facts'))).toEqual([]);
    // Fetched scripts plus the inline ones (the page's own code is one small inline module).
    const inline = await page.evaluate(() => Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '').join('\n'));
    const jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + gzipSync(inline, { level: 9 }).length;
    expect(jsBytes).toBeGreaterThan(0);
    expect(jsBytes).toBeLessThanOrEqual(2048);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with `/`, shows a highlighted precaution for 包装, and Enter goes to its heading', async () => {
    const { page, errors } = await openPage('/handbook/overview/');
    await searchInDialog(page, '包装');
    const first = page.locator('dialog[open] .search-hit').first();
    await expect.poll(() => first.locator('.search-hit-kind').textContent()).toBe('注意事项');
    expect(await first.locator('mark').first().textContent()).toBe('包装');
    await expect.poll(() => first.locator('a[data-result]').first().getAttribute('href')).toContain('#');
    const href = (await first.locator('a[data-result]').first().getAttribute('href'))!;
    const heading = decodeURIComponent(href.split('#')[1]!);
    expect(heading).toContain('包装');

    await page.locator('dialog[open] input[type="search"]').press('Enter');
    await page.waitForURL((url) => url.pathname === '/handbook/precautions/' && decodeURIComponent(url.hash) === `#${heading}`);
    const target = page.locator(`[id="${heading}"]`);
    await expect.poll(() => target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves through results with the arrow keys and closes with Esc, returning focus', async () => {
    const { page } = await openPage('/templates/');
    // The header's search button (the 搜索 link sits in the wide-screen navigation, hidden on a phone).
    const link = page.locator('button[data-search-open]');
    await link.focus();
    await link.press('Enter');
    const input = page.locator('dialog[open] input[type="search"]');
    await input.waitFor();
    await input.pressSequentially('证据');
    await page.locator('dialog[open] .search-hit').first().waitFor();
    await input.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] a[data-result]'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] input'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.close();
  });

  it('narrows the results with a filter chip and shows counts', async () => {
    const { page } = await openPage('/handbook/');
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input[type="search"]').pressSequentially('争议');
    await page.locator('dialog[open] .search-hit').first().waitFor();
    const all = await page.locator('dialog[open] .search-status').textContent();
    const total = Number(/找到 (\d+) 个页面/.exec(all!)![1]);
    const chip = page.locator('dialog[open] .search-filter-group[aria-label="按类型筛选"] button', { hasText: '注意事项' });
    const count = Number(await chip.locator('.search-chip-count').textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('dialog[open] .search-hit').count()).toBe(Math.min(count, 6));
    const kinds = await page.locator('dialog[open] .search-hit-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['注意事项']));
    await page.close();
  });

  it('shows results for /search/?q=争议 on a fresh load and keeps q in the address', async () => {
    const { page, errors } = await openPage('/search/?q=%E4%BA%89%E8%AE%AE');
    await page.locator('#search-page-root .search-hit mark').first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('争议');
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    await page.locator('#search-page-input').fill('拦截');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '拦截');
    await page.locator('.search-status', { hasText: '「拦截」' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds pages for colloquial and traditional words and suggests alternatives when nothing matches', async () => {
    const { page } = await openPage('/search/?q=%E9%80%80%E8%B2%A8');
    await page.locator('.search-status', { hasText: '「退货」' }).waitFor();
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);

    await page.locator('#search-page-input').fill('退钱');
    await page.locator('.search-hit mark', { hasText: '退款' }).first().waitFor();

    await page.locator('#search-page-input').fill('量子纠缠');
    await page.locator('.search-status', { hasText: '没有找到「量子纠缠」' }).waitFor();
    expect(await page.locator('.search-empty a[href="/guide/"]').count()).toBe(1);
    await page.close();
  });

  it('says plainly without JavaScript that search needs it, with a link to the handbook contents', async () => {
    const plain = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(`${siteUrl}/search/?q=包装`);
      const notice = page.locator('main .search-nojs');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('搜索需要浏览器启用 JavaScript');
      expect(await notice.locator('a[href="/handbook/"]').count()).toBe(1);
      // In the wide-screen navigation and in the menu.
      expect(await page.locator('header a[href="/search/"]').count()).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });
});
