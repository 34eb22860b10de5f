/** One question page: progress, the question as h1, optional help, and each option as a big link. */
import { progressText } from '../../lib/guide/progress';
import type { QuestionView } from '../../lib/guide/view';
import { AnswersSummary } from './AnswersSummary';
import { RuleText } from '../rules/RuleBadge';

export function QuestionStep({ view }: { view: QuestionView }) {
  const progress = progressText(view.progress);
  return (
    <>
      {view.answers.length === 0 && (
        <p class="guide-intro" data-pagefind-ignore="">
          回答几个问题（每页一个），得到针对你这单退款的处理方案。每一步都有自己的网址，可以收藏或发给同事。
        </p>
      )}
      <p class="guide-progress">
        <span>{progress}</span>
        <progress max={100} value={Math.round(view.progress.fraction * 100)} aria-label={progress} />
      </p>
      <h1 id="guide-heading" tabindex={-1}>
        {view.question}
      </h1>
      {view.help && (
        <p class="guide-help">
          <RuleText text={view.help} rules={view.rules} />
        </p>
      )}
      <ul class="guide-options" aria-labelledby="guide-heading">
        {view.options.map((o) => (
          <li key={o.value}>
            <a class="guide-option" href={o.href} data-guide-option={o.value}>
              {o.label}
            </a>
          </li>
        ))}
      </ul>
      <AnswersSummary answers={view.answers} />
    </>
  );
}
