/**
 * 退货数据分析 in Chromium: a real upload through the file input, the numbers on the page, the tables
 * behind the charts, the CSV download, the column mapping, bad files, print, and proof that the file
 * never leaves the browser (every request during an analysis is recorded).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';
import { axeFailures, overflowFailures, report } from './gates-shared';

const site = inject('siteUrl');
const URL_PATH = '/tools/returns/';
const fixture = (name: string) => path.resolve('test/fixtures/returns', name);
let browser: Browser;
let tmp: string;

beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  tmp = mkdtempSync(path.join(tmpdir(), 'returns-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(site + URL_PATH);
  await page.locator('#returns-file:not([disabled])').waitFor();
  return { page, errors };
}

async function upload(page: Page, file: string): Promise<void> {
  await page.locator('#returns-file').setInputFiles(file);
}

const rowOf = (page: Page, table: string, header: string) =>
  page.locator(`table[aria-labelledby="${table}"] tbody tr`, { has: page.locator('th', { hasText: header }) });

const cells = async (page: Page, table: string, header: string) =>
  (await rowOf(page, table, header).locator('td').allInnerTexts()).map((t) => t.trim());

describe('returns analysis', () => {
  it('analyses the cabinet CSV: totals, reasons with fixes, products, weeks, schemes, unreadable rows', async () => {
    const { page, errors } = await open();
    await upload(page, fixture('cabinet-utf8-bom.csv'));
    await page.locator('#returns-total').waitFor();
    expect(await page.locator('#returns-total').innerText()).toBe('34');
    expect(await page.locator('#returns-unreadable-count').innerText()).toBe('2 行');

    // By reason: the table equivalent of the bar chart, with the fix and a handbook link on each row.
    expect((await cells(page, 'returns-by-reason', '尺码不合适')).slice(0, 2)).toEqual(['8', '23.5%']);
    expect((await cells(page, 'returns-by-reason', '运输中损坏')).slice(0, 2)).toEqual(['6', '17.6%']);
    expect((await cells(page, 'returns-by-reason', '未归类')).slice(0, 2)).toEqual(['2', '5.9%']);
    const sizeLink = rowOf(page, 'returns-by-reason', '尺码不合适').locator('a');
    expect(await sizeLink.getAttribute('href')).toBe('/handbook/return-experience/#用尺码表和实拍图减少退货');
    expect(await page.locator('.returns-unclassified li').allInnerTexts()).toEqual(['Покупатель отказался при вручении：2 件']);
    const chart = page.locator('svg[role="img"]').first();
    expect(await chart.getAttribute('aria-label')).toContain('尺码不合适 8 件');
    expect(await chart.locator('rect').count()).toBe(8);
    const tableRows = await page.locator('table[aria-labelledby="returns-by-reason"] tbody tr').count();
    expect(tableRows).toBe(8);

    // Top products with their dominant reason.
    const first = page.locator('table[aria-labelledby="returns-products"] tbody tr').first();
    expect(await first.locator('th').innerText()).toContain('Платье летнее льняное');
    expect((await first.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['10', '尺码不合适（8 件）']);

    // Weekly trend: the table behind the chart adds up to the total.
    const weekly = await page.locator('table[aria-labelledby="returns-weekly"] tbody td').allTextContents();
    expect(weekly.length).toBe(4);
    expect(weekly.reduce((s, t) => s + Number(t), 0)).toBe(34);

    expect((await cells(page, 'returns-schemes', 'FBO')).slice(0, 2)).toEqual(['15', '44.1%']);
    expect(await page.locator('table[aria-labelledby="returns-unreadable"] tbody th').allInnerTexts()).toEqual(['第 37 行', '第 38 行']);

    // Return rate once the seller gives the order count.
    await page.locator('.returns-orders input').fill('340');
    await page.locator('#returns-rate').waitFor();
    expect(await page.locator('#returns-rate').innerText()).toBe('10.0%');
    expect(errors).toEqual([]);

    // CSV export: what the seller downloads, with the return rate just entered.
    await page.waitForFunction(() => document.querySelector('a[download]')?.getAttribute('href')?.startsWith('blob:'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download]').click()]);
    const saved = path.join(tmp, 'export.csv');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toContainEqual(['合计', '退货件数', '34', '', '可读行 34，无法读取的行 2']);
    expect(rows).toContainEqual(['合计', '退货率', '34', '10.0%', '订单数 340']);
    expect(rows).toContainEqual(expect.arrayContaining(['按原因', '尺码不合适', '8', '23.5%']));
    expect(rows).toContainEqual(['按履约模式', 'FBO', '15', '44.1%', '']);
    expect(rows.filter((r) => r[0] === '无法读取的行').map((r) => r[1])).toEqual(['第 37 行', '第 38 行']);

    // The page with results passes axe too: on a phone, on a wide screen, and in the dark scheme;
    // and nothing scrolls sideways on the narrowest phone.
    const failures = await axeFailures(page, `${URL_PATH} with results [390 px]`);
    await page.setViewportSize({ width: 360, height: 740 });
    failures.push(...(await overflowFailures(page, `${URL_PATH} with results [360 px]`)));
    await page.setViewportSize({ width: 1280, height: 800 });
    failures.push(...(await axeFailures(page, `${URL_PATH} with results [1280 px]`)));
    await page.emulateMedia({ colorScheme: 'dark' });
    failures.push(...(await axeFailures(page, `${URL_PATH} with results [1280 px, dark]`)));
    if (failures.length) throw new Error(report(failures));
    await page.close();
  });

  it.for([
    ['cabinet-windows-1251.csv', '34'],
    ['returns-en.csv', '34'],
    ['cabinet.xlsx', '34'],
    ['api-v1-returns-list.json', '29'],
    ['api-v2-rfbs-list.json', '6'],
  ])('reads %s', async ([name, total]) => {
    const { page, errors } = await open();
    await upload(page, fixture(name!));
    await page.locator('#returns-total').waitFor();
    expect(await page.locator('#returns-total').innerText()).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the seller choose the reason column when none is recognised, and re-counts', async () => {
    const { page } = await open();
    await upload(page, fixture('no-columns.csv'));
    await page.locator('[role="alert"]', { hasText: '没有认出任何一列' }).waitFor();
    expect(await page.locator('#returns-total').count()).toBe(0);
    await page.locator('select[name="column-reason"]').selectOption({ label: '第 2 列：Колонка 2' });
    await page.locator('#returns-total').waitFor();
    expect(await page.locator('#returns-total').innerText()).toBe('2');
    expect((await cells(page, 'returns-by-reason', '未归类')).slice(0, 2)).toEqual(['2', '100.0%']);
    await page.close();
  });

  it('gives each bad file a Chinese message and stays usable for the next one', async () => {
    const { page, errors } = await open();
    const big = path.join(tmp, 'big.csv');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const cases = [
      ['empty.csv', '空的'],
      ['header-only.csv', '只有表头'],
      ['not-a-spreadsheet.png', '不是表格文件'],
      [big, '超过了'],
    ];
    for (const [file, message] of cases) {
      await upload(page, file!.startsWith('/') ? file! : fixture(file!));
      const alert = page.locator('#returns-error');
      await alert.waitFor();
      expect(await alert.innerText(), file).toContain(message);
    }
    await upload(page, fixture('cabinet.xlsx'));
    await page.locator('#returns-total').waitFor();
    expect(await page.locator('#returns-error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the results without the upload and mapping controls', async () => {
    const { page } = await open();
    await upload(page, fixture('cabinet-utf8-bom.csv'));
    await page.locator('#returns-total').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.returns-upload').isVisible()).toBe(false);
    expect(await page.locator('.returns-columns').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#returns-total').isVisible()).toBe(true);
    expect(await page.locator('table[aria-labelledby="returns-weekly"]').isVisible()).toBe(true);
    await page.close();
  });

  it('sends nothing anywhere during an analysis: only the page’s own worker script is fetched', async () => {
    const page = await browser.context.newPage();
    const before: Request[] = [];
    const during: Request[] = [];
    let analysing = false;
    page.on('request', (r) => (analysing ? during : before).push(r));
    await page.goto(site + URL_PATH, { waitUntil: 'networkidle' });
    await page.locator('#returns-file:not([disabled])').waitFor();
    const origin = new URL(site).origin;
    expect(before.filter((r) => new URL(r.url()).origin !== origin).map((r) => r.url())).toEqual([]);

    analysing = true;
    for (const name of ['cabinet-utf8-bom.csv', 'cabinet.xlsx', 'api-v1-returns-list.json']) {
      await upload(page, fixture(name));
      await page.locator('#returns-total').waitFor();
    }
    await page.locator('.returns-orders input').fill('100');
    await page.locator('#returns-rate').waitFor();
    await page.waitForLoadState('networkidle');
    const seen = during.map((r) => `${r.method()} ${r.url()} ${r.resourceType()}`);
    // The recorder works: the first analysis fetched the worker script.
    expect(seen.some((s) => s.includes('/_astro/worker-')), seen.join('\n')).toBe(true);
    for (const r of during) {
      const url = new URL(r.url());
      expect(url.origin, seen.join('\n')).toBe(origin);
      expect(r.method(), seen.join('\n')).toBe('GET');
      expect(r.postData(), seen.join('\n')).toBeNull();
      expect(url.pathname, seen.join('\n')).toMatch(/^\/_astro\/worker-[\w-]+\.js$/);
      expect(url.search, seen.join('\n')).toBe('');
    }
    await page.close();
  });

  it('without JavaScript explains how to do the analysis by hand and still shows every fix', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(site + URL_PATH);
      expect(await page.locator('noscript, .returns-error').first().innerText()).toContain('JavaScript');
      expect(await page.locator('#returns-file').isDisabled()).toBe(true);
      expect(await page.locator('section[aria-labelledby="returns-fixes"] tbody tr').count()).toBe(7);
    } finally {
      await noJs.close();
    }
  });
});
