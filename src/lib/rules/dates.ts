/** "Today" for the rules: the build date, or PLAYBOOK_TODAY=YYYY-MM-DD (tests and reproducible builds). */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(text: string): boolean {
  return ISO.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** Dates compare as strings ('2026-03-11' < '2026-03-12'), so no time zone ever moves them. */
export function todayFrom(override: string | undefined, now: Date): string {
  if (override === undefined || override.trim() === '') return now.toISOString().slice(0, 10);
  const text = override.trim();
  if (!isIsoDate(text)) throw new Error(`PLAYBOOK_TODAY 必须是 YYYY-MM-DD 格式的日期，现在是「${override}」`);
  return text;
}

/** Whole days from `from` to `to` (both ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same calendar day `months` months earlier (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** "2026年3月11日"; a source dated only to the month or year reads "2024年11月" / "2021年". */
export function chineseIsoDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

/** The last day a date of any precision can mean: 2021 → 2021-12-31, 2024-02 → 2024-02-29. */
export function periodEnd(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d) return date;
  return new Date(Date.UTC(y, m ?? 12, 0)).toISOString().slice(0, 10);
}
