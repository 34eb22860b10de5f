/**
 * Smaller word-index chunks than Pagefind writes. Pagefind 1.6 cuts its word index into chunks of about
 * 20,000 word positions (a constant in its indexer, not an option): 28 KB gzip each on this site. A query
 * fetches the chunk holding each of its words, and a question asks for many words: 买家没取，还要付运费吗
 * fetched over 250 KB of index. This re-cuts the index Pagefind wrote into chunks of about CHUNK_POSITIONS
 * positions and rewrites the word ranges in the language's meta file, which is how the search knows which
 * chunk holds a word.
 *
 * Pagefind matches a word as a prefix (包装 finds 包装袋) but reads one chunk per word, so the cuts keep
 * words that start alike together: a chunk ends only where the next word starts with another character,
 * unless the words sharing a first character hold more than MAX_GROUP_POSITIONS (then where the second
 * character changes, and so on), and each range ends exactly where its words' shared start ends.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ARRAY, CborReader, decodeCbor, encodeCbor, encodeHead, type CborValue } from './cbor';

/** Word positions a chunk holds at least: about 2.7 KB gzip on average here (Pagefind's chunks hold 20,000). */
export const CHUNK_POSITIONS = 1000;
/**
 * Most chunks: each adds about 12 bytes to the meta file every first search loads, so a far larger index
 * gets larger chunks rather than a meta file that outweighs them (2,000 chunks: about 25 KB).
 */
export const MAX_CHUNKS = 2000;
/** Words sharing a start (退款, 退货, 退一) stay in one chunk up to this many positions: 的… is 8,600 here. */
export const MAX_GROUP_POSITIONS = 10_000;
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

const positionsOf = (words: IndexWord[]) => words.reduce((sum, w) => sum + w.positions, 0);

/**
 * Sorted words sharing their first `depth` characters, as groups that must not be cut: the words by their
 * next character, each set kept whole when it holds at most `max` positions, else split the same way.
 */
function groups(words: IndexWord[], depth: number, max: number): IndexWord[][] {
  const sets: IndexWord[][] = [];
  let key: string | undefined;
  for (const word of words) {
    // A word that is the shared start itself has no next character: it sorts first, as a set of its own.
    const next = [...word.word][depth] ?? '';
    if (sets.length === 0 || next !== key) sets.push([]);
    sets.at(-1)!.push(word);
    key = next;
  }
  return sets.flatMap((set) => (set.length === 1 || positionsOf(set) <= max ? [set] : groups(set, depth + 1, max)));
}

/**
 * Words in Pagefind's order, cut into chunks of at least `target` positions, never inside a group of words
 * sharing a start that holds at most `max` positions.
 */
export function cutChunks(words: IndexWord[], target: number, max: number): IndexWord[][] {
  const sorted = words
    .map((word) => ({ word, key: Buffer.from(word.word) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ word }) => word);
  const chunks: IndexWord[][] = [];
  let chunk: IndexWord[] = [];
  for (const group of groups(sorted, 0, max)) {
    chunk.push(...group);
    if (positionsOf(chunk) >= target) {
      chunks.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** How many characters two words share at their start. */
function sharedStart(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Each chunk's range: from its first word's start, as far as it differs from the chunk before, to
 * everything that starts as its last word does, as far as that differs from the chunk after (or the last
 * word itself when the next chunk's words start with it).
 */
export function chunkRanges(chunks: IndexWord[][]): ChunkRange[] {
  return chunks.map((chunk, i) => {
    const first = [...chunk[0]!.word];
    const last = [...chunk.at(-1)!.word];
    const before = chunks[i - 1]?.at(-1)?.word;
    const after = chunks[i + 1]?.[0]?.word;
    const left = before === undefined ? 0 : sharedStart(before, first.join(''));
    const right = after === undefined ? 0 : sharedStart(last.join(''), after);
    return {
      from: first.slice(0, left + 1).join(''),
      to: last.length > right ? last.slice(0, right + 1).join('') + LAST_CHAR : last.join(''),
    };
  });
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
export function rechunkIndex(folder: string, least = CHUNK_POSITIONS, max = MAX_GROUP_POSITIONS): { before: number; after: number } {
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
    const words = listed.flatMap(([, , hash]) => chunkWords(chunkFile(hash)));
    const chunks = cutChunks(words, Math.max(least, Math.ceil(positionsOf(words) / MAX_CHUNKS)), max);
    const ranges = chunkRanges(chunks);
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
