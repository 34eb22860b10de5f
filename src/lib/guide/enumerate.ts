/** Every valid answer path, one per static page. A DAG can multiply paths, so the count is capped. */
import { START_ID, isQuestion, type GuideTree } from './types';

export interface GuidePathEntry {
  segments: string[];
  nodeId: string;
}

/** Far above any hand-written guide; a tree beyond it almost certainly has a wiring mistake. */
export const MAX_GUIDE_PAGES = 5000;

export function enumeratePaths(tree: GuideTree, maxPages = MAX_GUIDE_PAGES): GuidePathEntry[] {
  const out: GuidePathEntry[] = [];
  const walk = (nodeId: string, segments: string[], onPath: Set<string>): void => {
    if (out.length >= maxPages) {
      throw new Error(
        `决策向导会生成超过 ${maxPages} 个页面：请检查 content/guide/tree.yaml 里是否有太多分支汇合后又分叉 ` +
          `(guide would generate more than ${maxPages} pages)`,
      );
    }
    out.push({ segments, nodeId });
    const node = tree[nodeId];
    if (!isQuestion(node) || onPath.has(nodeId)) return;
    const next = new Set(onPath).add(nodeId);
    for (const option of node.options) {
      if (option.next in tree) walk(option.next, [...segments, option.value], next);
    }
  };
  walk(START_ID, [], new Set());
  return out;
}

/** The shortest path to each node: the page the map links to. */
export function firstPathTo(tree: GuideTree): Map<string, string[]> {
  const first = new Map<string, string[]>([[START_ID, []]]);
  const queue = [START_ID];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = tree[id];
    if (!isQuestion(node)) continue;
    for (const option of node.options) {
      if (option.next in tree && !first.has(option.next)) {
        first.set(option.next, [...first.get(id)!, option.value]);
        queue.push(option.next);
      }
    }
  }
  return first;
}
