/**
 * The guide as the pages and the browser use it: the tree with handbook links already turned into hrefs and
 * the per-node facts that would otherwise need the whole tree (progress, the indexed path), plus only the
 * templates and rules that nodes quote. Built once at build time. The browser never loads it whole: it
 * fetches one part per node (guide/data/<id>.json, see ./parts.ts) as the reader answers.
 * Rule placeholders in plain-text fields (titles, option labels, menu paths) become values here; prose fields
 * keep them for the views, which draw value + badge from `rules`.
 */
import type { RuleDisplay } from '../rules/display';
import { plainText, ruleRefs } from '../rules/placeholders';
import { WHEN_LABELS } from '../rules/when';
import { joinBase } from '../url';
import { resolveAnchor } from './anchors';
import { firstPathTo } from './enumerate';
import { remainingQuestions } from './progress';
import {
  isOutcome,
  type GuideNode,
  type GuideTemplate,
  type GuideTree,
  type HandbookPage,
  type OutcomeNode,
  type QuestionNode,
} from './types';

export interface CompiledQuestion extends QuestionNode {
  /** Questions still to answer from here, counting this one (the progress line). */
  remaining: number;
}

export interface CompiledOutcome extends OutcomeNode {
  /** The shortest answer path here: the one page of this outcome that search indexes. */
  firstPath: string[];
}

export type CompiledNode = CompiledQuestion | CompiledOutcome;

export interface GuideData {
  base: string;
  /** Every node when built; in the browser, the nodes fetched so far. */
  tree: Record<string, CompiledNode>;
  templates: Record<string, GuideTemplate>;
  /** Display data of the rules the tree and its templates quote, and nothing else. */
  rules: Record<string, RuleDisplay>;
}

export interface CompileInput {
  base: string;
  tree: GuideTree;
  handbook: readonly HandbookPage[];
  templates: Readonly<Record<string, GuideTemplate>>;
  /** Every rule, resolved for the build date. */
  rules: Readonly<Record<string, RuleDisplay>>;
}

/** Every string anywhere in a value (node, template). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function plainFields(node: GuideNode, rules: CompileInput['rules']): GuideNode {
  const plain = (text: string) => plainText(text, rules);
  if (!isOutcome(node)) {
    return {
      ...node,
      question: plain(node.question),
      options: node.options.map((o) => ({ ...o, label: plain(o.label), summary: plain(o.summary) })),
    };
  }
  return {
    ...node,
    title: plain(node.title),
    steps: node.steps.map((s) => (s.where ? { ...s, where: plain(s.where) } : s)),
    links: node.links?.map((l) => ({ ...l, label: plain(l.label) })),
  };
}

/** Rules a node quotes: placeholders in its text, its deadlines, and its templates' text and chat labels. */
export function usedRuleIds(node: GuideNode, templates: Readonly<Record<string, GuideTemplate>>): Set<string> {
  const used = new Set<string>();
  for (const text of strings(node)) for (const ref of ruleRefs(text)) used.add(ref.id);
  if (!isOutcome(node)) return used;
  for (const d of node.deadlines ?? []) used.add(d.rule);
  for (const id of node.templates ?? []) {
    const template = templates[id];
    if (!template) continue;
    for (const text of [...strings(template), WHEN_LABELS[template.when].text]) for (const ref of ruleRefs(text)) used.add(ref.id);
  }
  return used;
}

export function compileGuide(input: CompileInput): GuideData {
  const pages = new Map(input.handbook.map((p) => [p.id, p]));
  const firstPaths = firstPathTo(input.tree);
  const remaining = new Map<string, number>();
  const tree: Record<string, CompiledNode> = {};
  const templates: Record<string, GuideTemplate> = {};
  const used = new Set<string>();
  for (const [id, raw] of Object.entries(input.tree)) {
    for (const rule of usedRuleIds(raw, input.templates)) used.add(rule);
    const node = plainFields(raw, input.rules);
    if (!isOutcome(node)) {
      tree[id] = { ...node, remaining: remainingQuestions(input.tree, id, remaining) };
      continue;
    }
    for (const id of node.templates ?? []) {
      const template = input.templates[id];
      if (template) templates[id] = { ...template, title: plainText(template.title, input.rules) };
    }
    const links = (node.links ?? []).map((link) => {
      const page = pages.get(link.page);
      const slug = page && link.anchor ? resolveAnchor(page, link.anchor) : undefined;
      return { ...link, href: joinBase(input.base, `/handbook/${link.page}/${slug ? `#${slug}` : ''}`) };
    });
    tree[id] = { ...node, links, firstPath: firstPaths.get(id) ?? [] };
  }
  const rules: Record<string, RuleDisplay> = {};
  for (const id of [...used].sort()) {
    const rule = input.rules[id];
    if (!rule) throw new Error(`决策向导引用的规则「${id}」不存在：content/rules/*.yaml 里没有这个 id`);
    rules[id] = rule;
  }
  return { base: input.base, tree, templates, rules };
}
