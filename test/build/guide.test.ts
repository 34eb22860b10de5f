/** The built guide pages: testing contract, search attributes, handbook anchors that really exist, the map. */
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { enumeratePaths } from '../../src/lib/guide/enumerate';
import { isModelQuestion } from '../../src/lib/guide/map-layout';
import { linesFor, pathModel } from '../../src/lib/guide/models';
import { resolvePath } from '../../src/lib/guide/state';
import { builtGuide } from '../support/built-guide';

const dist = inject('siteDist');
const html = (urlPath: string) => load(readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8'));
const data = builtGuide(dist);
const pages = enumeratePaths(data.tree).map((p) => ({ ...p, url: `guide/${p.segments.map((s) => `${s}/`).join('')}` }));

describe('guide pages', () => {
  it('exist for every path, each with one step element naming its node', () => {
    for (const p of pages) {
      const $ = html(p.url);
      const step = $('[data-guide-node]');
      expect(step.length, p.url).toBe(1);
      expect(step.attr('data-guide-id'), p.url).toBe(p.nodeId);
      expect(step.attr('data-guide-node'), p.url).toBe(data.tree[p.nodeId]!.type);
      expect($('h1').length, p.url).toBe(1);
      expect($('[data-guide-change]').length, p.url).toBe(p.segments.length);
    }
  });

  it('index each outcome once for search, as 向导结论 with its models, and no questions', () => {
    const indexed = new Map<string, number>();
    for (const p of pages) {
      const $ = html(p.url);
      const node = data.tree[p.nodeId]!;
      if (node.type === 'question') {
        expect($('[data-pagefind-body]').length, p.url).toBe(0);
        expect($('a[data-guide-option]').length, p.url).toBe(node.options.length);
      } else {
        const body = $('[data-pagefind-body]').length;
        indexed.set(p.nodeId, (indexed.get(p.nodeId) ?? 0) + body);
        expect($('[data-pagefind-filter="kind"]').text(), p.url).toBe('向导结论');
        expect($('[data-pagefind-filter="model"]').map((_, e) => $(e).text()).get(), p.url).toEqual(node.models ?? []);
        // Only the steps for the model answered on the way (all of them when the path has none).
        const model = pathModel(resolvePath(data.tree, p.segments).answers.map((a) => a.option));
        expect($('.guide-steps li').length, p.url).toBe(linesFor(node.steps, model).length);
      }
    }
    const outcomeIds = Object.keys(data.tree).filter((id) => data.tree[id]!.type === 'outcome');
    expect(outcomeIds.map((id) => [id, indexed.get(id)])).toEqual(outcomeIds.map((id) => [id, 1]));
  });

  it('link only to handbook headings that exist on the built handbook pages', () => {
    const checked = new Set<string>();
    for (const node of Object.values(data.tree)) {
      if (node.type !== 'outcome') continue;
      for (const link of node.links ?? []) {
        const [pagePath, anchor] = link.href!.split('#');
        const file = path.join(dist, pagePath!, 'index.html');
        expect(existsSync(file), link.href).toBe(true);
        if (anchor && !checked.has(link.href!)) {
          checked.add(link.href!);
          const ids = load(readFileSync(file, 'utf8'))('[id]').map((_, e) => e.attribs.id).get();
          expect(ids, link.href).toContain(decodeURIComponent(anchor));
        }
      }
    }
  });

  it('draws a map in which every node links to one of its pages', () => {
    const $ = html('guide/map');
    const nodes = $('svg a[data-map-node]');
    // Model questions are folded into arrow labels; every other node is a box.
    const boxes = Object.keys(data.tree).filter((id) => id === 'start' || !isModelQuestion(data.tree[id]));
    expect(nodes.map((_, a) => a.attribs['data-map-node']).get().sort()).toEqual(boxes.sort());
    if (boxes.length < Object.keys(data.tree).length) expect($('svg .guide-map-label').length).toBeGreaterThan(0);
    const urls = new Set(pages.map((p) => `/${p.url}`));
    nodes.each((_, a) => {
      expect(urls.has(a.attribs.href!), a.attribs.href).toBe(true);
    });
    const outcomes = Object.values(data.tree).filter((n) => n.type === 'outcome').length;
    expect($('.guide-outcome-list li').length).toBe(outcomes);
  });
});
