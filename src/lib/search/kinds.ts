/** The "kind" search filter: one label per kind of page, in the order the filter chips show them. */
export const KINDS = ['流程', '履约模式', '注意事项', '经验', '向导结论', '模板', '术语', '参考'] as const;
export type Kind = (typeof KINDS)[number];

const SECTION_KIND: Record<string, Kind> = {
  procedure: '流程',
  models: '履约模式',
  precautions: '注意事项',
  experience: '经验',
  reference: '参考',
};

/** A handbook page's kind: its section's, except the glossary page, which readers look up as 术语. */
export function handbookKind(section: string, pageId: string): Kind {
  if (pageId === 'glossary') return '术语';
  return SECTION_KIND[section] ?? '参考';
}

/** Sort filter values: known kinds in KINDS order, anything else after them alphabetically. */
export function compareFilterValues(a: string, b: string): number {
  const ia = (KINDS as readonly string[]).indexOf(a);
  const ib = (KINDS as readonly string[]).indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a.localeCompare(b);
}
