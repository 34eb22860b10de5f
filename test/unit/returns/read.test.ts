import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseDay, weekStart } from '../../../src/lib/returns/dates';
import { MAX_FILE_BYTES, ReturnsInputError } from '../../../src/lib/returns/errors';
import { summaryCsv } from '../../../src/lib/returns/export';
import { prepare, summarize } from '../../../src/lib/returns/pipeline';
import { buildReasonMatcher } from '../../../src/lib/returns/reasons';
import { COLUMNS, REASONS, fixture } from './dictionary';

const classify = buildReasonMatcher(REASONS);

async function run(name: string) {
  const prepared = await prepare(fixture(name), COLUMNS);
  return { prepared, summary: summarize(prepared, prepared.detected, classify) };
}

/** Hand-counted from test/support/returns-data.ts. */
const EXPECTED_BY_REASON = {
  size: 8, damaged: 6, defective: 6, 'changed-mind': 5, 'wrong-or-missing': 4, 'not-as-described': 2, unclassified: 2, other: 1,
};

describe('every fixture format gives the same analysis', () => {
  it.for(['cabinet-utf8-bom.csv', 'cabinet-windows-1251.csv', 'returns-en.csv', 'cabinet.xlsx'])('%s', async (name) => {
    const { prepared, summary } = await run(name);
    expect(summary.total).toBe(34);
    expect(Object.fromEntries(summary.byReason.map((r) => [r.key, r.count]))).toEqual(EXPECTED_BY_REASON);
    expect(summary.topProducts[0]).toMatchObject({ sku: 'OZ-1001', name: 'Платье летнее льняное', count: 10, dominant: 'size', dominantCount: 8 });
    expect(Object.fromEntries(summary.byScheme.map((s) => [s.scheme, s.count]))).toEqual({ FBO: 15, FBS: 14, rFBS: 5 });
    expect(summary.period).toEqual({ from: '2026-11-02', to: '2026-11-26' });
    expect(summary.weekly.reduce((n, w) => n + w.count, 0)).toBe(34);
    expect(prepared.detected.reason).toBeDefined();
  });

  it('reads Windows-1251 and the BOM, and finds the header under the title line', async () => {
    expect((await run('cabinet-windows-1251.csv')).prepared.encoding).toBe('Windows-1251');
    const bom = await run('cabinet-utf8-bom.csv');
    expect(bom.prepared.encoding).toBe('UTF-8（带 BOM）');
    expect(bom.prepared.headerIndex).toBe(1);
    expect(bom.prepared.headers[0]).toBe('Номер отправления');
  });

  it('lists the two broken rows of the BOM file instead of dropping them', async () => {
    const { summary } = await run('cabinet-utf8-bom.csv');
    expect(summary.unreadableCount).toBe(2);
    expect(summary.unreadable.map((u) => u.line)).toEqual([37, 38]);
  });
});

describe('Seller API JSON', () => {
  it('/v1/returns/list: reason, product, date and scheme from the documented fields', async () => {
    const { prepared, summary } = await run('api-v1-returns-list.json');
    expect(prepared.format).toBe('json');
    expect(prepared.headers[prepared.detected.reason!]).toBe('return_reason_name');
    expect(prepared.headers[prepared.detected.scheme!]).toBe('schema');
    expect(summary.total).toBe(29);
    expect(Object.fromEntries(summary.byScheme.map((s) => [s.scheme, s.count]))).toEqual({ FBO: 15, FBS: 14 });
  });

  it('/v2/returns/rfbs/list: return_reason.name, every return counted as rFBS', async () => {
    const { prepared, summary } = await run('api-v2-rfbs-list.json');
    expect(prepared.headers[prepared.detected.reason!]).toBe('return_reason.name');
    expect(summary.total).toBe(6);
    expect(summary.byScheme).toEqual([{ scheme: 'rFBS', count: 6, share: 1 }]);
    expect(Object.fromEntries(summary.byReason.map((r) => [r.key, r.count]))).toEqual({ 'wrong-or-missing': 4, other: 1, defective: 1 });
  });

  it('accepts several pages saved as one array', async () => {
    const page = JSON.parse(new TextDecoder().decode(fixture('api-v1-returns-list.json')));
    const bytes = new TextEncoder().encode(JSON.stringify([page, page]));
    const prepared = await prepare(bytes, COLUMNS);
    expect(summarize(prepared, prepared.detected, classify).total).toBe(58);
  });
});

