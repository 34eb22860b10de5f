// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineClock } from '../../../src/components/clock/DeadlineClock';
import { clockEntries } from '../../../src/lib/clock/deadlines';

const entries = [
  ...clockEntries(
    'fbo-review-window',
    { statement: 'FBO 审理退货申请', value: { amount: 24, unit: 'hour' }, starts: '买家提交申请时', lapse: '系统自动同意退货' },
    { confidence: '新闻报道', stale: false },
  ),
  ...clockEntries(
    'cross-border-dispute-window',
    { statement: '买家可开争议', value: { amount: 5, unit: 'calendar-day' }, starts: '拒绝时' },
    { confidence: '官方文档', stale: false },
  ),
];

const fill = (date: string, time: string) => {
  fireEvent.input(screen.getByLabelText('日期'), { target: { value: date } });
  fireEvent.input(screen.getByLabelText('时间'), { target: { value: time } });
};
const shown = (attr: string) => [...document.querySelectorAll(`[${attr}]`)].map((e) => e.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-11-28T12:00:00Z')); // 15:00 Moscow
  history.replaceState(null, '', '/guide/delivered/fbo/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('DeadlineClock', () => {
  it('shows every deadline in Beijing and Moscow time and writes the start into the URL', () => {
    render(<DeadlineClock entries={entries} />);
    fill('2026-11-28', '10:00');
    fireEvent.submit(screen.getByRole('button', { name: '计算' }).closest('form')!);
    expect(shown('data-clock-moscow')).toEqual(['2026年11月29日（周日）10:00', '2026年12月3日（周四）10:00']);
    expect(shown('data-clock-beijing')).toEqual(['2026年11月29日（周日）15:00', '2026年12月3日（周四）15:00']);
    expect(shown('data-clock-remaining')[0]).toBe('还剩 19 小时 0 分钟');
    expect(new URL(location.href).searchParams.get('start')).toBe('2026-11-28T10:00+03:00');
  });

  it('counts down live', () => {
    render(<DeadlineClock entries={entries} />);
    fill('2026-11-28', '10:00');
    fireEvent.submit(screen.getByRole('button', { name: '计算' }).closest('form')!);
    act(() => {
      vi.advanceTimersByTime(61 * 60_000);
    });
    expect(shown('data-clock-remaining')[0]).toBe('还剩 17 小时 59 分钟');
  });

  it('reads a Beijing start and a shared link the same way', () => {
    history.replaceState(null, '', '/guide/delivered/fbo/?start=2026-11-28T15:00%2B08:00');
    render(<DeadlineClock entries={entries} />);
    expect(shown('data-clock-moscow')[0]).toBe('2026年11月29日（周日）10:00');
    expect((screen.getByLabelText('北京时间') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('时间') as HTMLInputElement).value).toBe('15:00');
  });

  it('explains a bad link, an impossible date, an empty field and a future time instead of showing NaN', () => {
    history.replaceState(null, '', '/guide/delivered/fbo/?start=NaN');
    const first = render(<DeadlineClock entries={entries} />);
    expect(screen.getByRole('alert').textContent).toContain('格式不对');
    first.unmount();
    history.replaceState(null, '', '/guide/delivered/fbo/?start=2026-02-30T10:00%2B03:00');
    render(<DeadlineClock entries={entries} />);
    expect(screen.getByRole('alert').textContent).toContain('不存在');
    // A date input cannot hold 2 月 30 日: the browser empties it, and the form asks for a date.
    fill('2026-02-30', '10:00');
    fireEvent.submit(screen.getByRole('button', { name: '计算' }).closest('form')!);
    expect(screen.getByRole('alert').textContent).toContain('请填写日期');
    fill('2026-11-29', '10:00');
    fireEvent.submit(screen.getByRole('button', { name: '计算' }).closest('form')!);
    expect(screen.getByRole('alert').textContent).toContain('还没到');
    expect(document.body.textContent).not.toContain('NaN');
    expect(document.querySelector('.clock-rows')).toBeNull();
  });

  it('says so when every deadline has passed', () => {
    render(<DeadlineClock entries={entries} />);
    fill('2026-10-01', '10:00');
    fireEvent.submit(screen.getByRole('button', { name: '计算' }).closest('form')!);
    expect(document.body.textContent).toContain('都已经过了');
    expect(shown('data-clock-remaining').every((t) => t?.startsWith('已过'))).toBe(true);
  });

  it('starts from now', () => {
    render(<DeadlineClock entries={entries} />);
    fireEvent.click(screen.getByRole('button', { name: '用现在的时间' }));
    expect(shown('data-clock-remaining')[0]).toBe('还剩 1 天 0 小时');
  });

  it('folds its hint and form into a closed <details> on a guide outcome, and shows a shared link’s times outside it', () => {
    history.replaceState(null, '', '/guide/delivered/fbo/?start=2026-11-28T10:00%2B03:00');
    render(<DeadlineClock entries={entries} fold />);
    const details = document.querySelector('details.clock-open') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.contains(document.querySelector('.clock-form'))).toBe(true);
    expect(details.contains(document.querySelector('.clock-hint'))).toBe(true);
    expect(shown('data-clock-moscow')).toEqual(['2026年11月29日（周日）10:00', '2026年12月3日（周四）10:00']);
    expect(details.contains(document.querySelector('.clock-rows'))).toBe(false);
  });

  it('shows its form unfolded elsewhere (规则速查)', () => {
    render(<DeadlineClock entries={entries} />);
    expect(document.querySelector('details')).toBeNull();
    expect(document.querySelector('.clock-form')).not.toBeNull();
  });
});
