/**
 * The prose check: an amount of time, money or percentage written by hand in the handbook, the guide or a
 * template (rather than read from the registry) is a copy that will drift. Every such amount must sit inside
 * a rule reference or a not-rule marker. Also collects the rule references, for the unknown-id check.
 * Works on raw lines, so every finding has the editor's own line and column.
 */
import { parsePlaceholders } from './placeholders';
import type { Version } from './versions';

/** A number (Arabic or Chinese) followed by a unit of time, money or percentage. */
export const AMOUNT =
  /(?:\d+(?:[.,]\d+)*|[一二两三四五六七八九十百千半]+)\s*(?:个日历日|个工作日|个?小时|个月|个?星期|卢布|天|日|月|周|₽|%|％)/g;

/** Calendar dates are not amounts: 2025-10-15, 2024-11, 2025 年 10 月 15 日, 10 月 15 日. */
const DATES = [
  /\d{4}-\d{1,2}(?:-\d{1,2})?/g,
  /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g,
  /\d{1,2}\s*月\s*\d{1,2}\s*日/g,
];

/** Web addresses and Markdown link targets (percent-encoding looks like "5%"). */
const ADDRESSES = [/\]\([^)]*\)/g, /https?:\/\/[^\s)>"'」]+/g];

const MDX_REFS = [/<Rule\b[^>]*\/>/g, /<NotRule>[\s\S]*?<\/NotRule>/g];
const YAML_REFS = [/\{(?:rule|not-rule):[^{}]*\}/g];

export interface Position {
  line: number;
  column: number;
}

export interface Offender extends Position {
  /** The amount with a little text around it. */
  snippet: string;
}

export interface RuleRef extends Position {
  id: string;
  key?: string;
  version?: Version;
}

export interface ScanProblem extends Position {
  message: string;
}

export interface ScanResult {
  offenders: Offender[];
  refs: RuleRef[];
  problems: ScanProblem[];
}

/** Blanks out matches with spaces, so columns stay where the editor sees them. */
function mask(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((t, p) => t.replace(p, (m) => ' '.repeat(m.length)), text);
}

function amountsIn(line: string, masked: string, lineNo: number, from = 0): Offender[] {
  const out: Offender[] = [];
  for (const m of masked.slice(from).matchAll(AMOUNT)) {
    const at = from + m.index;
    const snippet = line.slice(Math.max(0, at - 10), at + m[0].length + 10).trim();
    out.push({ line: lineNo, column: at + 1, snippet });
  }
  return out;
}

function placeholderRefs(line: string, lineNo: number, from: number, result: ScanResult): void {
  const part = line.slice(from);
  const parsed = parsePlaceholders(part);
  for (const e of parsed.errors) result.problems.push({ line: lineNo, column: from + e.index + 1, message: e.message });
  for (const m of part.matchAll(/\{rule:([^{}]*)\}/g)) {
    const seg = parsePlaceholders(m[0]).segments[0];
    if (seg?.kind === 'rule') result.refs.push({ line: lineNo, column: from + m.index + 1, id: seg.id, key: seg.key, version: seg.version });
  }
}

/** A handbook page: everything after the frontmatter, except code blocks, imports and exports. */
export function scanMdx(text: string): ScanResult {
  const result: ScanResult = { offenders: [], refs: [], problems: [] };
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = lines.findIndex((l, n) => n > 0 && l.trim() === '---') + 1;
    if (i === 0) i = lines.length;
  }
  let fenced = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || /^\s*(```|~~~)/.test(line) || /^(import|export)\s/.test(line)) continue;
    for (const tag of line.matchAll(/<Rule\b([^>]*)\/?>/g)) {
      const id = /\bid="([^"]*)"/.exec(tag[1]!)?.[1];
      const key = /\bvalue="([^"]*)"/.exec(tag[1]!)?.[1];
      const at = { line: i + 1, column: tag.index + 1 };
      if (!tag[0].endsWith('/>')) result.problems.push({ ...at, message: '<Rule> 要写成自闭合的 <Rule id="…" />' });
      if (id === undefined) result.problems.push({ ...at, message: '<Rule> 缺少 id="…"' });
      else result.refs.push({ ...at, id, key });
    }
    result.offenders.push(...amountsIn(line, mask(line, [...MDX_REFS, ...ADDRESSES, ...DATES]), i + 1));
  }
  return result;
}

export type YamlKind = 'guide' | 'template';

/** Keys whose values are not prose a reader sees in Chinese (ids, urls, Russian text, dates, models). */
const NOT_PROSE: Record<YamlKind, ReadonlySet<string>> = {
  guide: new Set(['type', 'value', 'next', 'page', 'anchor', 'rule', 'models', 'model', 'templates', 'group', 'api', 'updated', 'url']),
  template: new Set(['ru', 'when', 'url']),
};

/**
 * A guide or template file. Tracks which key each line belongs to by indentation, so the Russian text of a
 * template (a block scalar over several lines) and non-prose fields are skipped as a whole.
 */
export function scanYaml(text: string, kind: YamlKind): ScanResult {
  const result: ScanResult = { offenders: [], refs: [], problems: [] };
  const lines = text.split(/\r?\n/);
  let skipDeeperThan: number | undefined;
  lines.forEach((line, n) => {
    const lineNo = n + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indent = line.length - line.trimStart().length;
    if (skipDeeperThan !== undefined && indent > skipDeeperThan) return;
    skipDeeperThan = undefined;
    const keyed = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*)\s*:(?=\s|$)/.exec(line);
    let from = indent;
    if (keyed) {
      const key = keyed[2]!;
      if (key === 'rule') {
        const id = line.slice(keyed[0].length).trim().replace(/^["']|["']$/g, '');
        result.refs.push({ line: lineNo, column: keyed[0].length + 2, id });
      }
      if (NOT_PROSE[kind].has(key)) {
        skipDeeperThan = keyed[1]!.length;
        return;
      }
      from = keyed[0].length;
    }
    placeholderRefs(line, lineNo, from, result);
    const masked = mask(line, [...YAML_REFS, ...ADDRESSES, ...DATES]);
    result.offenders.push(...amountsIn(line, masked, lineNo, from));
  });
  return result;
}
