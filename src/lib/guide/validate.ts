/**
 * Graph checks for the decision tree. Every problem is collected (never the first one only), so an editor
 * fixes a broken tree in one pass; each names the file and node id, in Chinese with an English tag.
 */
import { resolveAnchor } from './anchors';
import { MODELS } from '../handbook/sections';
import type { Model } from '../handbook/sections';
import { modelsLabel, optionModel } from './models';
import { START_ID, isOutcome, isQuestion, type GuideTree, type HandbookPage } from './types';

export type ProblemKind =
  | 'malformed-node'
  | 'bad-id'
  | 'duplicate-id'
  | 'missing-start'
  | 'unknown-target'
  | 'unreachable'
  | 'cycle'
  | 'dead-end'
  | 'too-few-options'
  | 'bad-option-value'
  | 'duplicate-option-value'
  | 'duplicate-option-label'
  | 'reserved-value'
  | 'missing-handbook-page'
  | 'missing-heading'
  | 'unknown-template'
  | 'unreachable-line';

export interface Problem {
  kind: ProblemKind;
  file: string;
  nodeId: string;
  message: string;
}

export interface ValidationInput {
  /** Parsed tree file: node id → node, unchecked (the validator tolerates any shape). */
  tree: unknown;
  file: string;
  /** Ids that appear more than once in the file (a YAML map silently keeps the last one). */
  duplicateIds?: readonly string[];
  handbook: readonly HandbookPage[];
  templateIds: ReadonlySet<string>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** First-level option values that would collide with the guide's other routes. */
export const RESERVED_VALUES: ReadonlySet<string> = new Set(['map', 'data']);

const EN: Record<ProblemKind, string> = {
  'malformed-node': 'malformed node',
  'bad-id': 'id must be lowercase ASCII',
  'duplicate-id': 'duplicate id',
  'missing-start': 'missing start node',
  'unknown-target': 'unknown target',
  unreachable: 'unreachable node',
  cycle: 'cycle',
  'dead-end': 'leaf that is not an outcome',
  'too-few-options': 'question with fewer than 2 options',
  'bad-option-value': 'option value must be lowercase ASCII',
  'duplicate-option-value': 'duplicate option value',
  'duplicate-option-label': 'duplicate option label',
  'reserved-value': 'reserved option value',
  'missing-handbook-page': 'link to missing handbook page',
  'missing-heading': 'link to missing handbook heading',
  'unknown-template': 'unknown template id',
  'unreachable-line': 'line for a model no path to the outcome has',
};

/** The outcome lists whose lines may name models, with the word an editor knows them by. */
const SCOPED_LISTS = [
  ['steps', '步骤'],
  ['deadlines', '期限'],
  ['evidence', '证据'],
  ['avoid', '不要做的事'],
] as const;

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Where each option goes, for the graph walks; options without a string `next` are skipped here. */
function edges(node: unknown): string[] {
  if (!isRecord(node) || node.type !== 'question') return [];
  return list(node.options).flatMap((o) => (isRecord(o) && str(o.next) ? [o.next as string] : []));
}

export function validateTree(input: ValidationInput): Problem[] {
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, nodeId: string, message: string) =>
    problems.push({ kind, file: input.file, nodeId, message });

  if (!isRecord(input.tree)) {
    add('malformed-node', '(文件)', '文件内容必须是「节点 id → 节点」的字典');
    return problems;
  }
  const tree = input.tree;
  const ids = Object.keys(tree);
  const pages = new Map(input.handbook.map((p) => [p.id, p]));

  for (const id of new Set(input.duplicateIds ?? [])) add('duplicate-id', id, `节点 id「${id}」出现了不止一次`);

  for (const id of ids) {
    if (!ID_PATTERN.test(id)) add('bad-id', id, `节点 id「${id}」只能用小写英文字母、数字和 -`);
    const node = tree[id];
    if (!isRecord(node) || (node.type !== 'question' && node.type !== 'outcome')) {
      add('malformed-node', id, 'type 必须是 question 或 outcome');
      continue;
    }
    if (node.type === 'question') checkQuestion(id, node, tree, add);
    else checkOutcome(id, node, pages, input, add);
  }

  if (!(START_ID in tree)) add('missing-start', START_ID, '缺少起点：必须有一个 id 为 start 的问题');
  else checkGraph(tree, ids, add);
  // Which models reach an outcome is only meaningful on a sound graph.
  if (problems.length === 0) checkLineModels(tree, add);
  return problems;
}

type Add = (kind: ProblemKind, nodeId: string, message: string) => void;

