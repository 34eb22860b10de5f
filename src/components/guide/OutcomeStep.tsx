/**
 * An outcome is an action plan: verdict, ordered steps (with where in the seller cabinet), deadlines (rules
 * from the registry, with value, badge and dated sources), buyer messages, evidence, what to avoid, handbook links. The verdict and the first step come
 * first so they show on a phone's first screen; the answers (after the steps), the deadlines' sources, the
 * clock's form and each buyer message are folded into one line each (<details>).
 * Lines for some models only carry their models when the path chose none (grouped, or tagged in the steps).
 * Everything interactive (checkboxes, copy, print) appears only when the island passes `enhance`, so nothing
 * looks broken without JavaScript.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { groupByModels, modelsLabel } from '../../lib/guide/models';
import type { DeadlineView, LineView, OutcomeView } from '../../lib/guide/view';
import type { ModelScoped, OutcomeStep as Step } from '../../lib/guide/types';
import { chineseIsoDate } from '../../lib/rules/dates';
import type { RuleDisplay } from '../../lib/rules/display';
import { AnswersSummary } from './AnswersSummary';
import { LazyDeadlineClock } from '../clock/LazyDeadlineClock';
import { TemplateBlock } from '../TemplateBlock';
import { RuleText, RuleValue } from '../rules/RuleBadge';

type Rules = Record<string, RuleDisplay>;

export interface OutcomeEnhancement {
  ticks: boolean[];
  onTick: (index: number) => void;
  onCopy: (id: string, text: string) => void;
  /** Feedback shown on the button last used, keyed by template id or "link". */
  copied: Record<string, string>;
  onPrint: () => void;
}

/** Every countable deadline of the outcome's rules, once each even when two lines quote the same rule. */
function clockEntriesOf(view: OutcomeView) {
  const seen = new Set<string>();
  return view.deadlines.flatMap((d) => (d.rule.clock ?? []).filter((e) => !seen.has(e.key) && seen.add(e.key)));
}

/** A deadline is a rule: its statement and value with the badge, then what to do. */
function Deadline({ d, rules }: { d: DeadlineView; rules: Rules }) {
  return (
    <li>
      <span>
        {d.rule.statement}：<RuleValue rule={d.rule} />
      </span>
      {d.text && (
        <span class="guide-deadline-text">
          <RuleText text={d.text} rules={rules} />
        </span>
      )}
    </li>
  );
}

/**
 * The dated sources of the deadlines, folded into one line under the list: the badge beside each value already
 * says how sure it is, and a list of sources under every deadline pushed the buyer messages a screen down.
 */
