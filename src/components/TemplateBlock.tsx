/**
 * A buyer message: when Ozon's chat lets it be sent, the Russian text to send beside its Chinese meaning.
 * Rendered statically on the templates page and inside guide outcomes; the guide island passes onCopy to add
 * a copy button. In a guide outcome it is folded to its title, when it can be sent and when to use it (a
 * <details>, so it opens without JavaScript). Rule placeholders in the Chinese fields render as value + badge;
 * inside <summary>, which must not hold links, as values only.
 */
import type { RuleDisplay } from '../lib/rules/display';
import { plainText } from '../lib/rules/placeholders';
import { hasBuyerName, withoutBuyerName } from '../lib/templates/buyer-name';
import { WHEN_LABELS, type TemplateWhen } from '../lib/rules/when';
import { RuleText } from './rules/RuleBadge';

interface Props {
  template: { id: string; title: string; situation: string; when: TemplateWhen; ru: string; zh: string };
  /** Display data of the rules the template and its chat label quote. */
  rules: Readonly<Record<string, RuleDisplay>>;
  /** Inside a guide outcome: folded to title and situation until the reader opens it (an h2 card otherwise). */
  fold?: boolean;
  /** Set by the island after hydration; the server render has no button. */
  onCopy?: (id: string, text: string) => void;
  copied?: string;
  /** Feedback on the copy-without-name button. */
  copiedNoName?: string;
}

export function TemplateBlock({ template: t, rules, fold = false, onCopy, copied, copiedNoName }: Props) {
  const when = WHEN_LABELS[t.when];
  const whenLine = (
    <p class={`template-when template-when-${t.when}`}>
      <strong>{when.short}</strong>：<RuleText text={when.text} rules={rules} />
    </p>
  );
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
        {hasBuyerName(t.ru) && (
          <p class="template-name-note">
            后台看不到买家姓名时，开头改成 <span lang="ru">«Здравствуйте!»</span>，逗号和姓名一起删掉。
            {onCopy && (
              <button type="button" class="button template-copy" data-guide-copy={`${t.id}-noname`} onClick={() => onCopy(`${t.id}-noname`, withoutBuyerName(t.ru))}>
                {copiedNoName ?? '复制（不带姓名）'}
              </button>
            )}
          </p>
        )}
      </div>
      <div class="template-zh">
        <p class="template-lang">中文意思</p>
        <p class="template-text">
          <RuleText text={t.zh} rules={rules} />
        </p>
      </div>
    </div>
  );
  if (fold) {
    return (
      <details class="template-card is-folded" id={`tpl-${t.id}`}>
        <summary>
          <span class="template-title">{plainText(t.title, rules)}</span>
          <span class="template-situation">
            {when.short} · 适用：{plainText(t.situation, rules)}
          </span>
        </summary>
        {whenLine}
        {pair}
      </details>
    );
  }
  return (
    <section class="template-card" id={`tpl-${t.id}`} aria-labelledby={`tpl-${t.id}-title`}>
      <h2 id={`tpl-${t.id}-title`}>{plainText(t.title, rules)}</h2>
      {whenLine}
      <p class="template-situation">
        适用：<RuleText text={t.situation} rules={rules} />
      </p>
      {pair}
    </section>
  );
}
