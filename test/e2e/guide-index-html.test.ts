/**
 * A guide step opened through its file name (…/index.html, as some hosts and copied links show it), then an
 * answer, then Back: the reader is on the step again with no notice about a stale answer in the link.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { isQuestion } from '../../src/lib/guide/types';
import { collectErrors, openBrowser, type Browser } from '../support/browser';
import { builtGuide } from '../support/built-guide';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => browser?.close());

it('shows no stale-answer notice after Back to a step opened as …/index.html', async () => {
  const start = builtGuide(inject('siteDist')).tree.start!;
  if (!isQuestion(start)) throw new Error('the guide starts with a question');
  const first = start.options[0]!.value;
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}/guide/index.html`);
  await page.waitForSelector('.guide[data-guide-ready]');
  await page.click(`a[data-guide-option="${first}"]`);
  await page.waitForURL(`${siteUrl}/guide/${first}/`);
  await page.goBack();
  await page.waitForURL(`${siteUrl}/guide/index.html`);
  await expect.poll(() => page.getAttribute('[data-guide-node]', 'data-guide-id')).toBe('start');
  expect(await page.locator('.guide-notice').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
