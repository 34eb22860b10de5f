/**
 * The synthetic returns behind test/fixtures/returns/ (written by scripts/returns-fixtures.mjs) and the
 * benchmark: five products, Russian reason texts as Ozon buyers pick them, three schemes, November 2026.
 * Expected figures in the tests are counted by hand from the table below, not computed from it.
 */
export interface ReturnRecord {
  sku: string;
  name: string;
  reason: string;
  scheme: 'FBO' | 'FBS' | 'rFBS';
  /** ISO day. */
  day: string;
}

const PRODUCTS = [
  {
    sku: 'OZ-1001', name: 'Платье летнее льняное', scheme: 'FBO',
    reasons: [['Не подошел размер', 5], ['Маломерит', 3], ['Цвет не соответствует описанию', 2]],
  },
  {
    sku: 'OZ-2002', name: 'Кружка керамическая 350 мл', scheme: 'FBS',
    reasons: [['Товар поврежден при доставке', 4], ['Брак при транспортировке', 2], ['Брак', 1]],
  },
  {
    sku: 'OZ-3003', name: 'Наушники беспроводные', scheme: 'FBS',
    reasons: [['Не работает', 3], ['Товар с дефектом', 2], ['Передумал', 2]],
  },
  {
    sku: 'OZ-4004', name: 'Набор отвёрток 24 предмета', scheme: 'rFBS',
    reasons: [['Неполная комплектация', 3], ['Пришел не тот товар', 1], ['Другое', 1]],
  },
  {
    sku: 'OZ-5005', name: 'Чехол для телефона', scheme: 'FBO',
    reasons: [['Больше не нужен', 2], ['Не понравился', 1], ['Покупатель отказался при вручении', 2]],
  },
] as const;

/** 34 returns; the n-th falls on November (2 + 3n mod 27), 2026. */
export const RECORDS: ReturnRecord[] = PRODUCTS.flatMap((p) =>
  p.reasons.flatMap(([reason, n]) => Array.from({ length: n }, () => ({ sku: p.sku, name: p.name, reason, scheme: p.scheme }))),
).map((r, i) => ({ ...r, day: `2026-11-${String(2 + ((i * 3) % 27)).padStart(2, '0')}` }));

export const ruDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** The seller cabinet's report, as rows: a title line, then Russian headers (the report names its own columns). */
export function cabinetRows(records: ReturnRecord[] = RECORDS): string[][] {
  return [
    ['Отчёт о возвратах FBO и FBS за ноябрь 2026', '', '', '', '', ''],
    ['Номер отправления', 'Артикул', 'Наименование товара', 'Причина возврата', 'Дата возврата', 'Схема работы'],
    ...records.map((r, i) => [`${41000000 + i}-0001-1`, r.sku, r.name, r.reason, ruDate(r.day), r.scheme]),
  ];
}

/** A CSV cell the way Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
export function csv(rows: string[][], delimiter: string): string {
  const cell = (c: string) => (/["\n\r]/.test(c) || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}