function checkQuestion(id: string, node: Raw, tree: Raw, add: Add): void {
  const options = list(node.options);
  if (options.length === 0) add('dead-end', id, '这个问题没有任何选项，读者会停在这里：最后一步必须是结论（outcome）');
  else if (options.length < 2) add('too-few-options', id, `问题至少要有两个选项，现在只有 ${options.length} 个`);
  const values = new Set<string>();
  const labels = new Set<string>();
  options.forEach((raw, i) => {
    if (!isRecord(raw)) return add('malformed-node', id, `第 ${i + 1} 个选项不是一个对象`);
    const value = str(raw.value);
    const label = str(raw.label);
    const next = str(raw.next);
    if (value === undefined || !ID_PATTERN.test(value))
      add('bad-option-value', id, `第 ${i + 1} 个选项的 value「${value ?? ''}」只能用小写英文字母、数字和 -`);
    else if (values.has(value)) add('duplicate-option-value', id, `选项 value「${value}」重复`);
    else values.add(value);
    if (value !== undefined && id === START_ID && RESERVED_VALUES.has(value))
      add('reserved-value', id, `起点问题的选项 value 不能用「${value}」（已被 /guide/${value}/ 占用）`);
    if (label !== undefined && labels.has(label.trim())) add('duplicate-option-label', id, `选项文字「${label}」重复`);
    else if (label !== undefined) labels.add(label.trim());
    if (next === undefined) add('malformed-node', id, `第 ${i + 1} 个选项缺少 next`);
    else if (!(next in tree)) add('unknown-target', id, `选项「${label ?? value}」指向不存在的节点「${next}」`);
  });
}

function checkOutcome(id: string, node: Raw, pages: Map<string, HandbookPage>, input: ValidationInput, add: Add): void {
  if (list(node.steps).length === 0) add('malformed-node', id, '结论至少要有一个步骤（steps）');
  for (const t of list(node.templates)) {
    if (typeof t !== 'string' || !input.templateIds.has(t))
      add('unknown-template', id, `模板「${String(t)}」不存在（content/templates/${String(t)}.yaml）`);
  }
  for (const raw of list(node.links)) {
    if (!isRecord(raw)) continue;
    const pageId = str(raw.page) ?? '';
    const page = pages.get(pageId);
    if (!page) {
      add('missing-handbook-page', id, `链接的手册页面「${pageId}」不存在（content/handbook/${pageId}.mdx）`);
      continue;
    }
    const anchor = str(raw.anchor);
    if (anchor !== undefined && resolveAnchor(page, anchor) === undefined)
      add('missing-heading', id, `手册页面「${pageId}」里没有小节「${anchor}」`);
  }
}

/**
 * For each outcome, the models a seller can arrive with. A path without a model question leaves the model
 * open: the outcome can then be reached with any model it declares in `models:` (every model if it declares none).
 */
export function reachableModels(tree: GuideTree): Map<string, Set<Model>> {
  const reach = new Map<string, Set<Model>>();
  const seen = new Set<string>();
  const walk = (id: string, model: Model | undefined) => {
    const key = `${id} ${model ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const node = tree[id];
    if (isOutcome(node)) {
      const set = reach.get(id) ?? new Set<Model>();
      for (const m of model ? [model] : Array.isArray(node.models) ? node.models : MODELS) set.add(m);
      reach.set(id, set);
    } else if (isQuestion(node) && Array.isArray(node.options)) {
      for (const o of node.options) if (o && typeof o.next === 'string') walk(o.next, optionModel(o) ?? model);
    }
  };
  walk(START_ID, undefined);
  return reach;
}

/** A line for models no path to its outcome can have would never show: usually a wrong branch or a typo. */
function checkLineModels(tree: Raw, add: Add): void {
  for (const [id, models] of reachableModels(tree as GuideTree)) {
    const node = tree[id] as Raw;
    const reach = new Set<string>(models);
    for (const [field, word] of SCOPED_LISTS) {
      list(node[field]).forEach((line, i) => {
        if (!isRecord(line) || !Array.isArray(line.models)) return;
        const lineModels = line.models.filter((m): m is string => typeof m === 'string');
        if (lineModels.some((m) => reach.has(m))) return;
        const text = str(line.text) ?? '';
        const quote = text.length > 24 ? `${text.slice(0, 24)}…` : text;
        add(
          'unreachable-line',
          id,
          `第 ${i + 1} 条${word}「${quote}」只适用于 ${modelsLabel(lineModels)}，但走到这个结论的路径只有 ` +
            `${modelsLabel(MODELS.filter((m) => reach.has(m)))}：这一条永远不会显示（改 models，或把它移到对应模式的结论里）`,
        );
      });
    }
  }
}

/** Unknown targets are reported per option above; here: reachability from start and cycles. */
function checkGraph(tree: Raw, ids: string[], add: Add): void {
  const known = (next: string) => next in tree;
  const seen = new Set<string>([START_ID]);
  const queue = [START_ID];
  while (queue.length > 0) {
    for (const next of edges(tree[queue.shift()!]).filter(known)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  for (const id of ids) if (!seen.has(id)) add('unreachable', id, '从 start 出发走不到这个节点');

  // Depth-first walk with an explicit stack of the current path, so a cycle can be printed in full.
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    state.set(id, 'active');
    path.push(id);
    for (const next of edges(tree[id]).filter(known)) {
      if (state.get(next) === 'active') {
        const loop = [...path.slice(path.indexOf(next)), next];
        const key = [...loop.slice(0, -1)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          add('cycle', id, `出现循环：${loop.join(' → ')}`);
        }
      } else if (!state.has(next)) visit(next, path);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id, []);
}

/** One line per problem, e.g. `content/guide/tree.yaml › start：… (unknown target)`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.nodeId}：${p.message} (${EN[p.kind]})`);
  return `决策向导的数据有 ${problems.length} 个问题 (guide tree has ${problems.length} problem(s)):\n${lines.join('\n')}`;
}
