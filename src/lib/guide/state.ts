/**
 * Answer state: a guide URL is the list of chosen option values. The state is rebuilt by replaying them from
 * `start`; the first value that is not an option of the node reached stops the replay and is reported.
 */
import { START_ID, isQuestion, type GuideOption, type GuideTree } from './types';

export interface Answer {
  /** The question this answer belongs to. */
  nodeId: string;
  option: GuideOption;
}

export interface InvalidSegment {
  index: number;
  segment: string;
  reason: 'unknown-option' | 'after-outcome';
}

export interface Resolution {
  answers: Answer[];
  /** The node the valid answers lead to: the page to show. */
  nodeId: string;
  invalid?: InvalidSegment;
}

export function resolvePath(tree: GuideTree, segments: readonly string[]): Resolution {
  const answers: Answer[] = [];
  let nodeId = START_ID;
  for (const [index, segment] of segments.entries()) {
    const node = tree[nodeId];
    if (!isQuestion(node)) return { answers, nodeId, invalid: { index, segment, reason: 'after-outcome' } };
    const option = node.options.find((o) => o.value === segment);
    if (!option || !(option.next in tree)) return { answers, nodeId, invalid: { index, segment, reason: 'unknown-option' } };
    answers.push({ nodeId, option });
    nodeId = option.next;
  }
  return { answers, nodeId };
}

export function segmentsOf(answers: readonly Answer[]): string[] {
  return answers.map((a) => a.option.value);
}

/**
 * Remembered answers: by question id, and by question wording as a fallback. Branches for different fulfilment
 * models often ask the same question in different nodes ("买家说的退货原因是什么？"); switching FBS → rFBS should
 * keep the reason the reader already gave. Node ids are ASCII, so the "?" prefix never collides with one.
 */
export type RememberedAnswers = ReadonlyMap<string, string>;

const byWording = (question: string) => `?${question}`;

/**
 * Replays remembered answers from `start` and stops at the first question without a still-valid remembered
 * answer. This is how changing an earlier answer keeps the later ones that still apply.
 */
export function replayRemembered(tree: GuideTree, remembered: RememberedAnswers): string[] {
  const segments: string[] = [];
  const visited = new Set<string>();
  let nodeId = START_ID;
  for (;;) {
    const node = tree[nodeId];
    if (!isQuestion(node) || visited.has(nodeId)) return segments;
    visited.add(nodeId);
    const value = remembered.get(nodeId) ?? remembered.get(byWording(node.question));
    const option = node.options.find((o) => o.value === value);
    // The next node may not be loaded yet (the browser fetches the tree in parts): resolvePath checks it.
    if (!option) return segments;
    segments.push(option.value);
    nodeId = option.next;
  }
}

/** The answers of a path, keyed by question id and by question wording: the input of replayRemembered. */
export function rememberAnswers(tree: GuideTree, answers: readonly Answer[]): Map<string, string> {
  const remembered = new Map<string, string>();
  for (const a of answers) {
    const node = tree[a.nodeId];
    if (isQuestion(node)) remembered.set(byWording(node.question), a.option.value);
    remembered.set(a.nodeId, a.option.value);
  }
  return remembered;
}

/** Records a new answer to question `nodeId`, replacing what was remembered for it under both keys. */
export function rememberAnswer(tree: GuideTree, remembered: Map<string, string>, nodeId: string, value: string): void {
  const node = tree[nodeId];
  if (isQuestion(node)) remembered.set(byWording(node.question), value);
  remembered.set(nodeId, value);
}

/** Answer `value` to the question at `index` of the path, keeping later answers that remain valid. */
export function changeAnswer(tree: GuideTree, segments: readonly string[], index: number, value: string): string[] {
  const { answers } = resolvePath(tree, segments);
  const target = answers[index];
  if (!target) return segmentsOf(answers);
  const remembered = rememberAnswers(tree, answers);
  rememberAnswer(tree, remembered, target.nodeId, value);
  return replayRemembered(tree, remembered);
}
