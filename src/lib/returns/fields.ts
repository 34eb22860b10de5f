/** The reason categories and column fields, apart from the schemas so the page's island loads no zod. */

/** The guide's reason categories; the analysis keeps this order. */
export const REASON_CATEGORIES = [
  'size',
  'not-as-described',
  'damaged',
  'defective',
  'wrong-or-missing',
  'changed-mind',
  'other',
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** The columns the analysis reads; only the reason is needed. */
export const COLUMN_FIELDS = ['reason', 'product', 'sku', 'date', 'scheme', 'quantity'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
