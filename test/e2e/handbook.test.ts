/** A new reader's first minute: home → 手册 → a page → previous/next, on a phone and on a laptop. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const site = inject('siteUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  errors = collectErrors(page);
});
afterAll(() => browser.close());

const h1 = () => page.locator('h1').innerText();

describe('reading the handbook', () => {
  it('goes from the home page through the main navigation into the handbook', async () => {
    await page.goto(`${site}/`);
    // On a phone the main navigation lives in the menu.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('dialog', { name: '菜单' }).getByRole('link', { name: '手册目录' }).click();
    await page.waitForURL(`${site}/handbook/`);
    expect(await h1()).toBe('手册目录');
    await page.getByRole('main').getByRole('link', { name: '总览' }).click();
    await page.waitForURL(`${site}/handbook/overview/`);
    expect(await h1()).toBe('总览');
  });

  it('moves forward and back with next/previous', async () => {
    const nextTitle = await page.locator('a[rel="next"] span:not(.hint)').innerText();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/handbook\/(?!overview)[^/]+\/$/);
    expect(await h1()).toBe(nextTitle);
    const secondUrl = page.url();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL((url) => url.href !== secondUrl);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(secondUrl);
    expect(await h1()).toBe(nextTitle);
  });

  it('lists the handbook in the menu on a phone, with the current page marked', async () => {
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    await page.getByRole('button', { name: '菜单' }).click();
    const current = page.getByRole('dialog', { name: '菜单' }).locator('a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    expect(await current.innerText()).toBe(await h1());
    await page.keyboard.press('Escape');
  });

  it('shows the sidebar and the on-page contents without a click on a wide screen', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${site}/handbook/precautions/`);
    expect(await page.locator('nav.sidebar a[aria-current="page"]').isVisible()).toBe(true);
    const tocLink = page.locator('details.toc ol a').first();
    expect(await tocLink.isVisible()).toBe(true);
    await tocLink.click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${hash}"]`).isVisible()).toBe(true);
  });

  it('reached every page without a console error', () => {
    expect(errors).toEqual([]);
  });
});