describe('bad input gets a Chinese message', () => {
  const problem = async (bytes: Uint8Array) => {
    try {
      await prepare(bytes, COLUMNS);
    } catch (e) {
      expect(e).toBeInstanceOf(ReturnsInputError);
      return { problem: (e as ReturnsInputError).problem, message: (e as Error).message };
    }
    throw new Error('no error');
  };
  const text = (s: string) => new TextEncoder().encode(s);

  it('an empty file', async () => {
    expect(await problem(fixture('empty.csv'))).toMatchObject({ problem: 'empty', message: expect.stringContaining('空的') });
    expect((await problem(text('  \r\n  '))).problem).toBe('empty');
  });

  it('a file with a header and no rows', async () => {
    expect(await problem(fixture('header-only.csv'))).toMatchObject({ problem: 'no-rows', message: expect.stringContaining('只有表头') });
  });

  it('an image, a PDF, an old .xls and a broken zip', async () => {
    expect((await problem(fixture('not-a-spreadsheet.png'))).problem).toBe('not-spreadsheet');
    expect((await problem(text('%PDF-1.7\n…'))).problem).toBe('not-spreadsheet');
    expect((await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])))).toMatchObject({ problem: 'old-xls', message: expect.stringContaining('.xls') });
    expect((await problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9])))).toMatchObject({ problem: 'bad-xlsx', message: expect.stringContaining('Excel') });
  });

  it('broken JSON and JSON without a returns list', async () => {
    expect((await problem(text('{"returns": ['))).problem).toBe('bad-json');
    expect(await problem(text('{"result": {"items": []}}'))).toMatchObject({ problem: 'json-no-returns', message: expect.stringContaining('returns') });
    expect((await problem(text('{"returns": []}'))).problem).toBe('no-rows');
  });

  it('a 50 MB file is refused by its size before it is read', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(await problem(big)).toMatchObject({ problem: 'too-large', message: expect.stringContaining('50.0 MB') });
  });

  it('a file with no recognisable columns is read, with nothing mapped, so the reader can choose', async () => {
    const prepared = await prepare(fixture('no-columns.csv'), COLUMNS);
    expect(prepared.detected).toEqual({});
    expect(prepared.headers).toEqual(['Колонка 1', 'Колонка 2']);
  });
});

describe('dates', () => {
  it.for([
    ['05.11.2026', '2026-11-05'],
    ['5/11/2026 14:03', '2026-11-05'],
    ['2026-11-05T23:10:00Z', '2026-11-05'],
    ['2026.11.05', '2026-11-05'],
    ['46331', '2026-11-05'],
    ['31.02.2026', null],
    ['завтра', null],
  ] as const)('%s → %s', ([text, day]) => {
    expect(parseDay(text)).toBe(day);
  });

  it('weeks start on Monday', () => {
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
  });
});

describe('CSV export', () => {
  it('has every view, opens in Excel (BOM) and neutralises formula-like buyer text', async () => {
    const bytes = new TextEncoder().encode('Причина;Артикул\n=HYPERLINK("http://x");A\nБрак;B\n');
    const prepared = await prepare(bytes, COLUMNS);
    const out = summaryCsv(summarize(prepared, prepared.detected, classify), REASONS, 40);
    expect(out.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(out.slice(1)).data;
    expect(rows[0]).toEqual(['部分', '项目', '数量', '占比', '说明']);
    expect(rows).toContainEqual(['合计', '退货率', '2', '5.0%', '订单数 40']);
    expect(rows).toContainEqual(expect.arrayContaining(['按原因', '质量问题或瑕疵', '1', '50.0%']));
    expect(rows).toContainEqual(['未归类原因', `'=HYPERLINK("http://x")`, '1', '50.0%', '']);
  });
});
