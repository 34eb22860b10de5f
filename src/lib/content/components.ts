/**
 * Props of the components authors write in MDX, checked when the page compiles (src/integrations/
 * content-plugins.ts): a typo in <Callout kind> fails the build with file and line instead of rendering
 * an unlabelled box.
 */
export const CALLOUT_LABELS = { rule: '以卖家后台现行规则为准', warning: '注意', tip: '小技巧' } as const;
export type CalloutKind = keyof typeof CALLOUT_LABELS;

interface PropRule {
  required: boolean;
  values: readonly string[];
}

const COMPONENT_PROPS: Record<string, Record<string, PropRule>> = {
  Callout: { kind: { required: true, values: Object.keys(CALLOUT_LABELS) } },
};

/** The props an MDX element was written with: a string, `true` for a bare prop, or null for an {expression}. */
export type WrittenProps = Record<string, string | true | null>;

/** Problems with one component use, in Chinese, empty when it is fine or not a checked component. */
export function checkComponentProps(name: string, props: WrittenProps): string[] {
  const rules = COMPONENT_PROPS[name];
  if (!rules) return [];
  const problems: string[] = [];
  for (const [prop, rule] of Object.entries(rules)) {
    const value = props[prop];
    const allowed = rule.values.map((v) => `"${v}"`).join(' | ');
    if (value === undefined) {
      if (rule.required) problems.push(`<${name}> 缺少 ${prop}，应为 ${allowed}`);
    } else if (typeof value !== 'string' || !rule.values.includes(value)) {
      const written = typeof value === 'string' ? `"${value}"` : value === true ? '(空)' : '{表达式}';
      problems.push(`<${name} ${prop}=${written}> 无效，应为 ${allowed}`);
    }
  }
  return problems;
}

/** Site path of the page a content file renders to (handbook only), or undefined for other files. */
export function contentPagePath(fileFromContentDir: string): string | undefined {
  const match = /^handbook\/([^/]+)\.mdx?$/.exec(fileFromContentDir.split('\\').join('/'));
  return match ? `/handbook/${match[1]}/` : undefined;
}
