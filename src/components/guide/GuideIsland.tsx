/**
 * The guide's island (Guide.astro renders and hydrates it). The server renders the same <GuideStep> from the
 * same view, so the page works without JavaScript; once hydrated, links are intercepted and steps change in
 * place with pushState. It loads no data until the reader answers, then fetches only the parts of the tree
 * (one JSON file per node) the new step needs. Back/Forward replay the URL; focus moves to the new h1 and a
 * live region announces it. When a part cannot be fetched, the link is followed as an ordinary page load.
 */
import { Component } from 'preact';
import {
  checklistKey,
  parseChecklist,
  serialiseChecklist,
  stepsFingerprint,
  type SavedChecklist,
} from '../../lib/guide/checklist';
import { guidePath, parseGuidePath } from '../../lib/guide/codec';
import { emptyGuide, fetchPart, loadPath, loadReplay } from '../../lib/guide/parts';
import { rememberAnswer, rememberAnswers, resolvePath } from '../../lib/guide/state';
import { buildView, type OutcomeView, type StepView } from '../../lib/guide/view';
import { GuideStep } from './GuideStep';

export interface GuideIslandProps {
  /** The step the page was built for. */
  initial: StepView;
  /** The site's base path, for URLs and the data parts. */
  base: string;
}

const SITE = '退款应对手册';
const INVALID_LINK = '链接里有已经失效的回答，已回到最后一个仍然有效的问题。';
const IGNORED_TICKS = '之前保存的勾选记录已过期或无法读取，已忽略。';
/** A printed plan carries the answers and every buyer message, so the folded parts are opened first. */
function printAll() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.guide details')) details.open = true;
  print();
}

const headingOf = (v: StepView) => (v.kind === 'question' ? v.question : v.title);

const fingerprintOf = (view: OutcomeView) => stepsFingerprint(view.steps.map((s) => s.text));

function readTicks(view: StepView): SavedChecklist {
  if (view.kind !== 'outcome') return { ticks: [], ignored: false };
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(checklistKey(view.id, view.model));
  } catch {
    // Storage blocked (privacy settings): start unticked.
  }
  return parseChecklist(raw, fingerprintOf(view), view.steps.length);
}

interface State {
  view: StepView;
  /** Steps now change in place (browser tests and the benchmark wait for data-guide-ready). */
  enhanced: boolean;
  announce: string;
  notice: string;
  ticks: boolean[];
  /** Feedback shown on the copy button last used, keyed by template id or "link". */
  copied: Record<string, string>;
}

/**
 * A class rather than a function with hooks: every guide page then loads no preact/hooks (1.1 KB gzip).
 */
export default class GuideIsland extends Component<GuideIslandProps, State> {
  override state: State = { view: this.props.initial, enhanced: false, announce: '', notice: '', ticks: [], copied: {} };
  /** The nodes fetched so far; parts are added as the reader moves. */
  private data = emptyGuide(this.props.base);
  private load = fetchPart(this.props.base);
  /** Answers of the path the reader came from when they pressed 修改, replayed after the new answer. */
  private pending: Map<string, string> | null = null;
  private focusNext = false;
  /** Only the latest of overlapping navigations is shown. */
  private latest = 0;

  override componentDidMount() {
    const saved = readTicks(this.props.initial);
    this.setState({ enhanced: true, ticks: saved.ticks, notice: saved.ignored ? IGNORED_TICKS : '' });
    addEventListener('popstate', this.onPop);
    this.stepShown();
  }

  override componentWillUnmount() {
    removeEventListener('popstate', this.onPop);
  }

  override componentDidUpdate(_props: GuideIslandProps, previous: State) {
    if (previous.view !== this.state.view) this.stepShown();
  }

  /** After the first render and each step change: the document title, and focus on the new heading. */
  private stepShown() {
    document.title = `${headingOf(this.state.view)} · ${SITE}`;
    if (!this.focusNext) return;
    this.focusNext = false;
    document.getElementById('guide-heading')?.focus();
  }

