/**
 * 加入日历: one RFC 5545 event per deadline, each with reminders before it and a link back to the page
 * the seller computed it on. Built by the `ics` library in the browser; nothing is sent anywhere.
 * Loaded only when the seller asks for the file, so the clock itself stays small.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { DeadlineRow } from './deadlines';

const HOUR = 3_600_000;

/** A day ahead for deadlines measured in days, then two hours ahead for all. */
function alarmsFor(row: DeadlineRow, start: Date): EventAttributes['alarms'] {
  const span = row.due.getTime() - start.getTime();
  const reminders: { hours: number; text: string }[] = [{ hours: 2, text: '2 小时后到期' }];
  if (span >= 2 * 24 * HOUR) reminders.unshift({ hours: 24, text: '1 天后到期' });
  return reminders.map((r) => ({
    action: 'display',
    description: `${row.entry.label}：${r.text}`,
    trigger: { hours: r.hours, before: true },
  }));
}

/** The .ics text for these deadlines, or a Chinese error when the library rejects an event. */
export function buildCalendar(
  rows: DeadlineRow[],
  start: Date,
  pageUrl: string,
): { ok: true; ics: string } | { ok: false; message: string } {
  const events: EventAttributes[] = rows.map((row) => ({
    uid: `${row.entry.key}-${row.due.getTime()}@refund-playbook`,
    title: `截止：${row.entry.label}${row.entry.variantNote ? `（${row.entry.variantNote}）` : ''}`,
    description: [
      `北京时间 ${row.beijing}，莫斯科时间 ${row.moscow}。`,
      row.entry.lapse ? `到期后：${row.entry.lapse}。` : '',
      `依据：${row.entry.confidence}${row.entry.stale ? '，可能过时' : ''}。`,
      row.caveat ?? '',
      '以卖家后台的倒计时为准。',
    ]
      .filter(Boolean)
      .join('\n'),
    start: row.due.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 15 },
    url: pageUrl,
    alarms: alarmsFor(row, start),
    productId: 'refund-playbook/deadline-clock',
  }));
  const { error, value } = createEvents(events);
  if (error || !value) return { ok: false, message: '日历文件生成失败，请改用页面上的时间手动添加提醒。' };
  return { ok: true, ics: value };
}
