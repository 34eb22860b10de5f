/** A buyer message inside an outcome: the same markup as TemplateCard.astro, plus a copy button once enhanced. */
import type { OutcomeView } from '../../lib/guide/view';

interface Props {
  template: OutcomeView['templates'][number];
  /** Set by the island after hydration; the server render has no button. */
  onCopy?: (id: string, text: string) => void;
  copied?: string;
}

export function TemplateBlock({ template: t, onCopy, copied }: Props) {
  return (
    <section class="template-card" id={`tpl-${t.id}`} aria-labelledby={`tpl-${t.id}-title`}>
      <h3 id={`tpl-${t.id}-title`}>{t.title}</h3>
      <p class="template-situation">适用：{t.situation}</p>
      <div class="template-pair">
        <div class="template-ru">
          <p class="template-lang">俄语原文（发给买家）</p>
          <p lang="ru" class="template-text" data-template-text>
            {t.ru}
          </p>
          {onCopy && (
            <button type="button" class="button guide-copy" data-guide-copy={t.id} onClick={() => onCopy(t.id, t.ru)}>
              {copied ?? '复制俄语原文'}
            </button>
          )}
        </div>
        <div class="template-zh">
          <p class="template-lang">中文意思</p>
          <p class="template-text">{t.zh}</p>
        </div>
      </div>
    </section>
  );
}
