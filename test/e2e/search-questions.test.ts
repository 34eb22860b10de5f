/**
 * Questions typed the way sellers type them, in Chromium against the built site: the 「最可能的答案」
 * card when one page clearly answers, none when two fit equally, the top results, and (issue 12) a query
 * with invisible characters or of a pasted page's length.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  errors = collectErrors(page);
  await page.goto(`${siteUrl}/handbook/overview/`);
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  await page.locator('dialog[open] input[type="search"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');

/** Clear the box, type the question key by key, and wait for the status line to report it. */
async function ask(question: string): Promise<void> {
  const input = dialog().locator('input[type="search"]');
  await input.fill('');
  await dialog().locator('.search-hit').first().waitFor({ state: 'detached' });
  await input.pressSequentially(question);
  await dialog().locator('.search-status', { hasText: `「${halfWidth(question)}」找到` }).waitFor();
}

/** The status line shows the query as searched: full-width punctuation (，) half-width. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Paths of the first results, without the section anchor. */
async function topPaths(n: number): Promise<string[]> {
  const hrefs = await dialog().locator('.search-hit a.search-hit-main').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, n).map((href) => decodeURIComponent(href.split('#')[0]!));
}

const card = () => dialog().locator('.search-answer');

describe('questions in the search dialog', () => {
  it('answers 「FBS 订单买家拒收了怎么处理」 with the FBS refusal outcome and its verdict', async () => {
    await ask('FBS 订单买家拒收了怎么处理');
    expect(await card().locator('h2').textContent()).toBe('最可能的答案');
    await expect.poll(() => card().locator('a').getAttribute('href')).toBe('/guide/refused/fbs/');
    await expect.poll(async () => (await card().locator('.search-answer-lines').textContent())?.length ?? 0).toBeGreaterThan(15);
    expect(await topPaths(1)).toEqual(['/guide/refused/fbs/']);
    expect(await dialog().locator('.search-status').textContent()).toContain('按「FBS」「拒收」找答案');
  });

  it('answers 「买家把货调包了寄回来」 with the swapped-return outcome', async () => {
    await ask('买家把货调包了寄回来');
    await expect.poll(() => card().locator('a').getAttribute('href')).toBe('/guide/return-arrived/rfbs/used-or-swapped/');
    expect(await topPaths(1)).toEqual(['/guide/return-arrived/rfbs/used-or-swapped/']);
  });

  it('answers 「跨境退货要交关税吗」 with the handbook section on cross-border fees, linked to its heading', async () => {
    await ask('跨境退货要交关税吗');
    const link = card().locator('a');
    await expect.poll(() => link.getAttribute('href')).toMatch(/^\/handbook\/model-cross-border\/#/);
    const section = await card().locator('.search-answer-section').textContent();
    expect(section).toContain('税费');
    const anchor = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1]!);
    expect(anchor).toContain('税费');
  });

  it('shows no card for 「买家开了争议怎么办」, where two outcomes fit, and lists both first', async () => {
    await ask('买家开了争议怎么办');
    expect(await card().count()).toBe(0);
    expect((await topPaths(2)).sort()).toEqual(['/guide/dispute/evidence/', '/guide/dispute/none/']);
  });

  it('answers 「发错货了，但是我有打包视频」 with the wrong-item outcome for a seller who has the video', async () => {
    await ask('发错货了，但是我有打包视频');
    await expect.poll(() => card().locator('a').getAttribute('href')).toBe('/guide/delivered/fbs/wrong-item/video/');
    expect(await topPaths(1)).toEqual(['/guide/delivered/fbs/wrong-item/video/']);
  });

  it('reads 「退款以后钱对不上」 through the concept groups (钱对不上 → 资金看不懂) and answers with the money check', async () => {
    await ask('退款以后钱对不上');
    await expect.poll(() => card().locator('a').getAttribute('href')).toBe('/guide/refund-done/money/');
    expect(await topPaths(1)).toEqual(['/guide/refund-done/money/']);
    expect(await dialog().locator('.search-status').textContent()).toContain('钱对不上');
    expect(errors).toEqual([]);
  });
});

describe('robust at the edges (issue 12)', () => {
  it('ignores zero-width and bidi characters: same count, and the status line keeps its direction', async () => {
    await ask('包装');
    const plain = await dialog().locator('.search-status').textContent();
    await ask('拦截');
    await dialog().locator('input[type="search"]').fill('\u202e包\u200b装\u202c');
    await dialog().locator('.search-status', { hasText: '「包装」找到' }).waitFor();
    expect(await dialog().locator('.search-status').textContent()).toBe(plain);
    expect(plain).not.toMatch(/\p{Cf}/u);
  });

  it('searches only the first 64 characters of a pasted page, says so, and keeps the address short', async () => {
    const pasted = '买家拒收了怎么办'.repeat(200);
    const other = await browser.context.newPage();
    await other.goto(`${siteUrl}/search/?q=${encodeURIComponent(pasted)}`);
    await other.locator('.search-status', { hasText: '输入太长，只搜索了前 64 个字。' }).waitFor();
    await expect.poll(() => [...(new URL(other.url()).searchParams.get('q') ?? '')].length).toBeLessThanOrEqual(64);
    await other.close();
  });
});
