/**
 * Schema of content/rules/<topic>.yaml: each file maps rule id → entry (format: content/rules/README.md).
 * Errors are in Chinese and carry the path rule id › field, so an editor finds the line to fix.
 */
import { z } from 'astro/zod';
import { MODELS } from '../handbook/sections';

export const UNITS = ['hour', 'calendar-day', 'day', 'working-day', 'month', 'rub', 'percent', 'count', 'kg'] as const;
export type Unit = (typeof UNITS)[number];

export const CONFIDENCES = ['official', 'official-conflict', 'news', 'third-party', 'inference', 'none'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const MARKETS = ['domestic', 'cross-border', 'both'] as const;

export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A calendar date as 'YYYY-MM-DD'. YAML turns unquoted dates into Date objects and quoted ones stay strings;
 * both are accepted and kept as the string the editor wrote, so no time zone ever shifts them.
 */
export const isoDate = (what: string) =>
  z
    .union([z.date(), z.string()], { error: `${what}必须是 YYYY-MM-DD 格式的日期` })
    .transform((v, ctx) => {
      const text = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v.trim();
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
      if (!valid) {
        ctx.addIssue({ code: 'custom', message: `${what}必须是 YYYY-MM-DD 格式的真实日期，现在是「${String(v)}」` });
        return z.NEVER;
      }
      return text;
    });

const unit = z.enum(UNITS, { error: `unit 只能是 ${UNITS.join('、')}` });
const number = (what: string) => z.number({ error: `${what}必须是数字` });

/** One number with a unit, or a range (either end may be open). */
const amount = z
  .object({
    amount: number('amount ').optional(),
    min: number('min ').optional(),
    max: number('max ').optional(),
    unit,
    label: z.string().trim().min(1, 'label 不能为空').optional(),
  })
  .strict()
  .refine((v) => (v.amount !== undefined) !== (v.min !== undefined || v.max !== undefined), {
    message: '数值要么写 amount，要么写 min / max（范围），不能都写或都不写',
  })
  .refine((v) => v.min === undefined || v.max === undefined || v.min < v.max, { message: '范围的 min 必须小于 max' });

const text = z
  .object({
    text: z.string().trim().min(2, '文字数值 text 不能为空'),
    label: z.string().trim().min(1, 'label 不能为空').optional(),
  })
  .strict();

const value = z.union([amount, text], {
  error: 'value 必须是 { amount, unit }、{ min, max, unit } 或 { text }',
});

const values = z
  .record(z.string().regex(RULE_ID, 'values 的键只能用小写英文字母、数字和 -'), amount.or(text))
  .refine((v) => Object.keys(v).length >= 2, { message: 'values 至少要有两个键（只有一个数时用 value）' });

const sourceIds = z.array(
  z.string().regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, '来源要写 content/sources.yaml 里的 id（如 S29、S16-kz）'),
);

const variant = z
  .object({
    value: value.optional(),
    values: values.optional(),
    sources: sourceIds.min(1, '每个版本至少要有一个来源'),
    note: z.string().trim().min(2, '版本说明 note 不能为空'),
    from: isoDate('版本的 from ').optional(),
  })
  .strict()
  .refine((v) => (v.value === undefined) !== (v.values === undefined), { message: '版本要写 value 或 values 其中之一' });

const historyEntry = z
  .object({ date: isoDate('history 的 date '), change: z.string().trim().min(4, 'history 的 change 要写清改了什么') })
  .strict();

export const ruleSchema = z
  .object({
    statement: z.string().trim().min(4, 'statement（一句中文说明）不能为空').max(120, 'statement 只写一句（120 字以内），细节写进 note'),
    value: value.optional(),
    values: values.optional(),
    starts: z.string().trim().min(2, 'starts 不能为空').optional(),
    lapse: z.string().trim().min(2, 'lapse 不能为空').optional(),
    models: z.array(z.enum(MODELS, { error: `models 只能是 ${MODELS.join('、')}` })).min(1, 'models 至少写一个履约模式'),
    market: z.enum(MARKETS, { error: 'market 只能是 domestic、cross-border 或 both' }),
    from: isoDate('from ').optional(),
    until: isoDate('until ').optional(),
    sources: sourceIds.default([]),
    confidence: z.enum(CONFIDENCES, { error: `confidence 只能是 ${CONFIDENCES.join('、')}` }),
    variants: z.array(variant).optional(),
    note: z.string().trim().min(2, 'note 不能为空').optional(),
    verified: isoDate('verified '),
    history: z.array(historyEntry).min(1, 'history 至少要有一条（录入这条规则的那一次）'),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if ((rule.value === undefined) === (rule.values === undefined))
      ctx.addIssue({ code: 'custom', path: ['value'], message: '规则要写 value 或 values 其中之一' });
    if (rule.confidence !== 'none' && rule.sources.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: '除 confidence: none 外，规则至少要有一个来源' });
    if (rule.confidence === 'official-conflict' && (rule.variants ?? []).length === 0)
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'confidence: official-conflict 要在 variants 里列出不一致的版本' });
    if (rule.from && rule.until && rule.from >= rule.until)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until 必须晚于 from' });
    const dates = rule.history.map((h) => h.date);
    if (dates.some((d, i) => i > 0 && d > dates[i - 1]!))
      ctx.addIssue({ code: 'custom', path: ['history'], message: 'history 要按日期从新到旧排列' });
  });

