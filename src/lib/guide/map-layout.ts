/**
 * Positions for the map diagram: one column per depth (the longest way from `start`, so every arrow points
 * right), nodes in a column ordered as a depth-first walk meets them, so siblings stay together.
 */
import { START_ID, isQuestion, type GuideTree } from './types';

export interface MapNode {
  id: string;
  kind: 'question' | 'outcome';
  lines: string[];
  x: number;
  y: number;
}

export interface MapEdge {
  from: string;
  to: string;
  d: string;
}

export interface MapLayout {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
  box: { w: number; h: number };
}

const BOX = { w: 188, h: 56 };
const GAP = { x: 64, y: 14 };
const PAD = 12;
const CHARS_PER_LINE = 12;

/** Two lines of at most CHARS_PER_LINE characters; longer text ends with an ellipsis. */
export function wrapLabel(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= CHARS_PER_LINE) return [text];
  const second = chars.slice(CHARS_PER_LINE, CHARS_PER_LINE * 2);
  const more = chars.length > CHARS_PER_LINE * 2;
  return [chars.slice(0, CHARS_PER_LINE).join(''), more ? `${second.slice(0, -1).join('')}…` : second.join('')];
}

export function layoutMap(tree: GuideTree): MapLayout {
  const depth = new Map<string, number>();
  const order: string[] = [];
  // Longest-path depth; the tree is validated acyclic, `onPath` only protects against a broken one.
  const visit = (id: string, d: number, onPath: Set<string>) => {
    if (!(id in tree) || onPath.has(id)) return;
    if (!depth.has(id)) order.push(id);
    if ((depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    const node = tree[id];
    if (isQuestion(node)) for (const o of node.options) visit(o.next, d + 1, new Set(onPath).add(id));
  };
  visit(START_ID, 0, new Set());

  const columns: string[][] = [];
  for (const id of order) (columns[depth.get(id)!] ??= []).push(id);
  const rows = Math.max(0, ...columns.map((c) => c.length));
  const height = PAD * 2 + rows * BOX.h + Math.max(0, rows - 1) * GAP.y;
  const pos = new Map<string, { x: number; y: number }>();
  const nodes: MapNode[] = [];
  columns.forEach((column, c) => {
    // Top-aligned, so `start` is in the top-left corner where a reader begins.
    column.forEach((id, r) => {
      const node = tree[id]!;
      const p = { x: PAD + c * (BOX.w + GAP.x), y: PAD + r * (BOX.h + GAP.y) };
      pos.set(id, p);
      nodes.push({ id, kind: node.type, lines: wrapLabel(isQuestion(node) ? node.question : node.title), ...p });
    });
  });

  const edges: MapEdge[] = [];
  for (const n of nodes) {
    const node = tree[n.id];
    if (!isQuestion(node)) continue;
    for (const to of new Set(node.options.map((o) => o.next))) {
      const target = pos.get(to);
      if (!target) continue;
      const x1 = n.x + BOX.w;
      const y1 = n.y + BOX.h / 2;
      const x2 = target.x;
      const y2 = target.y + BOX.h / 2;
      const mid = (x1 + x2) / 2;
      edges.push({ from: n.id, to, d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` });
    }
  }
  const width = PAD * 2 + columns.length * BOX.w + Math.max(0, columns.length - 1) * GAP.x;
  return { nodes, edges, width, height, box: BOX };
}
