/**
 * Re-cutting Pagefind's word index into smaller chunks (src/integrations/pagefind-chunks.ts): the cut,
 * the ranges the search looks words up by, and the files rewritten in a real Pagefind output folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, type CborValue } from '../../../src/integrations/cbor';
import { chunkRanges, compareWords, cutChunks, findChunk, rangesHold, rechunkIndex, type IndexWord } from '../../../src/integrations/pagefind-chunks';

const word = (text: string, positions = 1): IndexWord => ({ word: text, positions, bytes: new Uint8Array() });

describe('cutChunks', () => {
  const words = ['包', '包装', '包装袋', '包裹', '北京', '不', '不合格', '退', '退款', '退货', 'fbo', 'fbs', '！', '𠀀'].map((w) => word(w, 3));

  it('sorts words by their UTF-8 bytes, as Pagefind does, not by UTF-16', () => {
    const order = cutChunks(words, 1000, 1000).flat().map((w) => w.word);
    // U+FF01 is EF BC 81 in UTF-8 and sorts before U+20000 (F0 A0 80 80), though its UTF-16 unit is larger.
    expect(order.indexOf('！')).toBeLessThan(order.indexOf('𠀀'));
    expect(order).toEqual([...order].sort(compareWords));
  });

  it('cuts after enough positions, never between words with the same first character', () => {
    const chunks = cutChunks(words, 6, 100);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([
      ['fbo', 'fbs'],
      ['不', '不合格'],
      ['包', '包装', '包装袋', '包裹'],
      ['北京', '退', '退款', '退货'],
      ['！', '𠀀'],
    ]);
  });

  it('gives ranges that lead each word, and every longer word it starts, to its own chunk', () => {
    const chunks = cutChunks(words, 4, 100);
    const ranges = chunkRanges(chunks);
    chunks.forEach((chunk, i) => {
      for (const { word: w } of chunk) expect(findChunk(ranges, w)).toBe(i);
    });
    expect(rangesHold(chunks, ranges)).toBe(true);
    // Ranges that overlap would send 包装 to the wrong chunk.
    expect(rangesHold(chunks, ranges.map((r, i) => (i === 2 ? { ...r, from: 'a' } : r)))).toBe(false);
    const ofBao = findChunk(ranges, '包');
    expect(findChunk(ranges, '包装袋子')).toBe(ofBao);
    expect(chunks[ofBao]!.map((w) => w.word)).toEqual(['包', '包装', '包装袋', '包裹']);
    // A word no chunk's characters can start: no chunk to fetch.
    expect(findChunk(ranges, '一')).toBe(-1);
  });

  it('cuts words sharing a first character by their next one when they hold more than the most a group may', () => {
    const big = [word('退', 5), word('退一', 3), word('退款', 3), word('退款单', 3), word('退货', 3), word('包', 3)];
    const chunks = cutChunks(big, 3, 8);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['包'], ['退'], ['退一'], ['退款', '退款单'], ['退货']]);
    const ranges = chunkRanges(chunks);
    expect(ranges.slice(1)).toEqual([
      // 退 is the start of the next chunk's words: its range is the word alone.
      { from: '退', to: '退' },
      { from: '退一', to: '退一\u{10FFFF}' },
      { from: '退款', to: '退款\u{10FFFF}' },
      { from: '退货', to: '退\u{10FFFF}' },
    ]);
    expect(rangesHold(chunks, ranges)).toBe(true);
    expect(findChunk(ranges, '退款单')).toBe(3);
    expect(findChunk(ranges, '退款')).toBe(3);
    expect(findChunk(ranges, '退货率')).toBe(4);
  });
});

describe('rechunkIndex on a folder Pagefind wrote', () => {
  let site: string;
  const folder = () => path.join(site, 'pagefind');
  const read = (file: string) => decodeCbor(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length)) as CborValue[];
  const meta = () => {
    const entry = JSON.parse(readFileSync(path.join(folder(), 'pagefind-entry.json'), 'utf8'));
    return read(path.join(folder(), `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`));
  };
  const allWords = () =>
    (meta()[2] as string[][]).flatMap(([, , hash]) => (read(path.join(folder(), 'index', `${hash}.pf_index`))[0] as CborValue[]))
      .sort((a, b) => compareWords((a as string[])[0]!, (b as string[])[0]!));

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'pagefind-chunks-'));
    const pages = ['包装要牢固，跨境包裹要多包一层', '买家拒收以后，包裹退回卖家仓库', '退款之前先看退货原因和照片', '争议窗口期内准备好证据'];
    pages.forEach((text, i) => {
      mkdirSync(path.join(site, `p${i}`));
      writeFileSync(path.join(site, `p${i}`, 'index.html'), `<html lang="zh-CN"><body data-pagefind-body><h1>第${i}页</h1><p>${text}</p></body></html>`);
    });
    const { index } = await createIndex({});
    await index!.addDirectory({ path: site });
    await index!.writeFiles({ outputPath: folder() });
    await close();
  });

  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('keeps every word with its pages and positions, in smaller chunks the meta file points to', () => {
    const before = allWords();
    const oldMeta = meta();
    const { before: was, after } = rechunkIndex(folder(), 5);
    expect(was).toBe(1);
    expect(after).toBeGreaterThan(3);
    expect(allWords()).toEqual(before);
    const newMeta = meta();
    // Only the chunk list changes: version, pages and filters stay.
    expect(newMeta.filter((_, i) => i !== 2)).toEqual(oldMeta.filter((_, i) => i !== 2));
    const listed = (newMeta[2] as string[][]).map(([, , hash]) => `${hash}.pf_index`).sort();
    expect(readdirSync(path.join(folder(), 'index')).sort()).toEqual(listed);
    expect(readdirSync(folder()).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('refuses a Pagefind version whose files it does not know', () => {
    const file = path.join(folder(), 'pagefind-entry.json');
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...entry, version: '9.0.0' }));
    expect(() => rechunkIndex(folder(), 5)).toThrow(/Pagefind 9\.0\.0/);
  });
});
