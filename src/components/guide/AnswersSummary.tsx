/** 「你的回答」: each answer so far with a 修改 link back to its question (GOV.UK check-answers pattern). */
import type { AnswerView } from '../../lib/guide/view';

export function AnswersSummary({ answers }: { answers: AnswerView[] }) {
  if (answers.length === 0) return null;
  return (
    <section class="guide-answers" aria-labelledby="guide-answers-title" data-pagefind-ignore="">
      <h2 id="guide-answers-title">你的回答</h2>
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
    </section>
  );
}
