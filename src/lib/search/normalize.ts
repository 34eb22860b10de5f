/**
 * Query normalisation before anything reaches Pagefind: what a seller types on a Chinese keyboard
 * (full-width letters and digits, ideographic spaces, traditional characters) becomes the form our
 * simplified-Chinese pages are written in.
 */
import { TRADITIONAL_CHARS } from './traditional-chars';

/**
 * opencc-js turns a lone 么 into 幺, so 么 is in its list; yet 么 is the simplified character of 怎么 and
 * 什么, which opencc leaves alone. A question holding it needs no converter (about 50 KB).
 */
const SIMPLIFIED_TOO = '么';
const TRADITIONAL = new Set([...TRADITIONAL_CHARS].filter((ch) => !SIMPLIFIED_TOO.includes(ch)));

/** Full-width ASCII (Ａ, １, ／, …) to half-width, the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Unicode format characters (zero-width spaces and joiners, bidi overrides and isolates, the BOM, soft
 * hyphens): invisible in the box, yet they split words for the index and can flip the status line.
 */
const FORMAT_CHARS = /\p{Cf}/gu;

/**
 * Trim, drop format characters, half-width, drop quotation marks (a reader pasting “包装” means 包装),
 * collapse runs of whitespace. The case of Latin letters is kept for display.
 */
export function cleanQuery(raw: string): string {
  return toHalfWidth(raw.replace(FORMAT_CHARS, '')).replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Longest query searched; a question in a seller's words fits easily, a pasted page does not. */
export const MAX_QUERY_CHARS = 64;

/** The first MAX_QUERY_CHARS characters (code points, so a character is never cut in half), trimmed. */
export function capQuery(text: string): { text: string; capped: boolean } {
  const chars = [...text];
  if (chars.length <= MAX_QUERY_CHARS) return { text, capped: false };
  return { text: chars.slice(0, MAX_QUERY_CHARS).join('').trim(), capped: true };
}

/** True when the text has a character that traditional-to-simplified conversion would change. */
export function hasTraditional(text: string): boolean {
  for (const ch of text) if (TRADITIONAL.has(ch)) return true;
  return false;
}

export type ToSimplified = (text: string) => string;

/**
 * The full normalisation, capped at MAX_QUERY_CHARS. `loadConverter` is called only when the query has traditional characters,
 * so opencc-js is downloaded only by readers who type them.
 */
export async function normalizeQuery(raw: string, loadConverter: () => Promise<ToSimplified>): Promise<string> {
  const cleaned = capQuery(cleanQuery(raw)).text;
  if (!hasTraditional(cleaned)) return cleaned;
  const toSimplified = await loadConverter();
  return toSimplified(cleaned);
}

/** How two strings are compared when checking whether a page really contains a term. */
export function foldForMatch(text: string): string {
  return toHalfWidth(text).toLowerCase();
}
