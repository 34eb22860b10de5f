import { describe, expect, it } from 'vitest';
import { formatInZone, fromWallClock, inputValues, isoInZone, wallClock } from '../../../src/lib/clock/zones';

describe('Moscow and Beijing wall clocks', () => {
  const instant = new Date('2026-11-28T07:00:00Z');

  it('puts Beijing five hours ahead of Moscow', () => {
    expect(formatInZone(instant, 'moscow')).toBe('2026年11月28日（周六）10:00');
    expect(formatInZone(instant, 'beijing')).toBe('2026年11月28日（周六）15:00');
  });

  it('keeps a fixed offset in summer and winter (neither zone has daylight saving)', () => {
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      const d = new Date(iso);
      expect(wallClock(d, 'moscow').hour).toBe(15);
      expect(wallClock(d, 'beijing').hour).toBe(20);
    }
  });

  it('crosses midnight and month ends into the next day in Beijing only', () => {
    const lateMoscow = fromWallClock({ year: 2026, month: 11, day: 30, hour: 21, minute: 30 }, 'moscow')!;
    expect(formatInZone(lateMoscow, 'moscow')).toBe('2026年11月30日（周一）21:30');
    expect(formatInZone(lateMoscow, 'beijing')).toBe('2026年12月1日（周二）02:30');
    const newYear = fromWallClock({ year: 2026, month: 12, day: 31, hour: 20, minute: 0 }, 'moscow')!;
    expect(inputValues(newYear, 'beijing')).toEqual({ date: '2027-01-01', time: '01:00' });
  });

  it('round-trips a wall time through an instant', () => {
    const beijing = fromWallClock({ year: 2026, month: 3, day: 1, hour: 8, minute: 5 }, 'beijing')!;
    expect(beijing.toISOString()).toBe('2026-03-01T00:05:00.000Z');
    expect(isoInZone(beijing, 'beijing')).toBe('2026-03-01T08:05+08:00');
    expect(isoInZone(beijing, 'moscow')).toBe('2026-03-01T03:05+03:00');
  });

  it('refuses dates that do not exist', () => {
    expect(fromWallClock({ year: 2026, month: 2, day: 29, hour: 10, minute: 0 }, 'moscow')).toBeNull();
    expect(fromWallClock({ year: 2028, month: 2, day: 29, hour: 10, minute: 0 }, 'moscow')).not.toBeNull();
    expect(fromWallClock({ year: 2026, month: 4, day: 31, hour: 10, minute: 0 }, 'moscow')).toBeNull();
    expect(fromWallClock({ year: 2026, month: 13, day: 1, hour: 10, minute: 0 }, 'moscow')).toBeNull();
    expect(fromWallClock({ year: 2026, month: 1, day: 1, hour: 24, minute: 0 }, 'moscow')).toBeNull();
    expect(fromWallClock({ year: Number.NaN, month: 1, day: 1, hour: 1, minute: 0 }, 'moscow')).toBeNull();
  });
});
