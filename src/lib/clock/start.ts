/**
 * When a deadline's clock started: read from the seller's form or from a shared link (?start=…), checked
 * so that a typo gives a Chinese sentence to act on, never NaN or a silent wrong answer.
 */
import { fromWallClock, isoInZone, ZONES, type ZoneId } from './zones';

export type StartResult = { ok: true; start: Date; zone: ZoneId } | { ok: false; message: string };

/** A request time a few minutes ahead is a clock that runs fast, not a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const MAX_PARAM_LENGTH = 40;

function checkNotFuture(start: Date, zone: ZoneId, now: Date): StartResult {
  if (start.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) {
    return {
      ok: false,
      message: `开始时间 ${isoInZone(start, zone).replace('T', ' ').slice(0, 16)}（${ZONES[zone].label}）还没到。请填卖家后台申请页上显示的提交时间，或点「用现在的时间」。`,
    };
  }
  return { ok: true, start, zone };
}

/** From the form: a date and a time as `<input type="date">` and `<input type="time">` give them. */
export function parseStartInput(date: string, time: string, zone: ZoneId, now: Date): StartResult {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
  if (!d) return { ok: false, message: '请填写日期（年-月-日），例如 2026-11-28。' };
  if (!t) return { ok: false, message: '请填写时间（时:分），例如 09:30。' };
  const start = fromWallClock(
    { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) },
    zone,
  );
  if (!start) return { ok: false, message: `「${date} ${time}」这个日期或时间不存在，请检查年、月、日和时、分。` };
  return checkNotFuture(start, zone, now);
}

const PARAM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * From a shared link: ISO 8601 with an explicit offset. The offset says which clock the sender used;
 * anything other than Moscow's or Beijing's is converted and shown in Moscow time.
 */
export function parseStartParam(param: string, now: Date): StartResult {
  const value = param.trim();
  const m = value.length <= MAX_PARAM_LENGTH ? PARAM.exec(value) : null;
  if (!m) {
    return { ok: false, message: '链接里的开始时间格式不对，已忽略。请重新填写开始时间。' };
  }
  const offset = m[6] === 'Z' ? '+00:00' : m[6]!;
  const zone: ZoneId = offset === ZONES.beijing.iso ? 'beijing' : 'moscow';
  const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
  const sign = offset.startsWith('-') ? -1 : 1;
  const local = fromWallClock(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) },
    'moscow',
  );
  if (!local || oh > 23 || om > 59) {
    return { ok: false, message: `链接里的开始时间「${value}」不存在，已忽略。请重新填写开始时间。` };
  }
  // fromWallClock read the wall time as Moscow's; move it to the offset the link names.
  const start = new Date(local.getTime() + (ZONES.moscow.offsetMinutes - sign * (oh * 60 + om)) * 60_000);
  return checkNotFuture(start, zone, now);
}

/** The `start` query value that reproduces this start for a colleague. */
export function startParam(start: Date, zone: ZoneId): string {
  return isoInZone(start, zone);
}
