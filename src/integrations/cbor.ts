/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text and
 * byte strings, arrays and maps, all of definite length. Encoding writes every length and number in its
 * shortest form, as Pagefind's encoder (minicbor) does, so a decoded file encodes back to the same bytes.
 */
export type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

export const UNSIGNED = 0;
export const NEGATIVE = 1;
export const BYTES = 2;
export const TEXT = 3;
export const ARRAY = 4;
export const MAP = 5;

/** Reads items one at a time, so a large array can be walked and sliced without decoding it all. */
export class CborReader {
  at = 0;
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8', { fatal: true });

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** An item's major type and its number (a value, a length or a count). */
  head(): { major: number; n: number } {
    if (this.at >= this.bytes.length) throw new Error('CBOR: the data ends in the middle of an item');
    const first = this.bytes[this.at++]!;
    const major = first >> 5;
    const info = first & 31;
    if (major > MAP) throw new Error(`CBOR: unsupported major type ${major} at byte ${this.at - 1}`);
    if (info < 24) return { major, n: info };
    const size = ({ 24: 1, 25: 2, 26: 4, 27: 8 } as Record<number, number>)[info];
    if (!size) throw new Error(`CBOR: unsupported length code ${info} at byte ${this.at - 1}`);
    if (this.at + size > this.bytes.length) throw new Error('CBOR: the data ends in the middle of an item');
    const at = this.at;
    this.at += size;
    const n = size === 1 ? this.view.getUint8(at) : size === 2 ? this.view.getUint16(at) : size === 4 ? this.view.getUint32(at) : Number(this.view.getBigUint64(at));
    return { major, n };
  }

  /** The bytes of a text or byte string whose head was just read. */
  private string(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new Error('CBOR: the data ends in the middle of an item');
    const slice = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return slice;
  }

  item(): CborValue {
    const { major, n } = this.head();
    switch (major) {
      case UNSIGNED:
        return n;
      case NEGATIVE:
        return -1 - n;
      case BYTES:
        return Uint8Array.from(this.string(n));
      case TEXT:
        return this.text.decode(this.string(n));
      case ARRAY:
        return Array.from({ length: n }, () => this.item());
      default: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) map.set(this.item(), this.item());
        return map;
      }
    }
  }

  /** Moves past one item without building it. */
  skip(): void {
    const { major, n } = this.head();
    if (major === BYTES || major === TEXT) this.string(n);
    else if (major === ARRAY) for (let i = 0; i < n; i++) this.skip();
    else if (major === MAP) for (let i = 0; i < 2 * n; i++) this.skip();
  }
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const reader = new CborReader(bytes);
  const value = reader.item();
  if (reader.at !== bytes.length) throw new Error(`CBOR: ${bytes.length - reader.at} bytes after the value`);
  return value;
}

/** An item's head: its major type and number in the shortest form. */
export function encodeHead(major: number, n: number): Uint8Array {
  if (n < 24) return Uint8Array.of((major << 5) | n);
  if (n < 0x100) return Uint8Array.of((major << 5) | 24, n);
  if (n < 0x10000) return Uint8Array.of((major << 5) | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  throw new Error(`CBOR: ${n} is too large for this encoder`);
}

export function encodeCbor(value: CborValue): Uint8Array {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const item = (v: CborValue) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      parts.push(v >= 0 ? encodeHead(UNSIGNED, v) : encodeHead(NEGATIVE, -1 - v));
    } else if (typeof v === 'string' || v instanceof Uint8Array) {
      const bytes = typeof v === 'string' ? encoder.encode(v) : v;
      parts.push(encodeHead(typeof v === 'string' ? TEXT : BYTES, bytes.length), bytes);
    } else if (Array.isArray(v)) {
      parts.push(encodeHead(ARRAY, v.length));
      v.forEach(item);
    } else {
      parts.push(encodeHead(MAP, v.size));
      for (const [key, entry] of v) {
        item(key);
        item(entry);
      }
    }
  };
  item(value);
  return Buffer.concat(parts);
}
