/**
 * The map diagram, laid out at build time by elkjs (layered, left to right). Model questions (「哪种履约模式？」,
 * asked again on many branches) are folded away: their parent points straight at each branch, and the arrow
 * says which models lead there. Nodes are given in a depth-first walk from `start`, which ELK keeps as the
 * order inside a layer, so siblings stay together.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { optionModel, modelsLabel } from './models';
import { MODELS } from '../handbook/sections';
import { START_ID, isQuestion, type GuideNode, type GuideTree } from './types';

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
  /** The models that take this arrow, when it stands for a folded model question. */
  label?: { text: string; x: number; y: number; w: number; h: number };
}

export interface MapLayout {
  nodes: MapNode[];
  edges: MapEdge[];
  /** The model questions drawn as arrow labels instead of boxes. */
  folded: string[];
  width: number;
  height: number;
  box: { w: number; h: number };
}

const BOX = { w: 188, h: 56 };
const PAD = 12;
const CHARS_PER_LINE = 12;
/** Label size for the 13 px Latin model names (about 7.5 px a character) and its padding. */
const LABEL = { char: 7.5, pad: 10, h: 20 };

/** Two lines of at most CHARS_PER_LINE characters; longer text ends with an ellipsis. */
export function wrapLabel(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= CHARS_PER_LINE) return [text];
  const second = chars.slice(CHARS_PER_LINE, CHARS_PER_LINE * 2);
  const more = chars.length > CHARS_PER_LINE * 2;
  return [chars.slice(0, CHARS_PER_LINE).join(''), more ? `${second.slice(0, -1).join('')}…` : second.join('')];
}

/** A question whose every option names a model: the map shows it as labels on its parent's arrows. */
export function isModelQuestion(node: GuideNode | undefined): boolean {
  return isQuestion(node) && node.options.every((o) => optionModel(o) !== undefined);
}

/** Arrows of the folded diagram: target → models that lead there (empty for a plain answer). */
function arrowsFrom(tree: GuideTree, id: string, foldable: (id: string) => boolean): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (to: string, models: string[]) => {
    const set = out.get(to) ?? new Set<string>();
    for (const m of models) set.add(m);
    out.set(to, set);
  };
  const expand = (nodeId: string, models: string[], seen: Set<string>) => {
    const node = tree[nodeId];
    if (!isQuestion(node)) return;
    for (const o of node.options) {
      if (!(o.next in tree) || seen.has(o.next)) continue;
      const model = optionModel(o);
      const via = model ? [model] : models;
      if (foldable(o.next)) expand(o.next, via, new Set(seen).add(o.next));
      else add(o.next, via);
    }
  };
  expand(id, [], new Set([id]));
  return out;
}

/**
 * Network-simplex layering gives the real tree its compact diagram but grows much faster than the tree: a
 * 600-box map took 15 s and a 2000-box one many minutes. Past this size the map takes longest-path layering
 * (2000 boxes in about 25 s), so a large guide never stalls the build.
 */
const SIMPLEX_LAYERING_MAX_BOXES = 300;

export async function layoutMap(tree: GuideTree): Promise<MapLayout> {
  const foldable = (id: string) => id !== START_ID && isModelQuestion(tree[id]);
  // Depth-first order of the boxes, skipping folded questions.
  const order: string[] = [];
  const arrows = new Map<string, Map<string, Set<string>>>();
  const visit = (id: string) => {
    if (arrows.has(id) || !(id in tree)) return;
    const out = arrowsFrom(tree, id, foldable);
    arrows.set(id, out);
    order.push(id);
    for (const to of out.keys()) visit(to);
  };
  visit(START_ID);

  const edges: ElkExtendedEdge[] = [...arrows].flatMap(([from, out]) =>
    [...out].map(([to, models], i) => {
      const text = models.size > 0 ? modelsLabel(MODELS.filter((m) => models.has(m))) : undefined;
      return {
        id: `${from}>${to}#${i}`,
        sources: [from],
        targets: [to],
        labels: text ? [{ text, width: text.length * LABEL.char + LABEL.pad, height: LABEL.h }] : [],
      };
    }),
  );
  const input: ElkNode = {
    id: 'guide',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeEdge': '6',
      'elk.spacing.edgeNode': '8',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      // Network simplex keeps long edges straight and the diagram about a third shorter than Brandes-Köpf here.
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.layering.strategy': order.length > SIMPLEX_LAYERING_MAX_BOXES ? 'LONGEST_PATH' : 'NETWORK_SIMPLEX',
      'elk.edgeLabels.inline': 'true',
    },
    children: order.map((id) => ({ id, width: BOX.w, height: BOX.h })),
    edges,
  };
  const graph = await new ELK().layout(input);

  const nodes: MapNode[] = (graph.children ?? []).map((c) => {
    const node = tree[c.id]!;
    return { id: c.id, kind: node.type, lines: wrapLabel(isQuestion(node) ? node.question : node.title), x: c.x ?? 0, y: c.y ?? 0 };
  });
  const mapEdges: MapEdge[] = (graph.edges ?? []).flatMap((e) =>
    (e.sections ?? []).map((s) => {
      const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
      const label = e.labels?.[0];
      return {
        from: e.sources[0]!,
        to: e.targets[0]!,
        d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x)} ${Math.round(p.y)}`).join(''),
        ...(label?.text
          ? { label: { text: label.text, x: label.x ?? 0, y: label.y ?? 0, w: label.width ?? 0, h: label.height ?? 0 } }
          : {}),
      };
    }),
  );
  const folded = Object.keys(tree).filter((id) => foldable(id));
  return { nodes, edges: mapEdges, folded, width: graph.width ?? 0, height: graph.height ?? 0, box: BOX };
}
