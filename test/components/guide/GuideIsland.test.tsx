// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GuideIsland from '../../../src/components/guide/GuideIsland';
import { GuideStep } from '../../../src/components/guide/GuideStep';
import { checklistKey } from '../../../src/lib/guide/checklist';
import { guidePath } from '../../../src/lib/guide/codec';
import { partOf } from '../../../src/lib/guide/parts';
import { buildView } from '../../../src/lib/guide/view';
import { validData } from '../../unit/guide/fixtures';

const data = validData();
const viewAt = (segments: string[]) => buildView(data, segments).view;

function mount(segments: string[]) {
  history.replaceState(null, '', guidePath('/', segments));
  // Serves the guide's parts as the built site does: /guide/data/<node id>.json.
  const fetchMock = vi.fn(async (url: string) => {
    const id = /^\/guide\/data\/(.+)\.json$/.exec(url)?.[1];
    return id && data.tree[id] ? new Response(JSON.stringify(partOf(data, id))) : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  const utils = render(<GuideIsland initial={viewAt(segments)} base="/" />);
  return { ...utils, fetchMock };
}

/** Markup with attributes sorted: string rendering and DOM diffing write them in different orders. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
  return `<${el.tagName.toLowerCase()} ${attrs}>${[...el.childNodes].map(canonical).join('')}</${el.tagName.toLowerCase()}>`;
}

const step = () => document.querySelector('[data-guide-node]')!;
const option = (label: string) => screen.getByRole('link', { name: label });

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('GuideIsland', () => {
  it('renders the same markup as the server before it has the tree', () => {
    const view = viewAt(['delivered', 'rfbs']);
    const server = renderToString(<GuideStep view={view} />);
    const { container } = mount(['delivered', 'rfbs']);
    const expected = document.createElement('div');
    expected.innerHTML = server;
    expect(canonical(container.querySelector('article')!)).toBe(canonical(expected.firstElementChild!));
  });

  it('changes step in place: URL, heading focus, live region, progress', async () => {
    const { fetchMock } = mount([]);
    await new Promise((r) => setTimeout(r, 0));
    // Nothing is fetched before the reader answers; then only the nodes the new step needs.
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(option('买家已经签收'));
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('delivered-model'));
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual(['/guide/data/delivered-model.json', '/guide/data/start.json']);
    expect(location.pathname).toBe('/guide/delivered/');
    await waitFor(() => expect(document.activeElement?.id).toBe('guide-heading'));
    expect(document.activeElement?.textContent).toBe('这单用的是哪种履约模式？');
    expect(document.querySelector('[aria-live]')!.textContent).toBe('第 2 步：这单用的是哪种履约模式？');
    expect(screen.getByText('第 2 步，之后最多还有 2 步')).toBeTruthy();
    expect(document.title).toContain('这单用的是哪种履约模式？');
  });

  it('follows Back and Forward (popstate)', async () => {
    mount(['delivered']);
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(option('FBS'));
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('delivered-reason'));
    history.replaceState(null, '', '/guide/delivered/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('delivered-model'));
  });

  it('shows a notice and the last valid step when popstate lands on a stale URL', async () => {
    mount(['delivered']);
    await new Promise((r) => setTimeout(r, 0));
    history.replaceState(null, '', '/guide/delivered/cod/damaged/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已经失效'));
    expect(step().getAttribute('data-guide-id')).toBe('delivered-model');
    expect(location.pathname).toBe('/guide/delivered/');
  });

  it('keeps later answers that are still valid when an earlier answer is changed', async () => {
    mount(['delivered', 'fbs', 'damaged', 'low']);
    await new Promise((r) => setTimeout(r, 0));
    const change = document.querySelectorAll<HTMLAnchorElement>('[data-guide-change]')[1]!;
    fireEvent.click(change);
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('delivered-model'));
    fireEvent.click(option('rFBS'));
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('damaged-low'));
    expect(location.pathname).toBe('/guide/delivered/rfbs/damaged/low/');
  });

  it('follows the link as an ordinary page load when a part cannot be fetched', async () => {
    mount([]);
    await new Promise((r) => setTimeout(r, 0));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
    fireEvent.click(option('买家已经签收'));
    await waitFor(() => expect(assign).toHaveBeenCalledWith(new URL('/guide/delivered/', location.href).href));
    expect(step().getAttribute('data-guide-id')).toBe('start');
  });

  it('restarts from the first question', async () => {
    mount(['delivered', 'fbs']);
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByRole('link', { name: '重新开始' }));
    await waitFor(() => expect(step().getAttribute('data-guide-id')).toBe('start'));
    expect(location.pathname).toBe('/guide/');
  });

  it('turns outcome steps into a checklist whose ticks are saved per outcome', async () => {
    mount(['delivered', 'fbs', 'damaged', 'low']);
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    fireEvent.click(boxes[1]!);
    await waitFor(() => expect((boxes[1] as HTMLInputElement).checked).toBe(true));
    const saved = JSON.parse(localStorage.getItem(checklistKey('damaged-low', 'FBS'))!);
    expect(saved.done).toEqual([1]);
    cleanup();
    mount(['delivered', 'fbs', 'damaged', 'low']);
    const again = await screen.findAllByRole('checkbox');
    expect(again.map((b) => (b as HTMLInputElement).checked)).toEqual([false, true, false]);
  });

  it('ignores corrupt saved ticks with a notice instead of crashing', async () => {
    localStorage.setItem(checklistKey('damaged-low', 'FBS'), '{"v":1,"fp":"stale","done":[0,1,2]}');
    mount(['delivered', 'fbs', 'damaged', 'low']);
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes.every((b) => !(b as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('勾选记录');
  });

  it('puts print and copy-link in the closing row, beside 重新开始', async () => {
    mount(['delivered', 'fbs', 'damaged', 'low']);
    const print = await screen.findByRole('button', { name: '打印' });
    const row = print.closest('.guide-restart-row')!;
    expect(row.querySelector('[data-guide-copy-link]')).not.toBeNull();
    expect(row.querySelector('[data-guide-restart]')).not.toBeNull();
  });

  it('copies the Russian text of a template', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount(['in-transit', 'rfbs']);
    fireEvent.click(await screen.findByRole('button', { name: '复制俄语原文' }));
    expect(writeText).toHaveBeenCalledWith('Здравствуйте! Заказ отменён.');
    await screen.findByRole('button', { name: '已复制' });
  });
});

describe('GuideStep without JavaScript', () => {
  it('has no buttons, and plain ordered steps', () => {
    const html = renderToString(<GuideStep view={viewAt(['in-transit', 'rfbs'])} />);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('checkbox');
    expect(html).toContain('<ol class="guide-steps">');
  });

  it('shows each deadline as its rule: value, confidence badge linking to /rules/, dated source (folded)', () => {
    const html = renderToString(<GuideStep view={viewAt(['in-transit', 'rfbs'])} />);
    expect(html).toContain('<span class="rule-value">3 个日历日</span>');
    expect(html).toContain('href="/rules/#fbo-review-window"');
    expect(html).toMatch(/新闻报道 · 以卖家后台为准/);
    expect(html).toContain('（2025年10月15日发布）');
    expect(renderToString(<GuideStep view={viewAt(['in-transit', 'fbs'])} />)).toContain('15 天 / 30 天（版本不一）');
    expect(html).toContain('href="/handbook/precautions/#不要误点取消"');
  });

  it('folds the deadlines’ dated sources into one closed <details> under the list, once per rule', () => {
    const view = viewAt(['in-transit', 'rfbs']);
    if (view.kind !== 'outcome') throw new Error('expected an outcome');
    const root = document.createElement('div');
    root.innerHTML = renderToString(<GuideStep view={view} />);
    const sources = root.querySelector('details.guide-sources')!;
    expect(sources.hasAttribute('open')).toBe(false);
    expect(root.querySelector('.guide-deadlines')!.querySelectorAll('a[href^="http"]')).toHaveLength(0);
    const rules = [...new Map(view.deadlines.map((d) => [d.rule.id, d.rule])).values()];
    expect(rules.length).toBeGreaterThan(0);
    expect([...sources.querySelectorAll('li')].map((li) => li.textContent!.split('：')[0])).toEqual(rules.map((r) => r.statement));
    const links = [...sources.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(rules.flatMap((r) => r.sources.map((src) => src.url)));
  });

  it('shows each template with when it can be sent, its numbers read from the chat rules', () => {
    const html = renderToString(<GuideStep view={viewAt(['in-transit', 'rfbs'])} />);
    expect(html).toContain('可以先发');
    expect(html).toMatch(/<span class="rule-value">72 小时<\/span>/);
  });
});
