/**
 * Everything the build checks about the registry before a page renders: each rules file against the schema,
 * duplicate ids, unknown source ids, references to rules that do not exist (MDX, YAML placeholders, guide
 * deadlines, template chat labels) or to a lower/higher number its versions do not have, and hand-written
 * amounts in prose. One list, one message.
 */
import { load } from 'js-yaml';
import { ruleRefs } from './placeholders';
import { scanMdx, scanYaml, type ScanResult } from './prose';
import type { DatedSource, Rule } from './resolve';
import { chineseIssue, RULE_ID, ruleSchema, sourceSchema, TOPIC_KEYS, TOPICS, type RuleEntry, type TopicKey } from './schema';
import { versionBounds } from './versions';
import { TEMPLATE_WHEN, WHEN_LABELS, type TemplateWhen } from './when';

export interface ContentFile {
  /** Path relative to the project root, as the editor sees it. */
  file: string;
  text: string;
}

export interface CheckInput {
  rules: readonly ContentFile[];
  /** content/sources.yaml, absent when the file is missing. */
  sources?: ContentFile;
  handbook: readonly ContentFile[];
  guide: readonly ContentFile[];
  templates: readonly ContentFile[];
}

export type FindingKind = 'amount' | 'reference' | 'registry';

export interface Finding {
  kind: FindingKind;
  file: string;
  line?: number;
  /** The hand-written amount with its context, or what is wrong. */
  text: string;
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The line where `id:` starts at column 0, for messages. */
function keyLine(text: string, id: string): number | undefined {
  const index = text.split(/\r?\n/).findIndex((l) => l.startsWith(`${id}:`) || l.startsWith(`"${id}":`));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * content/sources.yaml, entry by entry: the sources that pass, every id written (a broken source is reported
 * once, not again by each rule citing it), and a finding with its line per problem.
 */
export function loadSources(file: ContentFile | undefined): {
  sources: Record<string, DatedSource>;
  ids: Set<string>;
  findings: Finding[];
} {
  const sources: Record<string, DatedSource> = {};
  const ids = new Set<string>();
  const findings: Finding[] = [];
  if (!file) return { sources, ids, findings: [{ kind: 'registry', file: 'content/sources.yaml', text: '找不到这个文件' }] };
  let data: unknown;
  try {
    data = load(file.text);
  } catch (error) {
    const text = `YAML 写法有误：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { sources, ids, findings: [{ kind: 'registry', file: file.file, text }] };
  }
  for (const [id, raw] of Object.entries(asRecord(data) ?? {})) {
    ids.add(id);
    const parsed = sourceSchema.safeParse(raw);
    if (parsed.success) sources[id] = parsed.data;
    else
      for (const issue of parsed.error.issues)
        findings.push({ kind: 'registry', file: file.file, line: keyLine(file.text, id), text: `${id} › ${issue.path.join('.')}：${chineseIssue(issue)}` });
  }
  return { sources, ids, findings };
}

/**
 * Parses and checks every rules file, entry by entry: a broken entry is reported but its id still counts as
 * known, so one typo does not turn every reference to its file into an "unknown rule" finding.
 */
export function loadRuleFiles(
  files: readonly ContentFile[],
  sourceIds: ReadonlySet<string>,
): { rules: Rule[]; ids: Set<string>; findings: Finding[] } {
  const rules: Rule[] = [];
  const ids = new Set<string>();
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const add = (file: string, text: string, line?: number) => findings.push({ kind: 'registry', file, line, text });
  for (const { file, text } of files) {
    const topic = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (!TOPIC_KEYS.has(topic)) {
      add(file, `文件名不是已知的主题（可用：${TOPICS.map((t) => `${t.key}.yaml`).join('、')}）`);
      continue;
    }
    let data: unknown;
    try {
      data = load(text);
    } catch (error) {
      add(file, `YAML 写法有误：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    const entries = asRecord(data);
    if (!entries) {
      add(file, '文件内容必须是「规则 id → 规则」的字典');
      continue;
    }
    for (const [id, raw] of Object.entries(entries)) {
      const line = keyLine(text, id);
      ids.add(id);
      const other = seen.get(id);
      if (other) add(file, `${id}：规则 id 与 ${other} 里的重复`, line);
      seen.set(id, file);
      if (!RULE_ID.test(id)) add(file, `${id}：规则 id 只能用小写英文字母、数字和 -`, line);
      const parsed = ruleSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) add(file, `${id} › ${issue.path.join('.') || '(规则)'}：${chineseIssue(issue)}`, line);
        continue;
      }
      const entry: RuleEntry = parsed.data;
      const cited = [...entry.sources, ...(entry.variants ?? []).flatMap((v) => v.sources)];
      for (const s of new Set(cited)) if (!sourceIds.has(s)) add(file, `${id} › sources：来源「${s}」不在 content/sources.yaml 里`, line);
      rules.push({ ...entry, id, topic: topic as TopicKey });
    }
  }
  return { rules, ids, findings };
}

