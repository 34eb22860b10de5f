import { describe, expect, it } from 'vitest';
import { checklistKey, parseChecklist, serialiseChecklist, stepsFingerprint } from '../../../src/lib/guide/checklist';

const fp = stepsFingerprint(['看照片', '报部分补偿', '记录结果']);

describe('checklist storage', () => {
  it('round-trips ticks', () => {
    const raw = serialiseChecklist([true, false, true], fp);
    expect(parseChecklist(raw, fp, 3)).toEqual({ ticks: [true, false, true], ignored: false });
    expect(checklistKey('damaged-low')).toBe('guide-checklist:damaged-low');
  });

  it('starts empty when nothing was saved', () => {
    expect(parseChecklist(null, fp, 2)).toEqual({ ticks: [false, false], ignored: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another version', JSON.stringify({ v: 2, fp, done: [0] })],
    ['steps changed since', JSON.stringify({ v: 1, fp: 'old', done: [0] })],
    ['done not a list', JSON.stringify({ v: 1, fp, done: 'all' })],
    ['index out of range', JSON.stringify({ v: 1, fp, done: [7] })],
    ['index not a number', JSON.stringify({ v: 1, fp, done: ['0'] })],
  ])('ignores corrupt or stale data: %s', (_, raw) => {
    expect(parseChecklist(raw, fp, 3)).toEqual({ ticks: [false, false, false], ignored: true });
  });

  it('gives a different fingerprint when the steps change', () => {
    expect(stepsFingerprint(['看照片', '报部分补偿'])).not.toBe(fp);
    expect(stepsFingerprint(['看照片', '报部分补偿', '记录结果'])).toBe(fp);
  });
});
