/**
 * Excerpts that highlight what the reader typed. Pagefind marks every matched word, which for a loose
 * Chinese match means single characters all over the passage; we cut our own window around the first
 * occurrence of the term (or a synonym) and mark whole occurrences only.
 */
import { foldForMatch } from './normalize';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Pagefind's excerpts are HTML: escaped text plus <mark>. This gives back the plain text. */
export function excerptText(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a target that tolerates spaces: the handbook writes "24 小时" and "FBS 订单" with a space
 * between Latin and Chinese, readers type "24小时".
 */
export function looseSpacePattern(target: string): RegExp | null {
  const chars = [...foldForMatch(target).replace(/\s+/g, '')];
  return chars.length === 0 ? null : new RegExp(chars.map(escapeRegExp).join('\\s*'), 'gu');
}

/** Ranges [start, end) of every occurrence of any target, longest first where they overlap. */
export function findRanges(text: string, targets: string[]): [number, number][] {
  const folded = foldForMatch(text);
  const patterns = [...new Set(targets)]
    .sort((a, b) => b.length - a.length)
    .map(looseSpacePattern)
    .filter((p): p is RegExp => p !== null);
  const ranges: [number, number][] = [];
  for (const pattern of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Escaped HTML of the text with every occurrence of the targets wrapped in <mark>. */
export function markText(text: string, targets: string[]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of findRanges(text, targets)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** A window of about `radius` characters either side of the first occurrence, marked; null when absent. */
export function excerptAround(content: string, targets: string[], radius = 45): string | null {
  const first = findRanges(content, targets)[0];
  if (!first) return null;
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(content.length, first[1] + radius);
  const window = content.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${markText(window, targets)}${end < content.length ? '…' : ''}`;
}

/** Re-mark one of Pagefind's excerpts with our targets; keep Pagefind's marks if none of ours occur. */
export function remark(excerptHtml: string, targets: string[]): string {
  const text = excerptText(excerptHtml);
  return findRanges(text, targets).length > 0 ? markText(text, targets) : excerptHtml;
}

export function containsAny(text: string, targets: string[]): boolean {
  return findRanges(text, targets).length > 0;
}
