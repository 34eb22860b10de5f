import { describe, expect, it } from 'vitest';
import { parseStartInput, parseStartParam, startParam } from '../../../src/lib/clock/start';

const now = new Date('2026-11-28T12:00:00Z'); // 15:00 Moscow, 20:00 Beijing

describe('the start time from the form', () => {
  it('reads Moscow time by default and Beijing time when chosen', () => {
    const msk = parseStartInput('2026-11-28', '10:00', 'moscow', now);
    expect(msk).toEqual({ ok: true, start: new Date('2026-11-28T07:00:00Z'), zone: 'moscow' });
    const bj = parseStartInput('2026-11-28', '10:00', 'beijing', now);
    expect(bj).toEqual({ ok: true, start: new Date('2026-11-28T02:00:00Z'), zone: 'beijing' });
  });

  it('explains an impossible date, an empty field and a time that has not come yet', () => {
    const impossible = parseStartInput('2026-02-30', '10:00', 'moscow', now);
    expect(impossible).toMatchObject({ ok: false, message: expect.stringContaining('不存在') });
    expect(parseStartInput('', '10:00', 'moscow', now)).toMatchObject({ ok: false, message: expect.stringContaining('请填写日期') });
    expect(parseStartInput('2026-11-28', '', 'moscow', now)).toMatchObject({ ok: false, message: expect.stringContaining('请填写时间') });
    const future = parseStartInput('2026-11-28', '16:00', 'moscow', now);
    expect(future).toMatchObject({ ok: false, message: expect.stringContaining('还没到') });
  });

  it('accepts a clock a few minutes fast', () => {
    expect(parseStartInput('2026-11-28', '15:03', 'moscow', now)).toMatchObject({ ok: true });
  });
});

describe('the start time in a shared link', () => {
  it('round-trips through the URL with the zone the sender used', () => {
    const start = new Date('2026-11-28T07:00:00Z');
    expect(startParam(start, 'moscow')).toBe('2026-11-28T10:00+03:00');
    expect(startParam(start, 'beijing')).toBe('2026-11-28T15:00+08:00');
    expect(parseStartParam('2026-11-28T10:00+03:00', now)).toEqual({ ok: true, start, zone: 'moscow' });
    expect(parseStartParam('2026-11-28T15:00+08:00', now)).toEqual({ ok: true, start, zone: 'beijing' });
  });

  it('converts other offsets and UTC into Moscow time', () => {
    expect(parseStartParam('2026-11-28T07:00Z', now)).toEqual({ ok: true, start: new Date('2026-11-28T07:00:00Z'), zone: 'moscow' });
    expect(parseStartParam('2026-11-28T02:00-05:00', now)).toEqual({ ok: true, start: new Date('2026-11-28T07:00:00Z'), zone: 'moscow' });
  });

  it('ignores malformed, impossible, over-long and future values with a notice', () => {
    for (const bad of ['tomorrow', '2026-11-28 10:00', '2026-11-28T10:00', '2026-02-30T10:00+03:00', '2026-11-28T10:00+03:00'.repeat(3)]) {
      expect(parseStartParam(bad, now)).toMatchObject({ ok: false });
    }
    expect(parseStartParam('2026-11-29T10:00+03:00', now)).toMatchObject({ ok: false, message: expect.stringContaining('还没到') });
  });
});
