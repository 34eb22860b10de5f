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
 * Replays remembered answers (question id → option value) from `start` and stops at the first question without
 * a still-valid remembered answer. This is how changing an earlier answer keeps the later ones that still apply.
 */
export function replayRemembered(tree: GuideTree, remembered: ReadonlyMap<string, string>): string[] {
  const segments: string[] = [];
  const visited = new Set<string>();
  let nodeId = START_ID;
  for (;;) {
    const node = tree[nodeId];
    if (!isQuestion(node) || visited.has(nodeId)) return segments;
    visited.add(nodeId);
    const option = node.options.find((o) => o.value === remembered.get(nodeId));
    if (!option || !(option.next in tree)) return segments;
    segments.push(option.value);
    nodeId = option.next;
  }
}

/** The answers of a path as a question id → value map, the input of replayRemembered. */
export function rememberAnswers(answers: readonly Answer[]): Map<string, string> {
  return new Map(answers.map((a) => [a.nodeId, a.option.value]));
}

/** Answer `value` to the question at `index` of the path, keeping later answers that remain valid. */
export function changeAnswer(tree: GuideTree, segments: readonly string[], index: number, value: string): string[] {
  const { answers } = resolvePath(tree, segments);
  const target = answers[index];
  if (!target) return segmentsOf(answers);
  const remembered = rememberAnswers(answers);
  remembered.set(target.nodeId, value);
  return replayRemembered(tree, remembered);
}
