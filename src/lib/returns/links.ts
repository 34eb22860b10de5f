/**
 * Checks each reason's handbook link (page id#heading text or anchor) against the handbook's headings and
 * the entry ids against the known categories and fields; every problem names the file and the field.
 */
import { checkIds, COLUMN_FIELDS, REASON_CATEGORIES, type ColumnEntry, type ReasonEntry } from './schema';

export const REASONS_FILE = 'content/returns/reasons.yaml';
export const COLUMNS_FILE = 'content/returns/columns.yaml';

export interface HandbookHeadings {
  id: string;
  headings: { slug: string; text: string }[];
}

export interface ResolvedLink {
  page: string;
  slug: string;
  heading: string;
}

export function resolveReasonLinks(
  reasons: ReasonEntry[],
  columns: ColumnEntry[],
  handbook: HandbookHeadings[],
): { links: Map<string, ResolvedLink>; problems: string[] } {
  const problems = [
    ...checkIds(REASONS_FILE, '原因大类', REASON_CATEGORIES, reasons.map((r) => r.id)),
    ...checkIds(COLUMNS_FILE, '列字段', COLUMN_FIELDS, columns.map((c) => c.id)),
  ];
  const links = new Map<string, ResolvedLink>();
  for (const r of reasons) {
    const [page = '', anchor = ''] = r.link.split('#', 2);
    const target = handbook.find((h) => h.id === page);
    if (!target) {
      problems.push(`${REASONS_FILE} → ${r.id}.link：找不到手册页「${page}」（content/handbook/${page}.mdx）`);
      continue;
    }
    const heading = target.headings.find((h) => h.slug === anchor) ?? target.headings.find((h) => h.text.trim() === anchor.trim());
    if (!heading) {
      problems.push(`${REASONS_FILE} → ${r.id}.link：手册页「${page}」没有标题「${anchor}」`);
      continue;
    }
    links.set(r.id, { page, slug: heading.slug, heading: heading.text });
  }
  return { links, problems };
}
