/** The CBOR subset Pagefind's index files use (src/integrations/cbor.ts), against RFC 8949's examples. */
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/integrations/cbor';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR', () => {
  it.each<[CborValue, string]>([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-100, '3863'],
    [-1000, '3903e7'],
    ['', '60'],
    ['IETF', '6449455446'],
    ['水', '63e6b0b4'],
    [[], '80'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [new Uint8Array([1, 2, 3, 4]), '4401020304'],
    [new Map<CborValue, CborValue>([[1, 2], [3, 4]]), 'a201020304'],
  ])('encodes %j as RFC 8949 does, and decodes it back', (value, bytes) => {
    expect(hex(encodeCbor(value))).toBe(bytes);
    expect(decodeCbor(Buffer.from(bytes, 'hex'))).toEqual(value);
  });

  it('uses the shortest length for every size a chunk needs', () => {
    const long = Array.from({ length: 70000 }, (_, i) => i % 300);
    const value: CborValue = [['退款', [[12, [-25, 599, 65536], []]], []], long, 'x'.repeat(300)];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
    expect(hex(encodeCbor(255))).toBe('18ff');
    expect(hex(encodeCbor(256))).toBe('190100');
    expect(hex(encodeCbor(65536))).toBe('1a00010000');
  });

  it('refuses what Pagefind does not write: floats, trailing bytes, cut data', () => {
    expect(() => decodeCbor(Buffer.from('f93c00', 'hex'))).toThrow(/major type 7/);
    expect(() => decodeCbor(Buffer.from('0101', 'hex'))).toThrow(/after the value/);
    expect(() => decodeCbor(Buffer.from('8301', 'hex'))).toThrow(/ends in the middle/);
  });
});
