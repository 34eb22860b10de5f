/**
 * The guide's island (Guide.astro renders and hydrates it). The server renders the same <GuideStep> from the
 * same view, so the page works without JavaScript; once hydrated, links are intercepted and steps change in
 * place with pushState. It loads no data until the reader answers, then fetches only the parts of the tree
 * (one JSON file per node) the new step needs. Back/Forward replay the URL; focus moves to the new h1 and a
 * live region announces it. When a part cannot be fetched, the link is followed as an ordinary page load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checklistKey,
  parseChecklist,
  serialiseChecklist,
  stepsFingerprint,
  type SavedChecklist,
} from '../../lib/guide/checklist';
import { guidePath, parseGuidePath } from '../../lib/guide/codec';
import type { GuideData } from '../../lib/guide/data';
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

export default function GuideIsland({ initial, base }: GuideIslandProps) {
  const [view, setView] = useState(initial);
  const [enhanced, setEnhanced] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [notice, setNotice] = useState('');
  const [ticks, setTicks] = useState<boolean[]>([]);
  const [copied, setCopied] = useState<Record<string, string>>({});
  /** The nodes fetched so far; parts are added as the reader moves. */
  const data = useRef<GuideData>(emptyGuide(base));
  const load = useRef(fetchPart(base)).current;
  /** Answers of the path the reader came from when they pressed 修改, replayed after the new answer. */
  const pending = useRef<Map<string, string> | null>(null);
  const focusNext = useRef(false);
  /** Only the latest of overlapping navigations is shown. */
  const latest = useRef(0);

  /** `push` for a reader's click; `none` when the browser already changed the URL (Back/Forward). */
  const show = (segments: string[], mode: 'push' | 'none') => {
    const result = buildView(data.current, segments);
    const next = result.view;
    const url = guidePath(base, next.segments);
    if (mode === 'push') history.pushState(null, '', url);
    else if (result.invalid) history.replaceState(null, '', url);
    // Everything the new step needs is set here in one batch, so the step renders once.
    const saved = readTicks(next);
    setTicks(saved.ticks);
    setNotice(result.invalid ? INVALID_LINK : saved.ignored ? IGNORED_TICKS : '');
    setAnnounce(next.kind === 'question' ? `第 ${next.progress.step} 步：${next.question}` : `处理方案：${next.title}`);
    focusNext.current = true;
    setCopied({});
    setView(next);
  };

  /** Runs `task` (which loads the parts it needs) and shows its path; on failure, `fallback` does a page load. */
  const navigate = (task: () => Promise<string[]>, mode: 'push' | 'none', fallback: () => void) => {
    const ticket = ++latest.current;
    task().then(
      (segments) => ticket === latest.current && show(segments, mode),
      () => ticket === latest.current && fallback(),
    );
  };

  useEffect(() => {
    setEnhanced(true);
    const saved = readTicks(initial);
    setTicks(saved.ticks);
    if (saved.ignored) setNotice(IGNORED_TICKS);
    const onPop = () => {
      const segments = parseGuidePath(base, location.pathname);
      if (!segments) return location.reload();
      pending.current = null;
      navigate(
        () => loadPath(data.current, segments, load).then(() => segments),
        'none',
        () => location.reload(),
      );
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = `${headingOf(view)} · ${SITE}`;
    if (!focusNext.current) return;
    focusNext.current = false;
    document.getElementById('guide-heading')?.focus();
  }, [view]);

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const segments = parseGuidePath(base, new URL(link.href).pathname);
    const option = link.getAttribute('data-guide-option');
    const change = link.hasAttribute('data-guide-change');
    const nav = link.hasAttribute('data-guide-back') || link.hasAttribute('data-guide-restart');
    if (!segments || (option === null && !change && !nav)) return;
    event.preventDefault();
    const guide = data.current;
    const from = view;
    // The nodes of the current path (for the answers and for remembering them) and the one the link leads to.
    const next = from.kind === 'question' ? from.options.find((o) => o.value === option)?.next : undefined;
    const known = nav ? from.nodeIds.slice(0, segments.length + 1) : [...from.nodeIds, ...(next ? [next] : [])];
    navigate(
      async () => {
        await loadPath(guide, change ? from.segments : segments, load, known);
        if (change) {
          pending.current = rememberAnswers(guide.tree, resolvePath(guide.tree, from.segments).answers);
          return segments;
        }
        if (option !== null && pending.current) {
          const remembered = pending.current;
          pending.current = null;
          rememberAnswer(guide.tree, remembered, from.id, option);
          return loadReplay(guide, remembered, load);
        }
        if (nav) pending.current = null;
        return segments;
      },
      'push',
      () => location.assign(link.href),
    );
  };

  const copy = (key: string, text: string) => {
    const done = (label: string) => setCopied((c) => ({ ...c, [key]: label }));
    const failed = () => done('复制失败，请长按文字手动复制');
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(text).then(() => done('已复制'), failed);
  };

  const onTick = (index: number) => {
    if (view.kind !== 'outcome') return;
    const next = ticks.slice();
    next[index] = !next[index];
    setTicks(next);
    try {
      localStorage.setItem(checklistKey(view.id, view.model), serialiseChecklist(next, fingerprintOf(view)));
    } catch {
      // Private mode or a full quota: the ticks still work for this visit.
    }
  };

  return (
    // data-guide-ready: steps now change in place (browser tests and the benchmark wait for it).
    <div class="guide" onClick={onClick} data-guide-ready={enhanced ? '' : undefined}>
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
        enhance={enhanced ? { ticks, onTick, onCopy: copy, copied, onPrint: printAll } : undefined}
      />
    </div>
  );
}
