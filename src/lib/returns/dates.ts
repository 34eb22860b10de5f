/**
 * Dates as sellers' files write them: 05.11.2026, 2026-11-05, ISO with a time, an Excel serial day,
 * or a Date from an XLSX cell. Only the calendar day matters (weekly trend), so no time zone is applied.
 */

export type IsoDay = string;

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function valid(y: number, m: number, d: number): IsoDay | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function parseDay(value: string | Date): IsoDay | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : valid(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ ,T].*)?$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const date = new Date(EXCEL_EPOCH_UTC + Math.floor(Number(text)) * DAY_MS);
    return valid(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

/** Monday of the ISO week the day falls in. */
export function weekStart(day: IsoDay): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}
