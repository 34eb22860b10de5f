/**
 * The decision guide in Chromium at 390 px, against the built site. Paths come from the built guide parts, so the
 * test follows the real tree as editors change it: three different outcomes with JavaScript, one without.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enumeratePaths, type GuidePathEntry } from '../../src/lib/guide/enumerate';
import type { GuideData } from '../../src/lib/guide/data';
import { builtGuide } from '../support/built-guide';
import { changeAnswer, resolvePath } from '../../src/lib/guide/state';
import { isOutcome, isQuestion } from '../../src/lib/guide/types';
import { collectErrors, openBrowser, type Browser } from '../support/browser';

const siteUrl = inject('siteUrl');
let data: GuideData;
let outcomePaths: GuidePathEntry[];
let browser: Browser;

const url = (segments: string[]) => `${siteUrl}/guide/${segments.map((s) => `${s}/`).join('')}`;
const stepId = (page: Page) => page.locator('[data-guide-node]').getAttribute('data-guide-id');

async function openReady(page: Page, segments: string[]) {
  await page.goto(url(segments));
  await page.waitForSelector('.guide[data-guide-ready]');
}

/** Clicks through `segments` from the current page, checking that no page load happens in between. */
async function answer(page: Page, segments: string[], from = 0) {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  for (let i = from; i < segments.length; i++) {
    await page.click(`a[data-guide-option="${segments[i]}"]`);
    await page.waitForURL(url(segments.slice(0, i + 1)));
  }
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
}

beforeAll(async () => {
  data = builtGuide(inject('siteDist'));
  const all = enumeratePaths(data.tree).filter((p) => isOutcome(data.tree[p.nodeId]));
  // Three outcomes reached through different first answers where the tree allows it.
  const byFirst = new Map<string, GuidePathEntry>();
  for (const p of all) if (!byFirst.has(p.segments[0]!)) byFirst.set(p.segments[0]!, p);
  outcomePaths = [...byFirst.values(), ...all].filter((p, i, a) => a.findIndex((q) => q.nodeId === p.nodeId) === i).slice(0, 3);
  browser = await openBrowser();
});

afterAll(async () => browser?.close());

