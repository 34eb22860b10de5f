/**
 * Rule references inside YAML prose: `{rule:id}`, `{rule:id.key}` (one of several values), `{rule:id@low}` /
 * `{rule:id@high}` (the lower / higher number while versions disagree, also after a key) and
 * `{not-rule:text}` (an amount that is only an example or advice; shown unchanged).
 */
import { displayValue, type RuleDisplay } from './display';
import { isVersion, type Version } from './versions';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'rule'; id: string; key?: string; version?: Version }
  | { kind: 'not-rule'; text: string };

export interface PlaceholderError {
  /** 0-based offset of the bad placeholder in the text. */
  index: number;
  message: string;
}

const TOKEN = /\{(rule|not-rule):([^{}]*)\}/g;
const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z0-9]+(?:-[a-z0-9]+)*))?(?:@([a-z]*))?$/;
/** An opening that no well-formed placeholder consumed, e.g. `{rule:x` without its `}`. */
const OPENING = /\{(?:rule|not-rule):/g;

export function parsePlaceholders(text: string): { segments: Segment[]; errors: PlaceholderError[] } {
  const segments: Segment[] = [];
  const errors: PlaceholderError[] = [];
  const consumed = new Set<number>();
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, kind, body] = match as unknown as [string, 'rule' | 'not-rule', string];
    consumed.add(match.index);
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    last = match.index + whole.length;
    if (kind === 'not-rule') {
      if (body.trim() === '') errors.push({ index: match.index, message: '{not-rule:…} 里面不能是空的' });
      segments.push({ kind: 'not-rule', text: body });
      continue;
    }
    const ref = REF.exec(body.trim());
    if (!ref) {
      errors.push({ index: match.index, message: `「${whole}」格式不对：应写成 {rule:规则id}、{rule:规则id.键} 或 {rule:规则id@low}` });
      segments.push({ kind: 'text', text: whole });
      continue;
    }
    const [, id, key, version] = ref as unknown as [string, string, string | undefined, string | undefined];
    if (version !== undefined && !isVersion(version)) {
      errors.push({ index: match.index, message: `「${whole}」里 @ 后面只能写 low（版本不一时较小的数）或 high（较大的数）` });
      segments.push({ kind: 'text', text: whole });
      continue;
    }
    segments.push({ kind: 'rule', id, ...(key ? { key } : {}), ...(version ? { version } : {}) });
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  for (const open of text.matchAll(OPENING)) {
    if (!consumed.has(open.index)) errors.push({ index: open.index, message: `「${open[0]}」没有闭合的 }` });
  }
  return { segments, errors };
}

/** Rule ids (with key and version, where written) a text refers to. */
export function ruleRefs(text: string): { id: string; key?: string; version?: Version }[] {
  return parsePlaceholders(text).segments.flatMap((s) => (s.kind === 'rule' ? [{ id: s.id, key: s.key, version: s.version }] : []));
}

/** For plain-text places (a page title, a link label): values only, markers unwrapped. */
export function plainText(text: string, rules: Readonly<Record<string, RuleDisplay>>): string {
  return parsePlaceholders(text)
    .segments.map((s) => {
      if (s.kind !== 'rule') return s.text;
      const rule = rules[s.id];
      if (!rule) throw new Error(`规则「${s.id}」不存在`);
      return displayValue(rule, s.key, s.version);
    })
    .join('');
}
