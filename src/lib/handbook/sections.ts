/** The handbook's sections, in reading order. Content files name a section by its key. */
export const SECTIONS = [
  { key: 'procedure', label: '处理流程' },
  { key: 'models', label: '按履约模式' },
  { key: 'precautions', label: '注意事项' },
  { key: 'experience', label: '经验' },
  { key: 'reference', label: '参考' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const SECTION_KEYS = SECTIONS.map((s) => s.key) as [SectionKey, ...SectionKey[]];

export function sectionLabel(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)?.label ?? key;
}

/** Fulfilment models a page or guide outcome can be tagged with (search filters use them). */
export const MODELS = ['FBO', 'FBS', 'rFBS', 'realFBS', 'FBP'] as const;
export type Model = (typeof MODELS)[number];
