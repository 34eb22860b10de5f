/** @jsxImportSource preact */
/**
 * The search box and its results, used in the header dialog and on /search/. A labelled search input,
 * a status line read out by screen readers, filter chips with counts, and results as a plain list of
 * links: ArrowDown/ArrowUp move between the input and the links, Enter opens, Esc leaves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FIRST_SCREEN, runSearch, type Hit, type SearchOutcome } from '../../lib/search/engine';
import { answerView, applyFilters, detailView, facet, type AnswerView, type FilterState, type ResultDetail } from '../../lib/search/present';
import { compareFilterValues } from '../../lib/search/kinds';
import { MODELS } from '../../lib/handbook/sections';
import { MAX_QUERY_CHARS, capQuery, cleanQuery } from '../../lib/search/normalize';
import { withBase } from '../../lib/url';
import { loadConverter, loadFacts, loadLexicon, loadPagefind, loadSituations, loadSynonyms } from './pagefind-client';

interface Props {
  /** Page mode keeps ?q= in the address bar so the results can be shared and reloaded. */
  mode: 'dialog' | 'page';
  initialQuery?: string;
  inputId: string;
  onEscape?: () => void;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

const DEBOUNCE_MS = 120;
/** Rows shown at first and added per "more" click; each row fetches its excerpt (2 to 8 KB). */
const PAGE_SIZE = FIRST_SCREEN;
const STARTERS = ['包装', '拦截', '部分补偿', '拒收', '争议', '证据'];
const modelOrder = (a: string, b: string) => MODELS.indexOf(a as never) - MODELS.indexOf(b as never) || a.localeCompare(b);

