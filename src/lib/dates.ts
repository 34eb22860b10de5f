/** Dates are shown as the editor wrote them (YYYY-MM-DD, UTC), never shifted by the reader's time zone. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function chineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