/** One topic file: rule id → entry. */
export const ruleFileSchema = z.record(z.string().regex(RULE_ID, '规则 id 只能用小写英文字母、数字和 -'), ruleSchema);

/**
 * zod's own messages for a missing field, a wrong type or an unknown key are English; the editor gets Chinese.
 * Every other message in this file is already written in Chinese.
 */
export function chineseIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    // `{ label: 15,000 卢布 }` splits at the commas into made-up keys: the fix is quoting, not renaming.
    const split = issue.keys.some((k) => !/^[a-z][a-zA-Z-]*$/.test(k));
    const hint = split ? '写在 { … } 里的文字含逗号时要加引号，否则会被逗号切开' : '拼错了，或者这里不该有这个字段';
    return `不认识的字段「${issue.keys.join('」「')}」（${hint}）`;
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return '缺少这个字段';
  if (issue.code === 'invalid_type') return `类型不对：这里应该是 ${issue.expected}`;
  return issue.message;
}

export type RuleEntry = z.output<typeof ruleSchema>;
export type RuleValue = NonNullable<RuleEntry['value']>;
export type AmountValue = Extract<RuleValue, { unit: Unit }>;
export type RuleVariant = NonNullable<RuleEntry['variants']>[number];

/** The twelve topic files and their Chinese labels, in the order /rules/ lists them. */
export const TOPICS = [
  { key: 'review', label: '审理申请' },
  { key: 'cancel', label: '取消' },
  { key: 'dispute', label: '争议' },
  { key: 'compensation', label: '补偿与赔偿' },
  { key: 'cross-border', label: '跨境退货' },
  { key: 'fees', label: '费用与谁付运费' },
  { key: 'chat', label: '聊天' },
  { key: 'return-period', label: '退货期限' },
  { key: 'law', label: '俄罗斯法律' },
  { key: 'rating', label: '差错指数、罚款与封禁' },
  { key: 'evidence', label: '证据与申诉' },
  { key: 'logistics', label: '物流与延误' },
] as const;

export type TopicKey = (typeof TOPICS)[number]['key'];
export const TOPIC_KEYS: ReadonlySet<string> = new Set(TOPICS.map((t) => t.key));

/**
 * A source's date as precise as the page itself: 2021, 2024-11 or 2025-10-15 (a page that shows only a year
 * must not be credited with a day). YAML reads a bare year as a number and a full date as a Date.
 */
const sourceDate = z
  .union([z.date(), z.string(), z.number()], { error: '来源的 date 必须是日期：2025-10-15，或页面只写到月、年时 2024-11、2021' })
  .transform((v, ctx) => {
    const text = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : String(v).trim();
    const [y, m, d] = text.split('-').map(Number);
    const valid =
      /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text) &&
      (m === undefined || (m >= 1 && m <= 12)) &&
      (d === undefined || new Date(Date.UTC(y!, m! - 1, d)).getUTCDate() === d);
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: `来源的 date 必须是 2025-10-15、2024-11 或 2021 这样的日期，现在是「${String(v)}」` });
      return z.NEVER;
    }
    return text;
  });

/** content/sources.yaml entries: what the registry and the pages cite. */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1, '来源标题 title 不能为空'),
    url: z.url({ message: '来源 url 必须是完整网址（https://…）' }),
    kind: z.enum(['official', 'news', 'third-party', 'law'], { error: 'kind 只能是 official、news、third-party 或 law' }),
    date: sourceDate,
    dateKind: z.enum(['published', 'retrieved'], {
      error: 'dateKind 只能是 published（页面自己的日期）或 retrieved（读取存档的日期）',
    }),
  });

export type SourceEntry = z.output<typeof sourceSchema>;
