/**
 * Which column holds what: header names matched against the synonyms in content/returns/columns.yaml.
 * An exact match beats a header that merely contains a synonym; a longer synonym beats a shorter one;
 * each column serves one field. Exports with a title block above the table are handled by trying the
 * first rows and keeping the one that names the most fields.
 */
import type { ColumnEntry, ColumnField } from './schema';
import { COLUMN_FIELDS } from './fields';
import { fold } from './text';

/** Field → column index; a field the file lacks is absent. */
export type ColumnMapping = Partial<Record<ColumnField, number>>;

const HEADER_SEARCH_ROWS = 10;

interface Candidate {
  field: ColumnField;
  column: number;
  score: number;
}

export function detectColumns(headers: string[], columns: ColumnEntry[]): ColumnMapping {
  const folded = headers.map((h) => fold(h));
  const candidates: Candidate[] = [];
  for (const entry of columns) {
    const synonyms = entry.synonyms.map(fold);
    folded.forEach((header, column) => {
      if (!header) return;
      let best = 0;
      synonyms.forEach((synonym, rank) => {
        const order = 1 - rank / (synonyms.length + 1);
        if (header === synonym) best = Math.max(best, 2000 + order);
        else if (header.includes(synonym)) best = Math.max(best, synonym.length + order);
      });
      if (best > 0) candidates.push({ field: entry.id, column, score: best });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}

export const mappedCount = (mapping: ColumnMapping) => COLUMN_FIELDS.filter((f) => mapping[f] !== undefined).length;

/** The row among the first few that names the most fields (the first row when none names any). */
export function findHeaderRow(rows: string[][], columns: ColumnEntry[]): { index: number; mapping: ColumnMapping } {
  let best = { index: 0, mapping: detectColumns(rows[0] ?? [], columns) };
  for (let i = 1; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const mapping = detectColumns(rows[i]!, columns);
    if (mappedCount(mapping) > mappedCount(best.mapping)) best = { index: i, mapping };
  }
  return best;
}
