/**
 * Smaller word-index chunks than Pagefind writes. Pagefind 1.6 cuts its word index into chunks of about
 * 20,000 word positions (a constant in its indexer, not an option): 28 KB gzip each on this site. A query
 * fetches the chunk holding each of its words, so a reader's next query paid 28 KB for one new word. This
 * re-cuts the index Pagefind wrote into chunks of about CHUNK_POSITIONS positions and rewrites the word
 * ranges in the language's meta file, which is how the search knows which chunk holds a word.
 *
 * Chunks are cut only between words with different first characters, and a chunk's range runs from its
 * first word's first character to anything starting with its last word's first character: a word and
 * every longer word it starts (包, 包装, 包装袋) are in the same chunk, as Pagefind's prefix matching needs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ARRAY, CborReader, decodeCbor, encodeCbor, encodeHead, type CborValue } from './cbor';

/** Word positions per chunk: about 7 KB gzip here (Pagefind's own chunks hold 20,000). */
export const CHUNK_POSITIONS = 4000;
/** Pagefind versions whose files this code knows: signature, meta layout [version, pages, chunks, …]. */
const KNOWN_VERSIONS = ['1.6.0'];
const SIGNATURE = 'pagefind_dcd';
/** The highest code point: a range ending in 包 + this covers every word starting with 包. */
const LAST_CHAR = '\u{10FFFF}';

/** One word of the index: its text, how many positions it adds to a chunk, and Pagefind's entry as it wrote it. */
export interface IndexWord {
  word: string;
  positions: number;
  bytes: Uint8Array;
}

export interface ChunkRange {
  from: string;
  to: string;
}

