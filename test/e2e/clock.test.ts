/**
 * 还剩多少时间 in Chromium: open the folded clock on a real guide outcome, fill in the start, read the Beijing and
 * Moscow times, reload the shared URL, download the .ics and parse it back; the rules page carries the same clock,
 * unfolded.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDuration, type ClockEntry } from '../../src/lib/clock/deadlines';
import { formatInZone, inputValues } from '../../src/lib/clock/zones';
import { enumeratePaths } from '../../src/lib/guide/enumerate';
import { isOutcome } from '../../src/lib/guide/types';
import { collectErrors, openBrowser, type Browser } from '../support/browser';
import { builtGuide } from '../support/built-guide';

const siteUrl = inject('siteUrl');
let browser: Browser;
let outcomeUrl: string;
let entries: ClockEntry[];

beforeAll(async () => {
  const data = builtGuide(inject('siteDist'));
  const clockOf = (id: string) => {
    const node = data.tree[id];
    if (!isOutcome(node)) return [];
    const seen = new Set<string>();
    return (node.deadlines ?? [])
      .filter((d) => !d.models || d.models.includes('FBO'))
      .flatMap((d) => (data.rules[d.rule]?.clock ?? []).filter((e) => !seen.has(e.key) && seen.add(e.key)));
  };
  // An outcome reached with a model answer, so every deadline line on the path applies and shows.
  const found = enumeratePaths(data.tree).find((p) => p.segments.includes('fbo') && clockOf(p.nodeId).length > 0);
  if (!found) throw new Error('no guide outcome with a countable deadline on an FBO path');
  outcomeUrl = `${siteUrl}/guide/${found.segments.map((s) => `${s}/`).join('')}`;
  entries = clockOf(found.nodeId).filter((e) => !e.key.includes('~'));
  browser = await openBrowser({ acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the deadline clock on a guide outcome', () => {
  it('shows each deadline in both zones, keeps the start in a shareable URL and downloads an .ics', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(outcomeUrl);
    // Folded to one line until the seller opens it.
    const form = page.locator('.clock-form');
    await page.locator('.clock-open').waitFor();
    expect(await form.isVisible()).toBe(false);
    await page.locator('.clock-open summary').click();
    expect(await form.isVisible()).toBe(true);
    // Two hours ago, on the Moscow clock the cabinet shows.
    const start = new Date(Math.floor((Date.now() - 2 * 3_600_000) / 60_000) * 60_000);
    const { date, time } = inputValues(start, 'moscow');
    await page.getByLabel('日期', { exact: true }).fill(date);
    await page.getByLabel('时间', { exact: true }).fill(time);
    await page.getByRole('button', { name: '计算' }).click();

    const first = entries[0]!;
    const due = addDuration(start, first.duration);
    const card = page.locator('.clock-row', { hasText: first.label }).first();
    await expect.poll(() => card.locator('[data-clock-moscow]').textContent()).toBe(formatInZone(due, 'moscow'));
    expect(await card.locator('[data-clock-beijing]').textContent()).toBe(formatInZone(due, 'beijing'));
    expect(await card.locator('[data-clock-remaining]').textContent()).toMatch(/^(还剩|已过) /);

    const shared = page.url();
    expect(new URL(shared).searchParams.get('start')).toBe(`${date}T${time}+03:00`);
    // A colleague opening the shared link sees the times at once, with the form still folded.
    await page.goto(shared);
    await expect.poll(() => page.locator('.clock-row', { hasText: first.label }).first().locator('[data-clock-beijing]').textContent()).toBe(
      formatInZone(due, 'beijing'),
    );
    expect(await page.locator('.clock-form').isVisible()).toBe(false);
    expect(await page.getByLabel('时间', { exact: true }).inputValue()).toBe(time);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '加入日历（.ics）' }).click()]);
    expect(download.suggestedFilename()).toBe('退款期限.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.length).toBe(await page.locator('.clock-row').count());
    const starts = events.map((e) => e.startDate.toJSDate().getTime());
    expect(starts).toContain(due.getTime());
    expect(events.every((e) => e.component.getFirstPropertyValue('url') === shared)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a start in the future instead of computing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${outcomeUrl}?start=2099-01-01T10:00%2B03:00`);
    await expect.poll(() => page.locator('.clock-notice').first().textContent()).toContain('还没到');
    expect(await page.locator('.clock-row').count()).toBe(0);
    await page.close();
  });

  it('leaves the deadline list as it was without JavaScript', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(outcomeUrl);
    expect(await page.locator('.guide-deadlines li').count()).toBeGreaterThan(0);
    expect(await page.locator('.clock').count()).toBe(0);
    await noJs.close();
  });
});

/** The .ics builder's script, which waits in the page's template until the seller asks for a calendar file. */
async function calendarBuilderUrl(page: Page): Promise<string> {
  const src = await page
    .locator('template#deadline-calendar-loader')
    .evaluate((t: HTMLTemplateElement) => t.content.querySelector('script')!.getAttribute('src')!);
  return new URL(src, page.url()).href;
}

describe('the deadline clock on 规则速查', () => {
  it('counts every duration rule from one start and downloads them as an .ics', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${siteUrl}/rules/`);
    await page.locator('#deadline-clock .clock-form').waitFor();
    await page.getByRole('button', { name: '用现在的时间' }).click();
    const rows = page.locator('#deadline-clock .clock-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    expect(await rows.filter({ hasText: '72 小时' }).count()).toBeGreaterThan(0);
    // The .ics builder (about 20 KB) is fetched only when the seller asks for the file.
    const builder = await calendarBuilderUrl(page);
    expect(fetched).not.toContain(builder);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '加入日历（.ics）' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBe(await rows.count());
    expect(fetched).toContain(builder);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the .ics builder cannot be fetched', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}/rules/`);
    await page.route(await calendarBuilderUrl(page), (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: '用现在的时间' }).click();
    await page.getByRole('button', { name: '加入日历（.ics）' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('日历文件没能下载');
    expect(await page.locator('#deadline-clock .clock-row').count()).toBeGreaterThan(10);
    await page.close();
  });
});