function DeadlineSources({ deadlines }: { deadlines: DeadlineView[] }) {
  const rules = [...new Map(deadlines.map((d) => [d.rule.id, d.rule])).values()];
  return (
    <details class="guide-sources">
      <summary>这些期限的来源和日期</summary>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            {r.statement}：
            {r.sources.length === 0
              ? '未找到来源'
              : r.sources.map((s, i) => (
                  <>
                    {i > 0 && '；'}
                    <a href={s.url}>{s.title}</a>（{s.dateText}）
                  </>
                ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function OutcomeStep({ view, enhance }: { view: OutcomeView; enhance?: OutcomeEnhancement }) {
  const clock = enhance ? clockEntriesOf(view) : [];
  return (
    <div class="guide-plan" data-pagefind-body={view.indexed ? '' : undefined}>
      <p class="guide-kicker">
        处理方案
        {view.models.length > 0 && <span class="guide-models">适用：{modelsLabel(view.model ? [view.model] : view.models)}</span>}
      </p>
      <h1 id="guide-heading" tabindex={-1} data-pagefind-meta="title">
        {view.title}
      </h1>
      <span hidden data-pagefind-filter="kind">
        向导结论
      </span>
      {view.models.map((m) => (
        <span hidden data-pagefind-filter="model" key={m}>
          {m}
        </span>
      ))}
      <p class="guide-verdict">
        <RuleText text={view.verdict} rules={view.rules} />
      </p>
      <section aria-labelledby="guide-steps-title">
        <h2 id="guide-steps-title">现在要做的事</h2>
        <ol class={enhance ? 'guide-steps guide-checklist' : 'guide-steps'}>
          {view.steps.map((s, i) => (
            <li key={i}>
              {enhance ? (
                <label>
                  <input type="checkbox" checked={enhance.ticks[i] ?? false} onChange={() => enhance.onTick(i)} />
                  <StepBody step={s} rules={view.rules} />
                </label>
              ) : (
                // The same card as the checklist, with the checkbox's room kept, so hydration shifts nothing.
                <div class="guide-step-card">
                  <span class="guide-check-space" aria-hidden="true" />
                  <StepBody step={s} rules={view.rules} />
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <AnswersSummary answers={view.answers} folded />
      {view.deadlines.length > 0 && (
        <section aria-labelledby="guide-deadlines-title">
          <h2 id="guide-deadlines-title">期限</h2>
          <ByModel lines={view.deadlines} listClass="guide-deadlines">
            {(d, i) => <Deadline d={d} rules={view.rules} key={i} />}
          </ByModel>
          <DeadlineSources deadlines={view.deadlines} />
          {clock.length > 0 && <LazyDeadlineClock key={view.id} entries={clock} />}
        </section>
      )}
      {view.templates.length > 0 && (
        <section aria-labelledby="guide-templates-title">
          <h2 id="guide-templates-title">发给买家的消息</h2>
          {view.templates.map((t) => (
            <TemplateBlock
              key={t.id}
              template={t}
              rules={view.rules}
              fold
              onCopy={enhance?.onCopy}
              copied={enhance?.copied[t.id]}
              copiedNoName={enhance?.copied[`${t.id}-noname`]}
            />
          ))}
        </section>
      )}
      <PlainList id="guide-evidence-title" title="要保留的证据" items={view.evidence} rules={view.rules} />
      <PlainList id="guide-avoid-title" title="不要做的事" items={view.avoid} rules={view.rules} className="guide-avoid" />
      {view.links.length > 0 && (
        <section aria-labelledby="guide-links-title" data-pagefind-ignore="">
          <h2 id="guide-links-title">手册里的相关内容</h2>
          <ul class="guide-links">
            {view.links.map((l, i) => (
              <li key={i}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="guide-updated">
        资料截至 <time dateTime={view.updated}>{chineseIsoDate(view.updated)}</time>
      </p>
    </div>
  );
}

/** Print and copy-link, for the row at the end of the plan that also holds 重新开始. */
export function PlanTools({ enhance }: { enhance: OutcomeEnhancement }) {
  return (
    <>
      <button type="button" class="button" data-guide-print="" onClick={enhance.onPrint}>
        打印
      </button>
      <button type="button" class="button" data-guide-copy-link="" onClick={() => enhance.onCopy('link', window.location.href)}>
        {enhance.copied.link ?? '复制链接'}
      </button>
    </>
  );
}

/** A step: what to do, then where in the seller cabinet, then (secondary) the API for sellers who use it. */
function StepBody({ step, rules }: { step: Step; rules: Rules }) {
  return (
    <span class="guide-step-text">
      {step.models && <span class="guide-line-models">{modelsLabel(step.models)}</span>}
      <RuleText text={step.text} rules={rules} />
      {step.where && <span class="guide-where">后台位置：{step.where}</span>}
      {step.api && (
        <span class="guide-api">
          API：<code>{step.api}</code>
        </span>
      )}
    </span>
  );
}

/** Lines for every model in one list, then a list per set of models under a small heading. */
function ByModel<T extends ModelScoped>(props: {
  lines: T[];
  listClass?: string;
  children: (line: T, index: number) => ComponentChildren;
}) {
  return (
    <>
      {groupByModels(props.lines).map((g) => (
        <Fragment key={g.models?.join() ?? ''}>
          {g.models && <h3 class="guide-model-group">仅 {modelsLabel(g.models)}</h3>}
          <ul class={props.listClass}>{g.items.map(props.children)}</ul>
        </Fragment>
      ))}
    </>
  );
}

/** A titled list of plain sentences (evidence to keep, things to avoid); nothing when the outcome has none. */
function PlainList(props: { id: string; title: string; items: LineView[]; rules: Rules; className?: string }) {
  const { id, title, items, rules, className } = props;
  if (items.length === 0) return null;
  return (
    <section class={className} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ByModel lines={items}>
        {(e, i) => (
          <li key={i}>
            <RuleText text={e.text} rules={rules} />
          </li>
        )}
      </ByModel>
    </section>
  );
}