  /** `push` for a reader's click; `none` when the browser already changed the URL (Back/Forward). */
  private show(segments: string[], mode: 'push' | 'none') {
    const { base } = this.props;
    const result = buildView(this.data, segments);
    const next = result.view;
    const url = guidePath(base, next.segments);
    if (mode === 'push') history.pushState(null, '', url);
    else if (result.invalid) history.replaceState(null, '', url);
    // Everything the new step needs is set in one update, so the step renders once.
    const saved = readTicks(next);
    this.focusNext = true;
    this.setState({
      view: next,
      ticks: saved.ticks,
      notice: result.invalid ? INVALID_LINK : saved.ignored ? IGNORED_TICKS : '',
      announce: next.kind === 'question' ? `第 ${next.progress.step} 步：${next.question}` : `处理方案：${next.title}`,
      copied: {},
    });
  }

  /** Runs `task` (which loads the parts it needs) and shows its path; on failure, `fallback` does a page load. */
  private navigate(task: () => Promise<string[]>, mode: 'push' | 'none', fallback: () => void) {
    const ticket = ++this.latest;
    task().then(
      (segments) => ticket === this.latest && this.show(segments, mode),
      () => ticket === this.latest && fallback(),
    );
  }

  private onPop = () => {
    const segments = parseGuidePath(this.props.base, location.pathname);
    if (!segments) return location.reload();
    this.pending = null;
    this.navigate(
      () => loadPath(this.data, segments, this.load).then(() => segments),
      'none',
      () => location.reload(),
    );
  };

  private onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const segments = parseGuidePath(this.props.base, new URL(link.href).pathname);
    const option = link.getAttribute('data-guide-option');
    const change = link.hasAttribute('data-guide-change');
    const nav = link.hasAttribute('data-guide-back') || link.hasAttribute('data-guide-restart');
    if (!segments || (option === null && !change && !nav)) return;
    event.preventDefault();
    const guide = this.data;
    const load = this.load;
    const from = this.state.view;
    // The nodes of the current path (for the answers and for remembering them) and the one the link leads to.
    const next = from.kind === 'question' ? from.options.find((o) => o.value === option)?.next : undefined;
    const known = nav ? from.nodeIds.slice(0, segments.length + 1) : [...from.nodeIds, ...(next ? [next] : [])];
    this.navigate(
      async () => {
        await loadPath(guide, change ? from.segments : segments, load, known);
        if (change) {
          this.pending = rememberAnswers(guide.tree, resolvePath(guide.tree, from.segments).answers);
          return segments;
        }
        if (option !== null && this.pending) {
          const remembered = this.pending;
          this.pending = null;
          rememberAnswer(guide.tree, remembered, from.id, option);
          return loadReplay(guide, remembered, load);
        }
        if (nav) this.pending = null;
        return segments;
      },
      'push',
      () => location.assign(link.href),
    );
  };

  private copy = (key: string, text: string) => {
    const done = (label: string) => this.setState((s) => ({ copied: { ...s.copied, [key]: label } }));
    const failed = () => done('复制失败，请长按文字手动复制');
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(text).then(() => done('已复制'), failed);
  };

  private onTick = (index: number) => {
    const { view, ticks } = this.state;
    if (view.kind !== 'outcome') return;
    const next = ticks.slice();
    next[index] = !next[index];
    this.setState({ ticks: next });
    try {
      localStorage.setItem(checklistKey(view.id, view.model), serialiseChecklist(next, fingerprintOf(view)));
    } catch {
      // Private mode or a full quota: the ticks still work for this visit.
    }
  };

  override render() {
    const { view, enhanced, announce, notice, ticks, copied } = this.state;
    return (
      <div class="guide" onClick={this.onClick} data-guide-ready={enhanced ? '' : undefined}>
        <p class="visually-hidden" aria-live="polite" data-pagefind-ignore="">
          {announce}
        </p>
        {notice && (
          <p class="guide-notice" role="status" data-pagefind-ignore="">
            {notice}
          </p>
        )}
        <GuideStep
          view={view}
          enhance={enhanced ? { ticks, onTick: this.onTick, onCopy: this.copy, copied, onPrint: printAll } : undefined}
        />
      </div>
    );
  }
}