/** Pagefind compares words as Rust strings: by their UTF-8 bytes. */
export function compareWords(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function firstChar(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/** Words in Pagefind's order, cut into chunks of at least `target` positions, never inside a first-character group. */
export function cutChunks(words: IndexWord[], target: number): IndexWord[][] {
  const sorted = words
    .map((word) => ({ word, key: Buffer.from(word.word) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ word }) => word);
  const chunks: IndexWord[][] = [];
  let chunk: IndexWord[] = [];
  let positions = 0;
  for (const [i, word] of sorted.entries()) {
    chunk.push(word);
    positions += word.positions;
    const next = sorted[i + 1];
    if (next === undefined || (positions >= target && firstChar(next.word) !== firstChar(word.word))) {
      chunks.push(chunk);
      chunk = [];
      positions = 0;
    }
  }
  return chunks;
}

export function chunkRange(chunk: IndexWord[]): ChunkRange {
  return { from: firstChar(chunk[0]!.word), to: firstChar(chunk.at(-1)!.word) + LAST_CHAR };
}

/** The chunk Pagefind's search loads for a word: the first whose range holds it (pagefind_web request_indexes). */
export function findChunk(ranges: ChunkRange[], word: string): number {
  return ranges.findIndex((r) => compareWords(r.from, word) <= 0 && compareWords(word, r.to) <= 0);
}

/**
 * Whether the search finds every word in its own chunk: each word inside its chunk's range, and the
 * ranges in order without overlap, so the first range holding a word is its chunk's.
 */
export function rangesHold(chunks: IndexWord[][], ranges: ChunkRange[]): boolean {
  return chunks.every(
    (chunk, i) =>
      (i === 0 || compareWords(ranges[i - 1]!.to, ranges[i]!.from) < 0) &&
      chunk.every((w) => compareWords(ranges[i]!.from, w.word) <= 0 && compareWords(w.word, ranges[i]!.to) <= 0),
  );
}

/** What a Pagefind data file holds after its signature: CBOR (index, meta) or JSON (fragments); the file is gzip. */
export function pagefindBody(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind data file`);
  return raw.subarray(SIGNATURE.length);
}

function readMeta(file: string): CborValue {
  const body = pagefindBody(file);
  const value = decodeCbor(body);
  // Encoding what was read must give Pagefind's bytes back, or this code does not know the format.
  if (!Buffer.from(encodeCbor(value)).equals(body)) throw new Error(`${file}: Pagefind wrote data this code cannot rewrite exactly`);
  return value;
}

/** The words of a chunk file ([[entry, …]], each entry [word, [[page, positions, …], …], …]), each kept as its bytes. */
function chunkWords(file: string): IndexWord[] {
  const body = pagefindBody(file);
  const reader = new CborReader(body);
  const fail = (what: string) => new Error(`${file}: ${what}; not the index chunk layout this code knows`);
  const outer = reader.head();
  const list = reader.head();
  if (outer.major !== ARRAY || outer.n !== 1 || list.major !== ARRAY) throw fail('not [[words]]');
  const words: IndexWord[] = [];
  for (let i = 0; i < list.n; i++) {
    const start = reader.at;
    const entry = reader.head();
    const word = reader.item();
    const pages = reader.head();
    if (entry.major !== ARRAY || entry.n < 2 || typeof word !== 'string' || pages.major !== ARRAY) throw fail('a word is not [word, pages, …]');
    let positions = 0;
    for (let p = 0; p < pages.n; p++) {
      const page = reader.head();
      reader.skip();
      const locations = reader.head();
      if (page.major !== ARRAY || page.n < 2 || locations.major !== ARRAY) throw fail(`a page of「${word}」is not [page, positions, …]`);
      for (let l = 0; l < locations.n; l++) reader.skip();
      for (let rest = 2; rest < page.n; rest++) reader.skip();
      positions += locations.n + 1;
    }
    for (let rest = 2; rest < entry.n; rest++) reader.skip();
    words.push({ word, positions, bytes: body.subarray(start, reader.at) });
  }
  if (reader.at !== body.length) throw fail('bytes after the words');
  return words;
}

function chunkBytes(words: IndexWord[]): Uint8Array {
  return Buffer.concat([encodeHead(ARRAY, 1), encodeHead(ARRAY, words.length), ...words.map((w) => w.bytes)]);
}

/**
 * Writes a Pagefind data file named, as Pagefind names them, by language and the start of its content's
 * hash (longer when that name is taken); returns the name's hash part.
 */
function writePagefindFile(pathFor: (hash: string) => string, language: string, length: number, cbor: Uint8Array, taken: Set<string>): string {
  const body = Buffer.concat([Buffer.from(SIGNATURE), cbor]);
  const digest = createHash('sha256').update(body).digest('hex');
  let size = length;
  while (taken.has(`${language}_${digest.slice(0, size)}`)) size++;
  const hash = `${language}_${digest.slice(0, size)}`;
  taken.add(hash);
  writeFileSync(pathFor(hash), gzipSync(body, { level: 9 }));
  return hash;
}

function isStringTriple(v: CborValue): v is [string, string, string] {
  return Array.isArray(v) && v.length === 3 && v.every((s) => typeof s === 'string');
}

/**
 * Re-cuts every language's word index in a Pagefind output folder. Replaces the chunk files and the meta
 * file (both named by content hash, so caches never mix old and new) and updates pagefind-entry.json.
 */
export function rechunkIndex(folder: string, target = CHUNK_POSITIONS): { before: number; after: number } {
  const entryFile = path.join(folder, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (!KNOWN_VERSIONS.includes(entry.version)) {
    throw new Error(`Pagefind ${entry.version}: src/integrations/pagefind-chunks.ts knows the index files of ${KNOWN_VERSIONS.join(', ')} only; check the format and add the version`);
  }
  let before = 0;
  let after = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(folder, `pagefind.${info.hash}.pf_meta`);
    const meta = readMeta(metaFile);
    const listed = Array.isArray(meta) ? meta[2] : undefined;
    if (!Array.isArray(meta) || meta[0] !== entry.version || !Array.isArray(listed) || !listed.every(isStringTriple)) {
      throw new Error(`${metaFile}: not [version, pages, index chunks, …]`);
    }
    const chunkFile = (hash: string) => path.join(folder, 'index', `${hash}.pf_index`);
    const chunks = cutChunks(listed.flatMap(([, , hash]) => chunkWords(chunkFile(hash))), target);
    const ranges = chunks.map(chunkRange);
    if (!rangesHold(chunks, ranges)) throw new Error('Re-cut index: some word would not be found in its chunk');
    const taken = new Set<string>();
    const hashes = chunks.map((chunk) => writePagefindFile(chunkFile, language, 7, chunkBytes(chunk), taken));
    const oldChunks = listed.map(([, , hash]) => hash).filter((hash) => !taken.has(hash));
    meta[2] = ranges.map((r, i) => [r.from, r.to, hashes[i]!]);
    const metaHash = writePagefindFile((hash) => path.join(folder, `pagefind.${hash}.pf_meta`), language, 13, encodeCbor(meta), new Set([info.hash]));
    for (const hash of oldChunks) rmSync(chunkFile(hash));
    rmSync(metaFile);
    info.hash = metaHash;
    before += listed.length;
    after += chunks.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { before, after };
}
