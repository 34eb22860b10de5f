/**
 * An outcome is an action plan: verdict, ordered steps (with where in the seller cabinet), deadlines with
 * their sources, buyer messages, evidence, what to avoid, handbook links. Everything interactive (checkboxes,
 * copy, print) appears only when the island passes `enhance`, so nothing looks broken without JavaScript.
 */
import { chineseIsoDate } from '../../lib/rules/dates';
import type { RuleDisplay } from '../../lib/rules/display';
import type { DeadlineView, OutcomeView } from '../../lib/guide/view';
import { AnswersSummary } from './AnswersSummary';
import { TemplateBlock } from '../TemplateBlock';
import { RuleText, RuleValue } from '../rules/RuleBadge';

export interface OutcomeEnhancement {
  ticks: boolean[];
  onTick: (index: number) => void;
  onCopy: (id: string, text: string) => void;
  /** Feedback shown on the button last used, keyed by template id or "link". */
  copied: Record<string, string>;
  onPrint: () => void;
}

/** A deadline is a rule: its statement and value with the badge, what to do, and its dated sources. */
function Deadline({ d, rules }: { d: DeadlineView; rules: Record<string, RuleDisplay> }) {
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
      <span class="guide-source">
        来源：
        {d.rule.sources.length === 0
          ? '未找到来源'
          : d.rule.sources.map((s, i) => (
              <>
                {i > 0 && '；'}
                <a href={s.url}>{s.title}</a>（{s.dateText}）
              </>
            ))}
      </span>
    </li>
  );
}

export function OutcomeStep({ view, enhance }: { view: OutcomeView; enhance?: OutcomeEnhancement }) {
  return (
    <div class="guide-plan" data-pagefind-body={view.indexed ? '' : undefined}>
        <p class="guide-kicker">处理方案</p>
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
        {view.models.length > 0 && <p class="guide-models">适用：{view.models.join(' / ')}</p>}
        <p class="guide-updated">
          资料截至 <time dateTime={view.updated}>{chineseIsoDate(view.updated)}</time>
        </p>
        <p class="guide-verdict">
          <RuleText text={view.verdict} rules={view.rules} />
        </p>
        {enhance && (
          <p class="guide-tools" data-pagefind-ignore="">
            <button type="button" class="button" data-guide-print="" onClick={enhance.onPrint}>
              打印
            </button>
            <button
              type="button"
              class="button"
              data-guide-copy-link=""
              onClick={() => enhance.onCopy('link', window.location.href)}
            >
              {enhance.copied.link ?? '复制链接'}
            </button>
          </p>
        )}
        <AnswersSummary answers={view.answers} />
        <section aria-labelledby="guide-steps-title">
          <h2 id="guide-steps-title">现在要做的事</h2>
          <ol class={enhance ? 'guide-steps guide-checklist' : 'guide-steps'}>
            {view.steps.map((s, i) => {
              const body = (
                <span class="guide-step-text">
                  <RuleText text={s.text} rules={view.rules} />
                  {s.where && <span class="guide-where">后台位置：{s.where}</span>}
                </span>
              );
              return (
                <li key={i}>
                  {enhance ? (
                    <label>
                      <input type="checkbox" checked={enhance.ticks[i] ?? false} onChange={() => enhance.onTick(i)} />
                      {body}
                    </label>
                  ) : (
                    body
                  )}
                </li>
              );
            })}
          </ol>
        </section>
        {view.deadlines.length > 0 && (
          <section aria-labelledby="guide-deadlines-title">
            <h2 id="guide-deadlines-title">期限</h2>
            <ul class="guide-deadlines">
              {view.deadlines.map((d, i) => (
                <Deadline d={d} rules={view.rules} key={i} />
              ))}
            </ul>
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
                onCopy={enhance?.onCopy}
                copied={enhance?.copied[t.id]}
              />
            ))}
          </section>
        )}
        <PlainList id="guide-evidence-title" title="要保留的证据" items={view.evidence} rules={view.rules} />
        <PlainList id="guide-avoid-title" title="不要做的事" items={view.avoid} rules={view.rules} className="guide-avoid" />
        {view.links.length > 0 && (
          <section aria-labelledby="guide-links-title" data-pagefind-ignore="">
            <h2 id="guide-links-title">手册里的相关内容</h2>
            <ul>
              {view.links.map((l, i) => (
                <li key={i}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
    </div>
  );
}

/** A titled list of plain sentences (evidence to keep, things to avoid); nothing when the outcome has none. */
function PlainList(props: { id: string; title: string; items: string[]; rules: Record<string, RuleDisplay>; className?: string }) {
  const { id, title, items, rules, className } = props;
  if (items.length === 0) return null;
  return (
    <section class={className} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((e, i) => (
          <li key={i}>
            <RuleText text={e} rules={rules} />
          </li>
        ))}
      </ul>
    </section>
  );
}
