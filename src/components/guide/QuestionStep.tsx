/**
 * One question page: progress, the question as h1, optional help, and each option as a big link. Options with
 * a `group` are listed under their group's heading, so a long first question can be scanned on a phone.
 */
import { progressText } from '../../lib/guide/progress';
import type { QuestionView } from '../../lib/guide/view';
import { AnswersSummary } from './AnswersSummary';
import { RuleText } from '../rules/RuleBadge';

type Option = QuestionView['options'][number];

/** More answers than this are listed compactly, so a phone shows them all within about one and a half screens. */
const COMPACT_OVER = 6;

function Options({ options, labelledBy }: { options: Option[]; labelledBy: string }) {
  return (
    <ul class="guide-options" aria-labelledby={labelledBy}>
      {options.map((o) => (
        <li key={o.value}>
          <a class="guide-option" href={o.href} data-guide-option={o.value}>
            {o.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Options in groups, in the order each group first appears; ungrouped options form a group without a heading. */
function groupsOf(options: Option[]): { title?: string; options: Option[] }[] {
  const groups = new Map<string, { title?: string; options: Option[] }>();
  for (const o of options) {
    const key = o.group ?? '';
    if (!groups.has(key)) groups.set(key, { title: o.group, options: [] });
    groups.get(key)!.options.push(o);
  }
  return [...groups.values()];
}

export function QuestionStep({ view }: { view: QuestionView }) {
  const progress = progressText(view.progress);
  const compact = view.options.length > COMPACT_OVER;
  return (
    <>
      {/* The first question needs its phone screen for its answers: the intro stands in for the progress line. */}
      {view.answers.length === 0 ? (
        <p class="guide-intro" data-pagefind-ignore="">
          回答几个问题，得到这单退款的处理方案。每一步都有网址，可以收藏或发给同事。
        </p>
      ) : (
        <p class="guide-progress">
          <span>{progress}</span>
          <progress max={100} value={Math.round(view.progress.fraction * 100)} aria-label={progress} />
        </p>
      )}
      <h1 id="guide-heading" tabindex={-1}>
        {view.question}
      </h1>
      {view.help && (
        <p class="guide-help">
          <RuleText text={view.help} rules={view.rules} />
        </p>
      )}
      <div class={compact ? 'guide-option-groups is-compact' : 'guide-option-groups'}>
        {groupsOf(view.options).map((g, i) =>
          g.title ? (
            <section key={g.title} aria-labelledby={`guide-group-${i}`}>
              <h2 id={`guide-group-${i}`} class="guide-group-title">
                {g.title}
              </h2>
              <Options options={g.options} labelledBy={`guide-group-${i}`} />
            </section>
          ) : (
            <Options key="" options={g.options} labelledBy="guide-heading" />
          ),
        )}
      </div>
      <AnswersSummary answers={view.answers} />
    </>
  );
}
