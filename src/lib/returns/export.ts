/**
 * The summary as one CSV a seller opens in Excel: UTF-8 with BOM (so Excel reads Chinese), one section
 * per view, cells that look like formulas escaped (the reason texts come from buyers).
 */
import Papa from 'papaparse';
import type { Summary } from './aggregate';
import { percent, reasonLabel, returnRate, weekLabel } from './present';
import type { ReasonEntry } from './schema';

export function summaryCsv(summary: Summary, reasons: ReasonEntry[], orders?: number): string {
  const rows: (string | number)[][] = [['部分', '项目', '数量', '占比', '说明']];
  rows.push(['合计', '退货件数', summary.total, '', `可读行 ${summary.readRows}，无法读取的行 ${summary.unreadableCount}`]);
  if (summary.period) rows.push(['合计', '日期范围', '', '', `${summary.period.from} 至 ${summary.period.to}`]);
  const rate = returnRate(summary.total, orders);
  if (rate !== undefined) rows.push(['合计', '退货率', summary.total, percent(rate), `订单数 ${orders}`]);
  for (const r of summary.byReason) {
    const entry = reasons.find((e) => e.id === r.key);
    rows.push(['按原因', reasonLabel(r.key, reasons), r.count, percent(r.share), entry?.fix ?? '原文见「未归类原因」']);
  }
  for (const u of summary.unclassified) rows.push(['未归类原因', u.text, u.count, percent(u.count / Math.max(summary.total, 1)), '']);
  for (const p of summary.topProducts) {
    rows.push(['退货最多的商品', [p.sku, p.name].filter(Boolean).join(' '), p.count, '', `主要原因：${reasonLabel(p.dominant, reasons)}（${p.dominantCount}）`]);
  }
  for (const w of summary.weekly) rows.push(['按周', weekLabel(w.week), w.count, '', w.week]);
  if (summary.undated) rows.push(['按周', '没有日期', summary.undated, '', '']);
  for (const s of summary.byScheme) rows.push(['按履约模式', s.scheme, s.count, percent(s.share), '']);
  for (const u of summary.unreadable) rows.push(['无法读取的行', `第 ${u.line} 行`, '', '', u.problem]);
  if (summary.unreadableCount > summary.unreadable.length) {
    rows.push(['无法读取的行', '其余', summary.unreadableCount - summary.unreadable.length, '', '只列出前面的行']);
  }
  return `\ufeff${Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' })}`;
}
