/**
 * A buyer message: the Russian text to send beside its Chinese meaning. TemplateBlock is the card on the
 * templates page; a guide outcome folds each message into a <details> around TemplatePair (so it opens without
 * JavaScript), and the guide island passes onCopy to add a copy button.
 */
export interface TemplateView {
  id: string;
  title: string;
  situation: string;
  ru: string;
  zh: string;
}

interface PairProps {
  template: TemplateView;
  /** Set by the island after hydration; the server render has no button. */
  onCopy?: (id: string, text: string) => void;
  copied?: string;
}

export function TemplatePair({ template: t, onCopy, copied }: PairProps) {
  return (
    <div class="template-pair">
      <div class="template-ru">
        <p class="template-lang">俄语原文（发给买家）</p>
        <p lang="ru" class="template-text" data-template-text>
          {t.ru}
        </p>
        {onCopy && (
          <button type="button" class="button template-copy" data-guide-copy={t.id} onClick={() => onCopy(t.id, t.ru)}>
            {copied ?? '复制俄语原文'}
          </button>
        )}
      </div>
      <div class="template-zh">
        <p class="template-lang">中文意思</p>
        <p class="template-text">{t.zh}</p>
      </div>
    </div>
  );
}

export function TemplateBlock({ template: t }: { template: TemplateView }) {
  return (
    <section class="template-card" id={`tpl-${t.id}`} aria-labelledby={`tpl-${t.id}-title`}>
      <h2 id={`tpl-${t.id}-title`}>{t.title}</h2>
      <p class="template-situation">适用：{t.situation}</p>
      <TemplatePair template={t} />
    </section>
  );
}
