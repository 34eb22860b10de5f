/** Wording and figures shared by the page and the CSV export (no parser imports: the island loads this before a file is chosen). */
import { UNCLASSIFIED, type ReasonKey } from './reasons';
import type { ReasonEntry } from './schema';

export const UNCLASSIFIED_LABEL = '未归类';

export function reasonLabel(key: ReasonKey, reasons: ReasonEntry[]): string {
  return key === UNCLASSIFIED ? UNCLASSIFIED_LABEL : (reasons.find((r) => r.id === key)?.label ?? key);
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export const weekLabel = (week: string) => `${week.slice(5).replace('-', '/')} 起`;

/** Returns per order, or undefined when the seller gave no usable order count. */
export function returnRate(total: number, orders: number | undefined): number | undefined {
  if (orders === undefined || !Number.isFinite(orders) || orders <= 0) return undefined;
  return total / orders;
}
