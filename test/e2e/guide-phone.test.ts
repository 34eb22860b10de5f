/**
 * The guide on a phone (390×844, with JavaScript), over the built site: on every outcome page the verdict and the
 * first step are in the first viewport, and the first question shows all its answers within 1.5 screens.
 * One browser, pages in sequence.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GuideData } from '../../src/lib/guide/data';
import { enumeratePaths } from '../../src/lib/guide/enumerate';
import { isOutcome } from '../../src/lib/guide/types';
import { builtGuide } from '../support/built-guide';
import { openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
const VIEWPORT = { width: 390, height: 844 };
let data: GuideData;
let browser: Browser;

const url = (segments: string[]) => `${siteUrl}/guide/${segments.map((s) => `${s}/`).join('')}`;

beforeAll(async () => {
  data = builtGuide(inject('siteDist'));
  browser = await openBrowser({ viewport: VIEWPORT });
});

afterAll(async () => browser?.close());

describe('the guide on a 390×844 phone', () => {
  it('shows the verdict and the first step without scrolling, on every outcome page', { timeout: 300_000 }, async () => {
    const outcomes = enumeratePaths(data.tree).filter((p) => isOutcome(data.tree[p.nodeId]));
    expect(outcomes.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    const below: string[] = [];
    for (const { segments } of outcomes) {
      await page.goto(url(segments));
      await page.waitForSelector('.guide[data-guide-ready]');
      const bottoms = await page.evaluate(() => ({
        scrolled: scrollY,
        verdict: document.querySelector('.guide-verdict')!.getBoundingClientRect().bottom,
        step: document.querySelector('.guide-steps > li')!.getBoundingClientRect().bottom,
      }));
      expect(bottoms.scrolled).toBe(0);
      if (bottoms.verdict > VIEWPORT.height || bottoms.step > VIEWPORT.height)
        below.push(`/guide/${segments.join('/')}/: verdict ends at ${bottoms.verdict} px, first step at ${bottoms.step} px`);
    }
    expect(below).toEqual([]);
    await page.close();
  });

  it('lists every answer of the first question within 1.5 screens', async () => {
    const page = await browser.context.newPage();
    await page.goto(url([]));
    const last = await page.locator('a[data-guide-option]').last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(VIEWPORT.height * 1.5);
    await page.close();
  });

  it('opens the folded answers, a folded buyer message and the deadlines’ sources without JavaScript', async () => {
    const path = enumeratePaths(data.tree).find((p) => {
      const node = data.tree[p.nodeId];
      return isOutcome(node) && (node.templates?.length ?? 0) > 0 && (node.deadlines?.length ?? 0) > 0 && p.segments.length > 1;
    })!;
    const noJs = await openBrowser({ javaScriptEnabled: false, viewport: VIEWPORT });
    const page = await noJs.context.newPage();
    await page.goto(url(path.segments));
    const change = page.locator('[data-guide-change="0"]');
    expect(await change.isVisible()).toBe(false);
    await page.click('.guide-answers summary');
    expect(await change.isVisible()).toBe(true);
    const russian = page.locator('.template-card [data-template-text]').first();
    expect(await russian.isVisible()).toBe(false);
    await page.locator('.template-card summary').first().click();
    expect(await russian.isVisible()).toBe(true);
    const source = page.locator('.guide-sources a[href^="http"]').first();
    expect(await source.isVisible()).toBe(false);
    await page.click('.guide-sources summary');
    expect(await source.isVisible()).toBe(true);
    await noJs.close();
  });
});
