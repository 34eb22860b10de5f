/**
 * The guide's island. The server renders the same <GuideStep> from the same view, so the page works without
 * JavaScript; once hydrated, links are intercepted and steps change in place with pushState, using the tree
 * fetched from tree.json. Back/Forward replay the URL; focus moves to the new h1 and a live region announces it.
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
import { rememberAnswer, rememberAnswers, replayRemembered, resolvePath } from '../../lib/guide/state';
import { buildView, type OutcomeView, type StepView } from '../../lib/guide/view';
import { GuideStep } from './GuideStep';

interface Props {
  initial: StepView;
  base: string;
  treeUrl: string;
}

const SITE = '退款应对手册';
const INVALID_LINK = '链接里有已经失效的回答，已回到最后一个仍然有效的问题。';
const IGNORED_TICKS = '之前保存的勾选记录已过期或无法读取，已忽略。';
const headingOf = (v: StepView) => (v.kind === 'question' ? v.question : v.title);

const fingerprintOf = (view: OutcomeView) => stepsFingerprint(view.steps.map((s) => s.text));

function readTicks(view: StepView): SavedChecklist {
  if (view.kind !== 'outcome') return { ticks: [], ignored: false };
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(checklistKey(view.id));
  } catch {
    // Storage blocked (privacy settings): start unticked.
  }
  return parseChecklist(raw, fingerprintOf(view), view.steps.length);
}

export default function GuideIsland({ initial, base, treeUrl }: Props) {
  const [view, setView] = useState(initial);
  const [enhanced, setEnhanced] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [notice, setNotice] = useState('');
  const [ticks, setTicks] = useState<boolean[]>([]);
  const [copied, setCopied] = useState<Record<string, string>>({});
  const [ready, setReady] = useState(false);
  const data = useRef<GuideData | null>(null);
  /** Answers of the path the reader came from when they pressed 修改, replayed after the new answer. */
  const pending = useRef<Map<string, string> | null>(null);
  const focusNext = useRef(false);

  /** `push` for a reader's click; `none` when the browser already changed the URL (Back/Forward). */
  const show = (segments: string[], mode: 'push' | 'none') => {
    const tree = data.current!;
    const result = buildView(tree, segments);
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

  useEffect(() => {
    setEnhanced(true);
    const saved = readTicks(initial);
    setTicks(saved.ticks);
    if (saved.ignored) setNotice(IGNORED_TICKS);
    let alive = true;
    fetch(treeUrl)
      .then((r) => (r.ok ? (r.json() as Promise<GuideData>) : Promise.reject(new Error(String(r.status)))))
      .then((json) => {
        if (!alive) return;
        data.current = json;
        setReady(true);
      })
      // Without the tree the links still work as ordinary page loads.
      .catch(() => undefined);
    const onPop = () => {
      const segments = parseGuidePath(base, location.pathname);
      if (!data.current || !segments) return location.reload();
      pending.current = null;
      show(segments, 'none');
    };
    addEventListener('popstate', onPop);
    return () => {
      alive = false;
      removeEventListener('popstate', onPop);
    };
  }, []);

  useEffect(() => {
    document.title = `${headingOf(view)} · ${SITE}`;
    if (!focusNext.current) return;
    focusNext.current = false;
    document.getElementById('guide-heading')?.focus();
  }, [view]);

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || !data.current || event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const segments = parseGuidePath(base, new URL(link.href).pathname);
    if (!segments) return;
    const tree = data.current.tree;
    if (link.hasAttribute('data-guide-change')) {
      pending.current = rememberAnswers(tree, resolvePath(tree, view.segments).answers);
    } else if (link.hasAttribute('data-guide-option') && pending.current) {
      const remembered = pending.current;
      rememberAnswer(tree, remembered, view.id, segments[segments.length - 1]!);
      pending.current = null;
      event.preventDefault();
      return show(replayRemembered(tree, remembered), 'push');
    } else if (link.hasAttribute('data-guide-back') || link.hasAttribute('data-guide-restart')) {
      pending.current = null;
    } else if (!link.hasAttribute('data-guide-option')) {
      return;
    }
    event.preventDefault();
    show(segments, 'push');
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
      localStorage.setItem(checklistKey(view.id), serialiseChecklist(next, fingerprintOf(view)));
    } catch {
      // Private mode or a full quota: the ticks still work for this visit.
    }
  };

  return (
    // data-guide-ready: steps now change in place (browser tests and the benchmark wait for it).
    <div class="guide" onClick={onClick} data-guide-ready={ready ? '' : undefined}>
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
        enhance={enhanced ? { ticks, onTick, onCopy: copy, copied, onPrint: () => print() } : undefined}
      />
    </div>
  );
}
