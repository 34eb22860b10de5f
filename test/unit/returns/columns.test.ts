import { describe, expect, it } from 'vitest';
import { detectColumns, findHeaderRow } from '../../../src/lib/returns/columns';
import { COLUMNS } from './dictionary';

describe('column detection', () => {
  it('reads the seller cabinet’s Russian headers', () => {
    expect(
      detectColumns(['Номер отправления', 'Артикул', 'Наименование товара', 'Причина возврата', 'Дата возврата', 'Схема работы', 'Количество'], COLUMNS),
    ).toEqual({ sku: 1, product: 2, reason: 3, date: 4, scheme: 5, quantity: 6 });
  });

  it('reads English and Chinese headers, in any case and with ё', () => {
    expect(detectColumns(['RETURN REASON', 'Product name', 'SKU', 'Date'], COLUMNS)).toEqual({ reason: 0, product: 1, sku: 2, date: 3 });
    expect(detectColumns(['商品名称', '退货原因', '货号', '退货日期', '履约模式', '数量'], COLUMNS)).toEqual({
      product: 0, reason: 1, sku: 2, date: 3, scheme: 4, quantity: 5,
    });
    expect(detectColumns(['Причина возврата', 'Отчёт'], COLUMNS)).toEqual({ reason: 0 });
  });

  it('reads the API’s flattened field names and keeps return_reason_name off the product column', () => {
    expect(detectColumns(['id', 'return_reason_name', 'schema', 'product.sku', 'product.offer_id', 'product.name', 'logistic.return_date', 'logistic.final_moment'], COLUMNS)).toEqual({
      reason: 1, scheme: 2, sku: 4, product: 5, date: 6,
    });
  });

  it('prefers an exact header to one that merely contains a synonym, and gives each column one field', () => {
    // «Артикул товара» contains both «артикул» (SKU) and «товар» (product): the longer synonym wins.
    expect(detectColumns(['Артикул товара', 'Товар', 'Причина'], COLUMNS)).toEqual({ sku: 0, product: 1, reason: 2 });
    expect(detectColumns(['Причина возврата (со слов покупателя)', 'Причина'], COLUMNS)).toEqual({ reason: 1 });
  });

  it('finds nothing in headers that name no field', () => {
    expect(detectColumns(['Колонка 1', 'Колонка 2', ''], COLUMNS)).toEqual({});
  });

  it('skips a title block above the header row', () => {
    const rows = [['Отчёт о возвратах за ноябрь', ''], ['', ''], ['Артикул', 'Причина возврата'], ['OZ-1', 'Брак']];
    expect(findHeaderRow(rows, COLUMNS)).toEqual({ index: 2, mapping: { sku: 0, reason: 1 } });
  });
});
