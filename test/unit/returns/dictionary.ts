/** The real dictionaries from content/returns/, validated with the same schemas the build uses. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { columnFieldSchema, reasonCategorySchema, type ColumnEntry, type ReasonEntry } from '../../../src/lib/returns/schema';

const entries = (file: string) => Object.entries(load(readFileSync(`content/returns/${file}`, 'utf8')) as Record<string, unknown>);

export const REASONS: ReasonEntry[] = entries('reasons.yaml').map(([id, data]) => ({ id, ...reasonCategorySchema.parse(data) }) as ReasonEntry);
export const COLUMNS: ColumnEntry[] = entries('columns.yaml').map(([id, data]) => ({ id, ...columnFieldSchema.parse(data) }) as ColumnEntry);

export const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/returns/${name}`));
