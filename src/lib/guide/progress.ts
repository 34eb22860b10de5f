/** How far along a reader is: questions answered, and at most how many remain on the longest way down. */
import { isQuestion, type GuideTree } from './types';

/** Questions still to answer from `nodeId`, counting it: 0 on an outcome. */
export function remainingQuestions(tree: GuideTree, nodeId: string, memo = new Map<string, number>()): number {
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  const node = tree[nodeId];
  memo.set(nodeId, 0); // guards a cyclic (invalid) tree
  if (!isQuestion(node)) return 0;
  const deepest = Math.max(0, ...node.options.map((o) => remainingQuestions(tree, o.next, memo)));
  memo.set(nodeId, deepest + 1);
  return deepest + 1;
}

export interface Progress {
  /** 1-based number of the current question. */
  step: number;
  /** Questions that may still follow the current one, at most. */
  atMostAfter: number;
  /** 0..1, answered / (answered + longest remaining). */
  fraction: number;
}

/** `remaining`: remainingQuestions() of the current node, computed at build time. */
export function progressAt(remaining: number, answered: number): Progress {
  const total = answered + remaining;
  return { step: answered + 1, atMostAfter: Math.max(0, remaining - 1), fraction: total === 0 ? 1 : answered / total };
}

export function progressText(p: Progress): string {
  return p.atMostAfter === 0 ? `第 ${p.step} 步，这是最后一个问题` : `第 ${p.step} 步，之后最多还有 ${p.atMostAfter} 步`;
}
