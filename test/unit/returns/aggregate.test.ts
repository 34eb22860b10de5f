import { describe, expect, it } from 'vitest';
import { analyse, normalizeScheme } from '../../../src/lib/returns/aggregate';
import { returnRate } from '../../../src/lib/returns/present';
import { buildReasonMatcher, UNCLASSIFIED } from '../../../src/lib/returns/reasons';
import { REASONS } from './dictionary';

const classify = buildReasonMatcher(REASONS);
const HEAD = ['Артикул', 'Товар', 'Причина', 'Дата', 'Схема', 'Количество'];
const MAP = { sku: 0, product: 1, reason: 2, date: 3, scheme: 4, quantity: 5 };

describe('aggregation', () => {
  const rows = [
    HEAD,
    ['A-1', 'Платье', 'Не подошел размер', '02.11.2026', 'FBO', '1'],
    ['A-1', 'Платье', 'Маломерит', '03.11.2026', 'fbo', '2'],
    ['A-1', 'Платье', 'Брак', '10.11.2026', 'FBS', ''],
    ['B-2', 'Кружка', 'Товар поврежден при доставке', '2026-11-25', 'rfbs', '1'],
    ['B-2', 'Кружка', 'Что-то странное', '', '', '1'],
    ['', '', '', '', '', ''],
    ['C-3', 'Чехол', 'Брак', '31.02.2026', 'FBO', '1'],
    ['C-3', 'Чехол', 'Брак', '01.11.2026', 'FBO', '1,5'],
    ['C-3', 'Чехол', 'Брак', '01.11.2026', 'FBO', '1', 'лишнее'],
    ['', '', '', '', 'FBO', '1'],
  ];
  const s = analyse(rows, 0, MAP, classify);

  it('counts units, weighting by the quantity column', () => {
    expect(s.total).toBe(6);
    expect(s.readRows).toBe(5);
  });

  it('counts by reason, most frequent first, with shares', () => {
    expect(s.byReason.map((r) => [r.key, r.count])).toEqual([
      ['size', 3],
      ['damaged', 1],
      ['defective', 1],
      [UNCLASSIFIED, 1],
    ]);
    expect(s.byReason[0]!.share).toBeCloseTo(0.5);
    expect(s.unclassified).toEqual([{ text: 'Что-то странное', count: 1 }]);
  });

  it('lists every unreadable row with its spreadsheet row number and a Chinese reason, and skips blank lines', () => {
    expect(s.unreadableCount).toBe(4);
    expect(s.unreadable.map((u) => u.line)).toEqual([8, 9, 10, 11]);
    expect(s.unreadable[0]!.problem).toContain('日期看不懂');
    expect(s.unreadable[1]!.problem).toContain('数量不是正整数');
    expect(s.unreadable[2]!.problem).toContain('比表头多 1 列');
    expect(s.unreadable[3]!.problem).toContain('没有退货原因');
  });

  it('ranks products with their dominant reason', () => {
    expect(s.topProducts).toEqual([
      { sku: 'A-1', name: 'Платье', count: 4, dominant: 'size', dominantCount: 3 },
      { sku: 'B-2', name: 'Кружка', count: 2, dominant: 'damaged', dominantCount: 1 },
    ]);
  });

  it('draws weeks from Monday, fills empty weeks and counts undated returns apart', () => {
    expect(s.weekly).toEqual([
      { week: '2026-11-02', count: 3 },
      { week: '2026-11-09', count: 1 },
      { week: '2026-11-16', count: 0 },
      { week: '2026-11-23', count: 1 },
    ]);
    expect(s.undated).toBe(1);
    expect(s.period).toEqual({ from: '2026-11-02', to: '2026-11-25' });
  });

  it('counts by scheme, spelled the way Ozon does, with unnamed schemes apart', () => {
    expect(s.byScheme.map((x) => [x.scheme, x.count])).toEqual([
      ['FBO', 3],
      ['FBS', 1],
      ['rFBS', 1],
      ['未注明', 1],
    ]);
    expect(normalizeScheme('real FBS')).toBe('realFBS');
    expect(normalizeScheme('Fbp')).toBe('FBP');
  });

  it('keeps a product without a SKU under its name, with no SKU shown', () => {
    const mixed = analyse([HEAD, ['', 'Шарф', 'Брак', '', '', ''], ['', 'Шарф', 'Передумал', '', '', ''], ['A-1', 'Платье', 'Брак', '', '', '']], 0, MAP, classify);
    expect(mixed.topProducts[0]).toEqual({ sku: '', name: 'Шарф', count: 2, dominant: 'defective', dominantCount: 1 });
  });

  it('has no scheme view when the file has no scheme column', () => {
    expect(analyse(rows.slice(0, 3), 0, { reason: 2 }, classify).byScheme).toEqual([]);
  });

  it('flags a row cut short before a column the analysis reads', () => {
    const cut = analyse([HEAD, ['A-1', 'Платье']], 0, MAP, classify);
    expect(cut.unreadableCount).toBe(1);
    expect(cut.unreadable[0]!.problem).toContain('只有 2 列');
  });

  it('works out the return rate only from a positive order count', () => {
    expect(returnRate(6, 120)).toBeCloseTo(0.05);
    expect(returnRate(6, 0)).toBeUndefined();
    expect(returnRate(6, Number.NaN)).toBeUndefined();
    expect(returnRate(6, undefined)).toBeUndefined();
  });
});
