/**
 * 「你的回答」: each answer so far with a 修改 link back to its question (GOV.UK check-answers pattern).
 * On an outcome it folds into one line (a <details>, so it opens without JavaScript) to keep the plan on top.
 */
import type { AnswerView } from '../../lib/guide/view';

function AnswerList({ answers }: { answers: AnswerView[] }) {
  return (
    <dl>
      {answers.map((a, i) => (
        <div class="guide-answer" key={i}>
          <dt>{a.question}</dt>
          <dd>
            <span>{a.summary}</span>
            <a href={a.changeHref} data-guide-change={i} class="guide-change">
              修改<span class="visually-hidden">：{a.question}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AnswersSummary({ answers, folded = false }: { answers: AnswerView[]; folded?: boolean }) {
  if (answers.length === 0) return null;
  if (folded) {
    return (
      <details class="guide-answers is-folded" data-pagefind-ignore="">
        <summary>
          <span class="guide-answers-line">
            你的回答：{answers.map((a) => a.summary).join(' · ')}
          </span>
          <span class="guide-answers-edit">修改</span>
        </summary>
        <AnswerList answers={answers} />
      </details>
    );
  }
  return (
    <section class="guide-answers" aria-labelledby="guide-answers-title" data-pagefind-ignore="">
      <h2 id="guide-answers-title">你的回答</h2>
      <AnswerList answers={answers} />
    </section>
  );
}
