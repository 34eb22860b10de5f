/**
 * The step container with the testing contract attributes, shared by the server render and the island. Its last
 * row holds 重新开始 and, on an enhanced outcome, print and copy-link.
 */
import type { StepView } from '../../lib/guide/view';
import { OutcomeStep, PlanTools, type OutcomeEnhancement } from './OutcomeStep';
import { QuestionStep } from './QuestionStep';

export function GuideStep({ view, enhance }: { view: StepView; enhance?: OutcomeEnhancement }) {
  return (
    <article class="guide-step" data-guide-node={view.kind} data-guide-id={view.id}>
      {view.backHref && (
        <p class="guide-nav" data-pagefind-ignore="">
          <a class="guide-back" href={view.backHref} data-guide-back="">
            返回上一步
          </a>
        </p>
      )}
      {view.kind === 'question' ? <QuestionStep view={view} /> : <OutcomeStep view={view} enhance={enhance} />}
      {view.answers.length > 0 && (
        <p class="guide-restart-row" data-pagefind-ignore="">
          {view.kind === 'outcome' && enhance && <PlanTools enhance={enhance} />}
          <a class="guide-restart" href={view.startHref} data-guide-restart="">
            重新开始
          </a>
        </p>
      )}
    </article>
  );
}