export default function SearchPanel({ mode, initialQuery = '', inputId, onEscape }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  /** The query the shown outcome answers: while the next one runs, notices about the old one stay quiet. */
  const [answered, setAnswered] = useState('');
  const [filters, setFilters] = useState<FilterState>({ kind: null, model: null });
  const [visible, setVisible] = useState(PAGE_SIZE);
  /**
   * Pages whose excerpt arrived (or failed). Until the reader scrolls, a row asks for its excerpt only once
   * every row above it has one and it is still on screen, so only what the first screen shows is fetched;
   * once they scroll, every row does when it comes into view.
   */
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [scrolled, setScrolled] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const latest = useRef(0);
  const first = useRef(Boolean(initialQuery));

  useEffect(() => {
    // The address keeps only what is searched, so a pasted page never makes a URL too long to reload.
    const q = capQuery(cleanQuery(query)).text;
    if (mode === 'page') {
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    const id = ++latest.current;
    if (!q) {
      setOutcome(null);
      setStatus('idle');
      return;
    }
    // A query from the address bar runs at once; typing waits for a pause.
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    const timer = setTimeout(async () => {
      setStatus((s) => (s === 'ready' ? s : 'loading'));
      try {
        const [pagefind, synonyms, lexicon, facts] = await Promise.all([loadPagefind(), loadSynonyms(), loadLexicon(), loadFacts()]);
        const result = await runSearch(pagefind, query, { synonyms, lexicon, facts, loadConverter, loadSituations });
        if (id !== latest.current) return;
        setOutcome(result);
        setAnswered(q);
        setFilters({ kind: null, model: null });
        setVisible(PAGE_SIZE);
        setSettled(new Set());
        setScrolled(false);
        setStatus('ready');
      } catch {
        if (id === latest.current) setStatus('error');
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (scrolled || !outcome) return;
    // Scroll events do not bubble; a capturing listener on the window sees the dialog's and the page's.
    const onScroll = () => setScrolled(true);
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => removeEventListener('scroll', onScroll, { capture: true });
  }, [scrolled, outcome]);

  const hits = outcome?.hits ?? [];
  const question = outcome?.question ?? null;
  const concepts = question?.concepts.map((c) => c.text) ?? [];
  const targets = outcome ? [outcome.term, ...outcome.synonyms, ...(question?.concepts.flatMap((c) => [c.text, ...c.forms]) ?? [])] : [];
  const shown = applyFilters(hits, filters);
  /** The first row still waiting for its excerpt: rows down to it may ask for theirs. */
  const frontier = shown.findIndex((h) => !settled.has(h.id));
  const kinds = facet(hits, 'kind', filters, compareFilterValues);
  const models = facet(hits, 'model', filters, modelOrder);

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
  const moveFocus = (from: HTMLElement | null, step: 1 | -1) => {
    const all = links();
    const next = (from ? all.indexOf(from as HTMLAnchorElement) : -1) + step;
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const inInput = target === input.current;
    const inList = !inInput && target.matches('a[data-result]');
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (inInput || inList)) {
      event.preventDefault();
      moveFocus(inInput ? null : target, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && inInput) {
      const top = links()[0];
      if (top) {
        event.preventDefault();
        top.click();
      }
    } else if (event.key === 'Escape') {
      if (!inInput) {
        event.preventDefault();
        input.current?.focus();
      } else if (mode === 'page' && query) {
        event.preventDefault();
        setQuery('');
      } else if (onEscape) {
        event.preventDefault();
        onEscape();
      }
    }
  };

  const toggle = (key: keyof FilterState, value: string) => {
    setFilters((f) => ({ ...f, [key]: f[key] === value ? null : value }));
    setVisible(PAGE_SIZE);
    setScrolled(false);
  };

  const term = outcome?.term ?? cleanQuery(query);
  let statusText = '输入关键词，例如「包装」「拦截」「部分补偿」。也可以用繁体或卖家常说的说法，例如「退钱」「快递」。';
  if (status === 'loading') statusText = '正在搜索…';
  // `astro dev` has no index: Pagefind indexes a build.
  else if (status === 'error' && import.meta.env.DEV) statusText = '开发服务器里没有搜索索引：搜索需要先构建，请用 npm start 预览。';
  else if (status === 'error') statusText = '搜索暂时无法加载，请稍后重试，或浏览手册目录。';
  else if (status === 'ready' && hits.length === 0) statusText = `没有找到「${term}」。`;
  else if (status === 'ready') {
    const filtered = shown.length < hits.length ? `，筛选后 ${shown.length} 个` : '';
    const also = outcome!.synonyms.length > 0 ? `（也搜了${outcome!.synonyms.slice(0, 3).map((w) => `「${w}」`).join('')}）` : '';
    const by = concepts.length > 0 ? `（按${concepts.map((w) => `「${w}」`).join('')}找答案）` : '';
    statusText = `「${term}」找到 ${hits.length} 个页面${also}${by}${filtered}。`;
  }
  const typed = capQuery(cleanQuery(query)).text;
  const capped = status === 'ready' && outcome?.capped ? `输入太长，只搜索了前 ${MAX_QUERY_CHARS} 个字。` : '';
  const converted = status === 'ready' && outcome && typed && answered === typed && outcome.term !== typed ? `已按简体「${outcome.term}」搜索「${typed}」。` : '';

  return (
    <div class={`search-panel search-panel-${mode}`} onKeyDown={onKeyDown}>
      <div class="search-field">
        <label for={inputId}>搜索手册、向导结论和消息模板</label>
        <input
          ref={input}
          id={inputId}
          type="search"
          autoComplete="off"
          spellcheck={false}
          enterKeyHint="search"
          aria-describedby={`${inputId}-status`}
          aria-controls={`${inputId}-results`}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          autoFocus
        />
      </div>
      <p id={`${inputId}-status`} class="search-status" role="status">{capped}{converted}{statusText}</p>

      {status === 'idle' && <Suggestions title="常搜的词" terms={STARTERS} onPick={setQuery} />}

      {hits.length > 0 && (kinds.length > 1 || models.length > 0) && (
        <div class="search-filters">
          {kinds.length > 1 && <FilterGroup label="类型" values={kinds} active={filters.kind} onToggle={(v) => toggle('kind', v)} />}
          {models.length > 0 && <FilterGroup label="履约模式" values={models} active={filters.model} onToggle={(v) => toggle('model', v)} />}
        </div>
      )}

      {outcome?.answer && shown[0] === outcome.answer && <AnswerCard hit={outcome.answer} id={`${inputId}-answer`} />}

      <ol class="search-results" id={`${inputId}-results`} ref={list} aria-label="搜索结果">
        {shown.slice(0, visible).map((hit, i) => (
          <HitRow
            key={hit.id}
            hit={hit}
            targets={targets}
            term={term}
            firstLoose={!question && hit.tier === 2 && (i === 0 || shown[i - 1]!.tier < 2)}
            armed={scrolled || frontier === -1 || i <= frontier}
            onSettled={() => setSettled((done) => (done.has(hit.id) ? done : new Set(done).add(hit.id)))}
          />
        ))}
      </ol>
      {shown.length > visible && (
        <button type="button" class="search-more" onClick={() => setVisible((v) => v + PAGE_SIZE)}>
          显示更多结果（还有 {shown.length - visible} 个）
        </button>
      )}

      {status === 'ready' && hits.length === 0 && (
        <div class="search-empty">
          {(outcome?.situations.length ?? 0) > 0 && (
            <div class="search-situations">
              <p class="search-suggestions-title">从决策向导的这一步开始：</p>
              <ul>
                {outcome!.situations.map((s) => (
                  <li key={s.href}><a href={s.href}>{s.label}</a></li>
                ))}
              </ul>
            </div>
          )}
          {(outcome?.related.length ?? 0) > 0 && <Suggestions title="换个说法试试" terms={outcome!.related.slice(0, 6)} onPick={setQuery} />}
          <Suggestions title="常搜的词" terms={STARTERS} onPick={setQuery} />
          <p>
            不知道该搜什么？用<a href={withBase('/guide/')}>决策向导</a>回答几个问题，或浏览<a href={withBase('/handbook/')}>手册目录</a>。
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * 「最可能的答案」: the one result that clearly answers the question, with the outcome's verdict or the
 * section's first lines. It is also the first row of the list, so the list stays complete without it.
 */
function AnswerCard({ hit, id }: { hit: Hit; id: string }) {
  const [view, setView] = useState<AnswerView | null>(null);
  useEffect(() => {
    let live = true;
    hit.load().then((data) => live && setView(answerView(data, hit.facts.title, hit.fit?.heading)), () => undefined);
    return () => {
      live = false;
    };
  }, [hit]);
  return (
    <section class="search-answer" aria-labelledby={id}>
      <h2 id={id} class="search-answer-label">最可能的答案</h2>
      <a class="search-answer-link" href={view?.url ?? withBase(hit.facts.url)}>
        <span class="search-answer-title">{hit.facts.title}</span>
        {view?.section && <span class="search-answer-section">{view.section}</span>}
        {hit.facts.kind && <span class="search-hit-kind">{hit.facts.kind}</span>}
      </a>
      {view && <p class="search-answer-lines">{view.lines}</p>}
    </section>
  );
}

interface HitRowProps {
  hit: Hit;
  targets: string[];
  term: string;
  firstLoose: boolean;
  /** The rows above have their excerpts (this row's place on screen is final), or the reader scrolls. */
  armed: boolean;
  onSettled: () => void;
}

/**
 * A result row. Its excerpt (the page's Pagefind fragment, 2 to 8 KB) is fetched once the row is armed
 * and on screen: rows that the excerpts above push out of view wait until the reader scrolls to them.
 */
function HitRow({ hit, targets, term, firstLoose, armed, onSettled }: HitRowProps) {
  const [detail, setDetail] = useState<ResultDetail | null>(null);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!armed) return;
    let live = true;
    const load = () =>
      hit.load().then(
        (data) => live && setDetail(detailView(data, targets)),
        () => undefined,
      ).finally(() => live && onSettled());
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void load();
    });
    observer.observe(row.current!);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [hit, armed]);
  const { facts } = hit;
  return (
    <li class="search-hit" ref={row}>
      {firstLoose && <p class="search-tier-note">以下页面不含完整的「{term}」，只含其中一部分：</p>}
      <a class="search-hit-main" href={detail?.url ?? withBase(facts.url)} data-result>
        <span class="search-hit-title">{facts.title}</span>
        {facts.kind && <span class="search-hit-kind">{facts.kind}</span>}
        {detail ? (
          <span class="search-hit-excerpt" dangerouslySetInnerHTML={{ __html: detail.excerpt }} />
        ) : (
          <span class="search-hit-excerpt search-hit-loading">正在载入摘要…</span>
        )}
      </a>
      {detail && detail.sections.length > 0 && (
        <ul class="search-hit-sections" aria-label={`${facts.title}中的相关小节`}>
          {detail.sections.map((s) => (
            <li key={s.url}>
              <a href={s.url} data-result>
                <span class="search-section-title">{s.title}</span>
                <span class="search-hit-excerpt" dangerouslySetInnerHTML={{ __html: s.excerpt }} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Suggestions({ title, terms, onPick }: { title: string; terms: string[]; onPick: (t: string) => void }) {
  return (
    <div class="search-suggestions">
      <p class="search-suggestions-title">{title}</p>
      <ul>
        {terms.map((t) => (
          <li key={t}>
            <button type="button" class="search-chip" onClick={() => onPick(t)}>{t}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FilterGroupProps {
  label: string;
  values: { value: string; count: number }[];
  active: string | null;
  onToggle: (value: string) => void;
}

function FilterGroup({ label, values, active, onToggle }: FilterGroupProps) {
  return (
    <div class="search-filter-group" role="group" aria-label={`按${label}筛选`}>
      <span class="search-filter-label" aria-hidden="true">{label}</span>
      {values.map(({ value, count }) => (
        <button type="button" class="search-chip" aria-pressed={active === value} onClick={() => onToggle(value)} key={value}>
          {value} <span class="search-chip-count">{count}</span>
        </button>
      ))}
    </div>
  );
}
