/** Messages between the returns island and its Web Worker (types only: nothing here loads a parser). */
import type { Summary } from '../../lib/returns/aggregate';
import type { ColumnMapping } from '../../lib/returns/columns';
import type { FileFormat } from '../../lib/returns/read';
import type { ColumnEntry, ReasonEntry } from '../../lib/returns/schema';

export type ToWorker =
  | { type: 'read'; file: File; columns: ColumnEntry[]; reasons: ReasonEntry[] }
  | { type: 'analyse'; mapping: ColumnMapping; orders?: number }
  | { type: 'export'; orders?: number };

export type Stage = 'load' | 'parse' | 'count';

export type FromWorker =
  | { type: 'progress'; stage: Stage; fraction?: number }
  | { type: 'prepared'; format: FileFormat; encoding?: string; headers: string[]; detected: ColumnMapping; dataRows: number }
  | { type: 'summary'; summary: Summary; csv: string; mapping: ColumnMapping }
  | { type: 'csv'; csv: string }
  | { type: 'error'; message: string };
