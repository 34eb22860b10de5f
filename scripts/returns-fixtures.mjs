/**
 * Writes the returns-analysis fixtures into test/fixtures/returns/ from test/support/returns-data.ts.
 * Run with `npx node scripts/returns-fixtures.mjs` after changing the data; the files are committed.
 * Field names of the API files follow the Seller API; see test/fixtures/returns/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORDS, cabinetRows, csv, ruDate } from '../test/support/returns-data.ts';
import { windows1251, xlsx } from '../test/support/xlsx-writer.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/returns');
mkdirSync(dir, { recursive: true });
const write = (name, data) => writeFileSync(path.join(dir, name), data);

const rows = cabinetRows();
// UTF-8 with BOM, `;`, plus two rows the analysis cannot read: an impossible date and a stray delimiter.
const broken = [
  ['41999998-0001-1', 'OZ-1001', 'Платье летнее льняное', 'Не подошел размер', '32.11.2026', 'FBO'],
  ['41999999-0001-1', 'OZ-2002', 'Кружка керамическая', '350 мл', 'Брак', '12.11.2026', 'FBS'],
];
write('cabinet-utf8-bom.csv', '\ufeff' + csv([...rows, ...broken], ';'));
write('cabinet-windows-1251.csv', windows1251(csv(rows.slice(1), ';')));
write(
  'returns-en.csv',
  csv([['Posting number', 'SKU', 'Product name', 'Return reason', 'Return date', 'Scheme'], ...rows.slice(2)].map((r) => r.map((c) => (/^\d\d\.\d\d\.\d{4}$/.test(c) ? `${c.slice(6)}-${c.slice(3, 5)}-${c.slice(0, 2)}` : c))), ','),
);
write('cabinet.xlsx', xlsx(rows.slice(1)));

const fbsFbo = RECORDS.map((r, i) => ({ ...r, i })).filter((r) => r.scheme !== 'rFBS');
write(
  'api-v1-returns-list.json',
  JSON.stringify(
    {
      returns: fbsFbo.map((r) => ({
        id: 9000 + r.i,
        return_reason_name: r.reason,
        type: 'ClientReturn',
        schema: r.scheme === 'FBO' ? 'Fbo' : 'Fbs',
        product: { sku: 100000 + Number(r.sku.slice(3)), offer_id: r.sku, name: r.name, quantity: 1 },
        logistic: { return_date: `${r.day}T10:00:00Z`, final_moment: `${r.day}T18:00:00Z` },
      })),
      has_next: false,
    },
    null,
    2,
  ),
);
const rfbs = RECORDS.map((r, i) => ({ ...r, i })).filter((r) => r.scheme === 'rFBS');
write(
  'api-v2-rfbs-list.json',
  JSON.stringify(
    {
      returns: [
        ...rfbs.map((r) => ({
          return_id: 7000 + r.i,
          product: { name: r.name, offer_id: r.sku },
          return_reason: { id: 100 + r.i, name: r.reason, is_defect: false },
          state: { state: 'Approved', group_state: 'Approved' },
          created_at: `${r.day}T09:00:00Z`,
        })),
        {
          return_id: 7100,
          product: { name: 'Набор отвёрток 24 предмета', offer_id: 'OZ-4004' },
          return_reason: { id: 200, name: 'Покупатель отказался при вручении: недоволен качеством товара', is_defect: true },
          state: { state: 'Approved', group_state: 'Approved' },
          created_at: '2026-11-20T09:00:00Z',
        },
      ],
    },
    null,
    2,
  ),
);

write('empty.csv', '');
write('header-only.csv', csv([rows[1]], ';'));
write('no-columns.csv', csv([['Колонка 1', 'Колонка 2'], ['42', 'abc'], ['43', 'def']], ';'));
write('not-a-spreadsheet.png', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
console.log(`fixtures written to ${path.relative(process.cwd(), dir)}; ${RECORDS.length} records, day of the last: ${ruDate(RECORDS.at(-1).day)}`);