describe('guide with JavaScript', () => {
  it('walks three paths to three different outcomes without page loads', async () => {
    expect(new Set(outcomePaths.map((p) => p.nodeId)).size).toBe(3);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const parts: string[] = [];
    page.on('request', (r) => r.url().includes('/guide/data/') && parts.push(new URL(r.url()).pathname));
    for (const path of outcomePaths) {
      await openReady(page, []);
      // No guide data is loaded before the reader answers.
      expect(parts).toEqual([]);
      await answer(page, path.segments);
      expect(await page.getAttribute('[data-guide-node]', 'data-guide-node')).toBe('outcome');
      expect(await stepId(page)).toBe(path.nodeId);
      // Focus moved to the new heading and the live region says where the reader is.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-heading');
      expect(await page.textContent('[aria-live]')).toContain('处理方案');
      expect(await page.locator('.guide-answers [data-guide-change]').count()).toBe(path.segments.length);
      // Then only the parts of the nodes on the path, each once.
      expect(parts.length).toBeLessThanOrEqual(path.segments.length + 1);
      expect(new Set(parts).size).toBe(parts.length);
      parts.length = 0;
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes back with the browser Back button and forward again', async () => {
    const page = await browser.context.newPage();
    const path = outcomePaths[0]!.segments;
    await openReady(page, []);
    await answer(page, path);
    await page.goBack();
    await page.waitForURL(url(path.slice(0, -1)));
    expect(await stepId(page)).toBe(resolvePath(data.tree, path.slice(0, -1)).nodeId);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-heading');
    await page.goForward();
    await page.waitForURL(url(path));
    expect(await stepId(page)).toBe(outcomePaths[0]!.nodeId);
    await page.close();
  });

  it('changes an earlier answer and keeps the later answers that still apply', async () => {
    const page = await browser.context.newPage();
    // A path whose first question has another option to switch to.
    const path = outcomePaths.find((p) => p.segments.length >= 2)!.segments;
    await openReady(page, path);
    await page.click('.guide-answers summary');
    await page.click('[data-guide-change="0"]');
    await page.waitForURL(url([]));
    expect(await stepId(page)).toBe('start');
    const start = data.tree.start!;
    if (!isQuestion(start)) throw new Error('start must be a question');
    const other = start.options.find((o) => o.value !== path[0])!.value;
    await page.click(`a[data-guide-option="${other}"]`);
    const expected = changeAnswer(data.tree, path, 0, other);
    await page.waitForURL(url(expected));
    expect(await stepId(page)).toBe(resolvePath(data.tree, expected).nodeId);
    await page.close();
  });

  it('keeps a later answer when another branch asks the same question (e.g. switching FBS to rFBS)', async () => {
    // Find, in the real tree, a change of the second answer after which the third answer still applies.
    const candidates = outcomePaths.flatMap(({ segments }) => {
      const second = data.tree[resolvePath(data.tree, segments.slice(0, 1)).nodeId];
      if (segments.length < 3 || !isQuestion(second)) return [];
      return second.options
        .filter((o) => o.value !== segments[1])
        .map((o) => ({ segments, value: o.value, expected: changeAnswer(data.tree, segments, 1, o.value) }))
        .filter((c) => c.expected.length >= 3 && c.expected[2] === segments[2]);
    });
    expect(candidates.length).toBeGreaterThan(0);
    const { segments, value, expected } = candidates[0]!;
    const page = await browser.context.newPage();
    await openReady(page, segments);
    await page.click('.guide-answers summary');
    await page.click('[data-guide-change="1"]');
    await page.waitForURL(url(segments.slice(0, 1)));
    await page.click(`a[data-guide-option="${value}"]`);
    await page.waitForURL(url(expected));
    expect(await page.locator('.guide-answers [data-guide-change]').count()).toBe(expected.length);
    await page.close();
  });

  it('shows the same outcome after a reload, with checklist ticks kept', async () => {
    const page = await browser.context.newPage();
    const { segments, nodeId } = outcomePaths[1]!;
    await openReady(page, segments);
    const boxes = page.locator('.guide-checklist input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(0);
    await boxes.first().check();
    await page.reload();
    await page.waitForSelector('.guide[data-guide-ready]');
    expect(await stepId(page)).toBe(nodeId);
    expect(await page.locator('.guide-checklist input[type="checkbox"]').first().isChecked()).toBe(true);
    await page.close();
  });

  it('copies a template’s Russian text to the clipboard', async () => {
    // An outcome whose first message greets the buyer by name, so both copy buttons are there.
    const withTemplate = enumeratePaths(data.tree).find((p) => {
      const node = data.tree[p.nodeId];
      const first = isOutcome(node) ? node.templates?.[0] : undefined;
      return first !== undefined && data.templates[first]!.ru.includes('[имя покупателя]');
    })!;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const page = await browser.context.newPage();
    await openReady(page, withTemplate.segments);
    await page.locator('.template-card summary').first().click();
    const button = page.locator('[data-guide-copy]').first();
    const id = await button.getAttribute('data-guide-copy');
    await button.click();
    await page.locator('[data-guide-copy]', { hasText: '已复制' }).first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(data.templates[id!]!.ru);
    // The same message for a buyer whose name the cabinet does not show.
    const noName = page.locator(`[data-guide-copy="${id}-noname"]`);
    await noName.click();
    await page.locator(`[data-guide-copy="${id}-noname"]`, { hasText: '已复制' }).waitFor();
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain.startsWith('Здравствуйте!')).toBe(true);
    expect(plain).not.toContain('[имя покупателя]');
    await page.close();
  });

  it('offers the last valid step on the 404 page for a stale guide link', async () => {
    const page = await browser.context.newPage();
    const path = outcomePaths[0]!.segments;
    const response = await page.goto(url([path[0]!, 'no-such-answer']));
    expect(response?.status()).toBe(404);
    const link = page.locator('[data-guide-recover-link]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/guide/${path[0]}/`);
    await page.close();
  });
});

describe('guide without JavaScript', () => {
  it('reaches an outcome through plain links, with no dead buttons', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    const { segments, nodeId } = outcomePaths[2]!;
    await page.goto(url([]));
    for (const [i, value] of segments.entries()) {
      await page.click(`a[data-guide-option="${value}"]`);
      await page.waitForURL(url(segments.slice(0, i + 1)));
      expect(await page.locator('.guide-answers [data-guide-change]').count()).toBe(i + 1);
    }
    expect(await stepId(page)).toBe(nodeId);
    expect(await page.locator('.guide-step button, .guide-step input').count()).toBe(0);
    await page.click('.guide-back');
    await page.waitForURL(url(segments.slice(0, -1)));
    const missing = await page.goto(url(['no-such-answer']));
    expect(missing?.status()).toBe(404);
    expect(await page.locator('main a[href="/guide/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});
