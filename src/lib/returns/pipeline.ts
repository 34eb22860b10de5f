/**
 * From file bytes to a summary, in two steps so a changed column mapping re-runs only the second:
 * `prepare` reads the file and guesses the header row and columns; `summarize` counts.
 * Runs in the page's Web Worker and, unchanged, in the unit tests and the benchmark.
 */
import { analyse, type Summary } from './aggregate';
import { findHeaderRow, type ColumnMapping } from './columns';
import { checkFileSize, ReturnsInputError } from './errors';
import { readTable, type FileFormat, type Progress } from './read';
import type { ReasonMatcher } from './reasons';
import type { ColumnEntry } from './schema';

export interface Prepared {
  format: FileFormat;
  encoding?: string;
  rows: string[][];
  headerIndex: number;
  headers: string[];
  detected: ColumnMapping;
}

export async function prepare(bytes: Uint8Array, columns: ColumnEntry[], progress?: Progress): Promise<Prepared> {
  checkFileSize(bytes.length);
  const table = await readTable(bytes, progress);
  const { index, mapping } = findHeaderRow(table.rows, columns);
  const hasData = table.rows.slice(index + 1).some((row) => row.some((c) => c.trim()));
  if (!hasData) {
    throw new ReturnsInputError(
      'no-rows',
      table.format === 'json' ? 'JSON 里的退货列表是空的，没有任何退货记录。' : '文件里只有表头，没有任何退货记录。请检查导出时选的日期范围。',
    );
  }
  return {
    format: table.format,
    encoding: table.encoding,
    rows: table.rows,
    headerIndex: index,
    headers: table.rows[index] ?? [],
    detected: mapping,
  };
}

export function summarize(prepared: Prepared, mapping: ColumnMapping, classify: ReasonMatcher): Summary {
  return analyse(prepared.rows, prepared.headerIndex, mapping, classify);
}