function fromScan(file: string, scan: ScanResult, rules: ReadonlyMap<string, Rule>, ids: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = scan.offenders.map((o) => ({ kind: 'amount', file, line: o.line, text: o.snippet }));
  for (const p of scan.problems) findings.push({ kind: 'reference', file, line: p.line, text: p.message });
  for (const ref of scan.refs) {
    const rule = rules.get(ref.id);
    if (!ids.has(ref.id)) findings.push({ kind: 'reference', file, line: ref.line, text: `规则 id「${ref.id}」不存在（content/rules/*.yaml 里没有）` });
    else if (rule && ref.key !== undefined && !(rule.values && ref.key in rule.values)) {
      const keys = Object.keys(rule.values ?? {});
      const hint = keys.length > 0 ? `可用：${keys.join('、')}` : '这条规则只有一个数值';
      findings.push({ kind: 'reference', file, line: ref.line, text: `规则「${ref.id}」没有名为「${ref.key}」的数值（${hint}）` });
    } else if (rule && ref.version !== undefined) {
      const bounds = versionBounds(rule, ref.key);
      if ('problem' in bounds) findings.push({ kind: 'reference', file, line: ref.line, text: bounds.problem });
    }
  }
  return findings;
}

/** A template's `when:` pulls in the chat rules its label quotes. */
function whenRefs(text: string): ScanResult {
  const result: ScanResult = { offenders: [], refs: [], problems: [] };
  text.split(/\r?\n/).forEach((line, n) => {
    const when = /^when:\s*["']?([\w-]+)/.exec(line)?.[1];
    if (when && (TEMPLATE_WHEN as readonly string[]).includes(when))
      for (const ref of ruleRefs(WHEN_LABELS[when as TemplateWhen].text)) result.refs.push({ ...ref, line: n + 1, column: 1 });
  });
  return result;
}

export function checkContent(input: CheckInput): { rules: Rule[]; findings: Finding[] } {
  const loaded = loadSources(input.sources);
  const { rules, ids, findings } = loadRuleFiles(input.rules, loaded.ids);
  findings.push(...loaded.findings);
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const f of input.handbook) findings.push(...fromScan(f.file, scanMdx(f.text), byId, ids));
  for (const f of input.guide) findings.push(...fromScan(f.file, scanYaml(f.text, 'guide'), byId, ids));
  for (const f of input.templates) {
    findings.push(...fromScan(f.file, scanYaml(f.text, 'template'), byId, ids));
    findings.push(...fromScan(f.file, whenRefs(f.text), byId, ids));
  }
  return { rules, findings };
}

const HEADINGS: Record<FindingKind, string> = {
  amount:
    '手写的数额（天、小时、月、周、卢布、₽、%）：改成规则引用（MDX 写 <Rule id="…" />，YAML 写 {rule:…}）；' +
    '只是举例或建议的数额用 <NotRule>…</NotRule> 或 {not-rule:…} 包起来',
  reference: '规则引用有误',
  registry: '规则登记表（content/rules/）有误',
};

/** One message, grouped by kind, one `file:line  片段` line per finding. */
export function formatFindings(findings: readonly Finding[]): string {
  const blocks = (['amount', 'reference', 'registry'] as const).flatMap((kind) => {
    const own = findings.filter((f) => f.kind === kind);
    if (own.length === 0) return [];
    const lines = own.map((f) => `  ${f.file}${f.line ? `:${f.line}` : ''}  ${f.text}`);
    return [`${HEADINGS[kind]}（${own.length} 处）：\n${lines.join('\n')}`];
  });
  return `内容检查没有通过，共 ${findings.length} 处问题 (content check failed: ${findings.length} problem(s))\n${blocks.join('\n')}`;
}
