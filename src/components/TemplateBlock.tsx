/**
 * A buyer message: when Ozon's chat lets it be sent, the Russian text to send beside its Chinese meaning.
 * Rendered statically on the templates page and inside guide outcomes; the guide island passes onCopy to add
 * a copy button. Rule placeholders in the Chinese fields render as value + badge.
 */
import type { RuleDisplay } from '../lib/rules/display';
import { plainText } from '../lib/rules/placeholders';
import { WHEN_LABELS, type TemplateWhen } from '../lib/rules/when';
import { RuleText } from './rules/RuleBadge';

interface Props {
  template: { id: string; title: string; situation: string; when: TemplateWhen; ru: string; zh: string };
  /** Display data of the rules the template and its chat label quote. */
  rules: Readonly<Record<string, RuleDisplay>>;
  /** h2 on the templates page, h3 inside a guide outcome. */
  level?: 2 | 3;
  /** Set by the island after hydration; the server render has no button. */
  onCopy?: (id: string, text: string) => void;
  copied?: string;
}

export function TemplateBlock({ template: t, rules, level = 3, onCopy, copied }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const when = WHEN_LABELS[t.when];
  return (
    <section class="template-card" id={`tpl-${t.id}`} aria-labelledby={`tpl-${t.id}-title`}>
      <Heading id={`tpl-${t.id}-title`}>{plainText(t.title, rules)}</Heading>
      <p class={`template-when template-when-${t.when}`}>
        <strong>{when.short}</strong>：<RuleText text={when.text} rules={rules} />
      </p>
      <p class="template-situation">
        适用：<RuleText text={t.situation} rules={rules} />
      </p>
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
          <p class="template-text">
            <RuleText text={t.zh} rules={rules} />
          </p>
        </div>
      </div>
    </section>
  );
}
