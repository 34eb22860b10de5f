/**
 * A buyer message: the Russian text to send beside its Chinese meaning. Rendered statically on the templates
 * page and inside guide outcomes; the guide island passes onCopy to add a copy button. In a guide outcome it
 * is folded to its title and when to use it (a <details>, so it opens without JavaScript).
 */
interface Props {
  template: { id: string; title: string; situation: string; ru: string; zh: string };
  /** Inside a guide outcome: folded to title and situation until the reader opens it (an h2 card otherwise). */
  fold?: boolean;
  /** Set by the island after hydration; the server render has no button. */
  onCopy?: (id: string, text: string) => void;
  copied?: string;
}

export function TemplateBlock({ template: t, fold = false, onCopy, copied }: Props) {
  const pair = (
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
  if (fold) {
    return (
      <details class="template-card is-folded" id={`tpl-${t.id}`}>
        <summary>
          <span class="template-title">{t.title}</span>
          <span class="template-situation">适用：{t.situation}</span>
        </summary>
        {pair}
      </details>
    );
  }
  return (
    <section class="template-card" id={`tpl-${t.id}`} aria-labelledby={`tpl-${t.id}-title`}>
      <h2 id={`tpl-${t.id}-title`}>{t.title}</h2>
      <p class="template-situation">适用：{t.situation}</p>
      {pair}
    </section>
  );
}
