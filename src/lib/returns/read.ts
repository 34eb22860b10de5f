/**
 * A returns file, whatever its format, as rows of text cells: the seller cabinet's CSV (`;` or `,`,
 * UTF-8 with or without BOM, Windows-1251, UTF-16 from Excel's "Unicode text"), its XLSX, or the JSON of
 * the Seller API's returns lists. The format is read from the bytes, not the file name.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { ReturnsInputError } from './errors';

export type FileFormat = 'csv' | 'xlsx' | 'json';

export interface RawTable {
  format: FileFormat;
  /** Text encoding of a CSV or JSON file. */
  encoding?: string;
  /** Every row as read, header candidates included; cells are text. */
  rows: string[][];
}

export type Progress = (fraction: number) => void;

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

const NOT_SPREADSHEET =
  '这不是表格文件。请上传从卖家后台导出的 .xlsx 或 .csv 退货报告，或 Seller API 退货列表返回的 .json。';

function sniffBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ReturnsInputError('old-xls', '这是旧版 Excel（.xls）文件，无法直接读取。请在 Excel 里另存为 .xlsx 或 CSV 后再上传。');
  }
  const known = [[0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38], [0xff, 0xd8, 0xff], [0x1f, 0x8b], [0x52, 0x61, 0x72, 0x21]];
  if (known.some((sig) => startsWith(bytes, ...sig)) || bytes.subarray(0, 8192).includes(0)) {
    throw new ReturnsInputError('not-spreadsheet', NOT_SPREADSHEET);
  }
}

/** Text of a CSV or JSON file: BOM first, then strict UTF-8, else Windows-1251 (the cabinet's Russian default). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8（带 BOM）' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  sniffBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'Windows-1251' };
  }
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  try {
    const sheet = await readSheet(bytes.slice().buffer);
    return sheet.map((row) => row.map(cellText));
  } catch {
    throw new ReturnsInputError(
      'bad-xlsx',
      '无法读取这个 Excel 文件：它可能已损坏、加了密码，或者不是 Excel 表格。请在 Excel 里打开后另存为 .xlsx 或 CSV 再试。',
    );
  }
}

function readCsv(text: string, progress: Progress): string[][] {
  const rows: string[][] = [];
  // Guessed on the first lines without blank ones: a trailing blank line throws Papa's guess off.
  const delimiter = Papa.parse(text.slice(0, 65536), { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] }).meta.delimiter;
  // Papa parses a string in chunks (its StringStreamer) when given chunkSize and chunk; the typings
  // only describe chunk for files, hence the cast.
  const config = {
    header: false,
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const row of result.data) rows.push(row);
      progress(result.meta.cursor / Math.max(text.length, 1));
    },
  } as Papa.ParseConfig<string[]>;
  Papa.parse<string[]>(text, config);
  return rows;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The return items of one response, of a response's `result`, of an array of pages, or a bare array. */
function returnItems(data: Json): { [key: string]: Json }[] | undefined {
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every((page) => isObject(page) && Array.isArray(page.returns))) {
      return data.flatMap((page) => returnItems(page) ?? []);
    }
    return data.every(isObject) ? data : undefined;
  }
  if (!isObject(data)) return undefined;
  if (Array.isArray(data.returns)) return data.returns.filter(isObject);
  return isObject(data.result) ? returnItems(data.result) : undefined;
}

/** Nested objects become dotted keys (product.name); arrays (photos, exemplars) are left out. */
function flatten(item: { [key: string]: Json }, prefix = '', out: Record<string, string> = {}, depth = 0): Record<string, string> {
  for (const [key, value] of Object.entries(item)) {
    const name = prefix + key;
    if (isObject(value)) {
      if (depth < 3) flatten(value, `${name}.`, out, depth + 1);
    } else if (!Array.isArray(value)) out[name] = value === null ? '' : String(value);
  }
  return out;
}

function readJson(text: string): string[][] {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch (e) {
    throw new ReturnsInputError('bad-json', `JSON 格式有误，无法读取（${(e as Error).message}）。请上传接口原样返回的内容。`);
  }
  const items = returnItems(data);
  if (!items) {
    throw new ReturnsInputError('json-no-returns', 'JSON 里没有找到退货列表（returns 数组）。请上传 /v1/returns/list 或 /v2/returns/rfbs/list 返回的内容。');
  }
  const flat = items.map((item) => {
    const row = flatten(item);
    // Items of /v2/returns/rfbs/list carry return_reason as an object and no scheme: they are all rFBS.
    if (isObject(item.return_reason) && row.schema === undefined) row.schema = 'rFBS';
    return row;
  });
  const keys = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  return [keys, ...flat.map((row) => keys.map((k) => row[k] ?? ''))];
}

export async function readTable(bytes: Uint8Array, progress: Progress = () => {}): Promise<RawTable> {
  if (bytes.length === 0) throw new ReturnsInputError('empty', '这个文件是空的（0 字节）。请确认导出已经完成，再重新选择文件。');
  // read-excel-file reports no progress: the page shows an indeterminate bar for a workbook.
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { format: 'xlsx', rows: await readXlsx(bytes) };
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new ReturnsInputError('empty', '这个文件里没有任何内容（只有空白）。请确认导出已经完成，再重新选择文件。');
  if (/^\s*[[{]/.test(text)) return { format: 'json', encoding, rows: readJson(text) };
  return { format: 'csv', encoding, rows: readCsv(text, progress) };
}
