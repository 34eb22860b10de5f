/**
 * The two clocks a seller lives between. Ozon's cabinet counts down in Moscow time; the team works in
 * Beijing time. Neither zone has daylight saving, so a fixed offset is exact all year and no time-zone
 * database is needed.
 */
export const ZONES = {
  moscow: { label: '莫斯科时间', offsetMinutes: 3 * 60, iso: '+03:00' },
  beijing: { label: '北京时间', offsetMinutes: 8 * 60, iso: '+08:00' },
} as const;

export type ZoneId = keyof typeof ZONES;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The date and time a clock in `zone` shows at `instant`. */
export function wallClock(instant: Date, zone: ZoneId): WallClock & { weekday: number } {
  const shifted = new Date(instant.getTime() + ZONES[zone].offsetMinutes * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant at which a clock in `zone` shows `wall`, or null when that date does not exist (2 月 30 日). */
export function fromWallClock(wall: WallClock, zone: ZoneId): Date | null {
  const { year, month, day, hour, minute } = wall;
  if (![year, month, day, hour, minute].every(Number.isInteger)) return null;
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 2月30日 over into March; a date that does not round-trip does not exist.
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - ZONES[zone].offsetMinutes * MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026年11月28日（周六）15:00": how the reader's own calendar would say it. */
export function formatInZone(instant: Date, zone: ZoneId): string {
  const w = wallClock(instant, zone);
  return `${w.year}年${w.month}月${w.day}日（周${WEEKDAYS[w.weekday]}）${pad(w.hour)}:${pad(w.minute)}`;
}

/** The value a `<input type="date">` / `<input type="time">` pair shows for `instant` in `zone`. */
export function inputValues(instant: Date, zone: ZoneId): { date: string; time: string } {
  const w = wallClock(instant, zone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** ISO 8601 with the zone's offset, minute precision: "2026-11-28T10:00+03:00". */
export function isoInZone(instant: Date, zone: ZoneId): string {
  const { date, time } = inputValues(instant, zone);
  return `${date}T${time}${ZONES[zone].iso}`;
}
