/**
 * The analysis: every data row either counted (reason category, product, week, scheme) or listed as
 * unreadable with the reason why. Nothing is dropped silently; rows with no cell at all are blank lines.
 */
import type { ColumnMapping } from './columns';
import { addDays, parseDay, weekStart, type IsoDay } from './dates';
import { UNCLASSIFIED, type ReasonKey, type ReasonMatcher } from './reasons';
import { REASON_CATEGORIES } from './fields';

export interface UnreadableRow {
  /** Row number as the spreadsheet shows it (1 = first row of the file). */
  line: number;
  problem: string;
  excerpt: string;
}

export interface ReasonCount {
  key: ReasonKey;
  count: number;
  share: number;
}

export interface ProductCount {
  sku: string;
  name: string;
  count: number;
  dominant: ReasonKey;
  dominantCount: number;
}

export interface Summary {
  /** Returned units: the quantity column when there is one, else one per row. */
  total: number;
  readRows: number;
  unreadableCount: number;
  /** The first unreadable rows, for the page (the count covers them all). */
  unreadable: UnreadableRow[];
  byReason: ReasonCount[];
  /** Raw texts that matched no dictionary word, most frequent first. */
  unclassified: { text: string; count: number }[];
  topProducts: ProductCount[];
  /** Monday of each week from the first to the last return, with gaps filled (empty without dates). */
  weekly: { week: IsoDay; count: number }[];
  undated: number;
  /** Empty when the file has no scheme column. */
  byScheme: { scheme: string; count: number; share: number }[];
  period?: { from: IsoDay; to: IsoDay };
}

export const UNREADABLE_SHOWN = 200;
export const TOP_PRODUCTS = 10;
const MAX_FILLED_WEEKS = 160;
export const NO_REASON_TEXT = '（原因为空）';
export const NO_SCHEME = '未注明';

const SCHEMES: Record<string, string> = { fbo: 'FBO', fbs: 'FBS', rfbs: 'rFBS', realfbs: 'realFBS', fbp: 'FBP' };

export function normalizeScheme(value: string): string {
  const text = value.trim();
  if (!text) return NO_SCHEME;
  return SCHEMES[text.toLowerCase().replace(/[\s_-]/g, '')] ?? text;
}

const share = (n: number, total: number) => (total > 0 ? n / total : 0);

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function analyse(rows: string[][], headerIndex: number, mapping: ColumnMapping, classify: ReasonMatcher): Summary {
  const width = rows[headerIndex]?.length ?? 0;
  const mappedColumns = Object.values(mapping);
  const unreadable: UnreadableRow[] = [];
  let unreadableCount = 0;
  const reject = (line: number, row: string[], problem: string) => {
    unreadableCount++;
    if (unreadable.length < UNREADABLE_SHOWN) unreadable.push({ line, problem, excerpt: row.join(' | ').slice(0, 160) });
  };

  const byReason = new Map<ReasonKey, number>();
  const unclassified = new Map<string, number>();
  const products = new Map<string, { sku: string; name: string; count: number; reasons: Map<ReasonKey, number> }>();
  const days = new Map<IsoDay, number>();
  const schemes = new Map<string, number>();
  let total = 0;
  let readRows = 0;
  let undated = 0;
  const cell = (row: string[], field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '').trim();
  };

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const line = i + 1;
    if (row.every((c) => !c.trim())) continue;
    if (row.length < width && mappedColumns.some((c) => c !== undefined && c >= row.length)) {
      reject(line, row, `只有 ${row.length} 列，表头有 ${width} 列：这一行可能被换行符截断了`);
      continue;
    }
    if (row.length > width && row.slice(width).some((c) => c.trim())) {
      reject(line, row, `有 ${row.length} 列，比表头多 ${row.length - width} 列：可能有没加引号的分隔符`);
      continue;
    }
    const reasonText = cell(row, 'reason');
    const name = cell(row, 'product');
    const sku = cell(row, 'sku');
    if (!reasonText && !name && !sku) {
      reject(line, row, '没有退货原因，也没有商品');
      continue;
    }
    const dateText = cell(row, 'date');
    const day = dateText ? parseDay(dateText) : null;
    if (dateText && !day) {
      reject(line, row, `日期看不懂：「${dateText.slice(0, 40)}」`);
      continue;
    }
    const quantityText = cell(row, 'quantity');
    const quantity = quantityText ? Number(quantityText.replace(',', '.')) : 1;
    if (!Number.isInteger(quantity) || quantity < 1) {
      reject(line, row, `数量不是正整数：「${quantityText.slice(0, 40)}」`);
      continue;
    }

    readRows++;
    total += quantity;
    const key = classify(reasonText);
    bump(byReason, key, quantity);
    if (key === UNCLASSIFIED) bump(unclassified, reasonText || NO_REASON_TEXT, quantity);
    const productKey = sku || name;
    if (productKey) {
      const product = products.get(productKey) ?? { sku, name, count: 0, reasons: new Map() };
      if (!product.name && name) product.name = name;
      product.count += quantity;
      bump(product.reasons, key, quantity);
      products.set(productKey, product);
    }
    if (day) bump(days, day, quantity);
    else undated += quantity;
    if (mapping.scheme !== undefined) bump(schemes, normalizeScheme(cell(row, 'scheme')), quantity);
  }

  const order: ReasonKey[] = [...REASON_CATEGORIES, UNCLASSIFIED];
  const reasons = [...byReason]
    .map(([key, count]) => ({ key, count, share: share(count, total) }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.key) - order.indexOf(b.key));

  const topProducts = [...products]
    .map(([, p]) => {
      const [dominant, dominantCount] = [...p.reasons].sort(
        (a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]),
      )[0]!;
      return { sku: p.sku, name: p.name, count: p.count, dominant, dominantCount };
    })
    .sort((a, b) => b.count - a.count || a.sku.localeCompare(b.sku) || a.name.localeCompare(b.name))
    .slice(0, TOP_PRODUCTS);

  const sortedDays = [...days.keys()].sort();
  const period = sortedDays.length ? { from: sortedDays[0]!, to: sortedDays.at(-1)! } : undefined;
  const weeks = new Map<IsoDay, number>();
  for (const [day, count] of days) bump(weeks, weekStart(day), count);
  let weekly = [...weeks].map(([week, count]) => ({ week, count })).sort((a, b) => a.week.localeCompare(b.week));
  if (period) {
    const filled: { week: IsoDay; count: number }[] = [];
    for (let w = weekStart(period.from); w <= period.to && filled.length <= MAX_FILLED_WEEKS; w = addDays(w, 7)) {
      filled.push({ week: w, count: weeks.get(w) ?? 0 });
    }
    if (filled.length <= MAX_FILLED_WEEKS) weekly = filled;
  }

  return {
    total,
    readRows,
    unreadableCount,
    unreadable,
    byReason: reasons,
    unclassified: [...unclassified].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    topProducts,
    weekly,
    undated,
    byScheme: [...schemes].map(([scheme, count]) => ({ scheme, count, share: share(count, total) })).sort((a, b) => b.count - a.count),
    period,
  };
}
