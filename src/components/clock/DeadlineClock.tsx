/**
 * 还剩多少时间: the seller enters when the clock started (the time the cabinet shows, Moscow time by
 * default), and every deadline appears in Beijing and Moscow time with a live countdown. The start lives in
 * the URL (?start=…) so a colleague opening the link sees the same times; .ics is built on request.
 * Rendered only once JavaScript runs: without it, the page's own deadline list reads as before. On a guide
 * outcome (`fold`) the hint and form wait in a <details> until the seller opens it, so the clock costs one line
 * of the phone screen; the computed times show outside it, so a shared link shows them straight away.
 * A class, not hooks, and the .ics builder loaded from CalendarLoader's <template>, not by import(): hooks and
 * the bundler's preload helper would be 2 KB gzip of the clock's 5 KB budget (npm run bench).
 */
import { Component } from 'preact';
import type { buildCalendar } from '../../lib/clock/calendar';
import {
  allPassedNotice,
  computeRows,
  durationText,
  type ClockEntry,
} from '../../lib/clock/deadlines';
import { parseStartInput, parseStartParam, startParam } from '../../lib/clock/start';
import { inputValues, ZONES, type ZoneId } from '../../lib/clock/zones';
import { runTemplateScript } from '../template-script';

declare global {
  interface Window {
    /** Set by calendar-entry.ts, the script in CalendarLoader's template. */
    buildCalendar?: typeof buildCalendar;
  }
}

interface Props {
  entries: ClockEntry[];
  /** Distinguishes ids when a page carries more than one clock. */
  idPrefix?: string;
  /** Fold the hint and the form into one line until the seller opens them. */
  fold?: boolean;
}

function urlWithStart(start: Date, zone: ZoneId): string {
  const url = new URL(window.location.href);
  url.searchParams.set('start', startParam(start, zone));
  return url.toString();
}

interface State {
  zone: ZoneId;
  date: string;
  time: string;
  start: Date | null;
  notice: string;
  status: string;
  now: Date;
}

export class DeadlineClock extends Component<Props, State> {
  override state: State = { zone: 'moscow', date: '', time: '', start: null, notice: '', status: '', now: new Date() };
  private timer?: number;

  override componentDidMount() {
    const param = new URLSearchParams(window.location.search).get('start');
    if (param === null) return;
    const result = parseStartParam(param, new Date());
    if (result.ok) this.apply(result.start, result.zone);
    else this.setState({ notice: result.message });
  }

  override componentWillUnmount() {
    window.clearInterval(this.timer);
  }

  /** Counts from `start`, ticking every second; with a `status` (the seller asked), the URL shares the start too. */
  private apply(start: Date, zone: ZoneId, status?: string) {
    this.setState({ start, zone, ...inputValues(start, zone), notice: '', now: new Date() });
    window.clearInterval(this.timer);
    this.timer = window.setInterval(() => this.setState({ now: new Date() }), 1000);
    if (!status) return;
    this.setState({ status });
    window.history.replaceState(window.history.state, '', urlWithStart(start, zone));
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    const { date, time, zone } = this.state;
    const result = parseStartInput(date, time, zone, new Date());
    if (result.ok) this.apply(result.start, result.zone, `已按${ZONES[result.zone].label}算出 ${this.props.entries.length} 个期限。`);
    else this.setState({ notice: result.message });
  };

  private startNow = () => this.apply(new Date(), this.state.zone, `已按现在的时间算出 ${this.props.entries.length} 个期限。`);

  private download = async () => {
    const { start, now } = this.state;
    if (!start) return;
    const result = await runTemplateScript('deadline-calendar-loader').then(
      () => window.buildCalendar!(computeRows(this.props.entries, start, now), start, window.location.href),
      () => ({ ok: false as const, message: '日历文件没能下载，可能是网络断了：请刷新页面再试，或按页面上的时间手动添加提醒。' }),
    );
    if (!result.ok) {
      this.setState({ notice: result.message });
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([result.ics], { type: 'text/calendar;charset=utf-8' }));
    link.download = '退款期限.ics';
    link.click();
    URL.revokeObjectURL(link.href);
    this.setState({ status: '日历文件已生成，打开它即可加入手机或电脑的日历。' });
  };

  override render({ entries, idPrefix = 'clock', fold = false }: Props, { zone, date, time, start, notice, status, now }: State) {
    const rows = start ? computeRows(entries, start, now) : [];
    const passedNotice = allPassedNotice(rows);
    const id = (part: string) => `${idPrefix}-${part}`;
    const setup = (
      <>
        <p class="clock-hint">
          填卖家后台申请页上显示的提交时间（莫斯科 10:00 = 北京 15:00）。一般认为后台按莫斯科时间显示，但资料没有确认：第一次用时拿一条申请的倒计时核对；两边不一致时，以后台倒计时为准。
        </p>
        <form class="clock-form" onSubmit={this.onSubmit} noValidate>
          <fieldset>
            <legend>开始时间</legend>
            <label>
              日期
              <input type="date" value={date} onInput={(e) => this.setState({ date: e.currentTarget.value })} />
            </label>
            <label>
              时间
              <input type="time" value={time} onInput={(e) => this.setState({ time: e.currentTarget.value })} />
            </label>
            {(['moscow', 'beijing'] as const).map((z) => (
              <label class="clock-zone" key={z}>
                <input type="radio" name={id('zone')} value={z} checked={zone === z} onChange={() => this.setState({ zone: z })} />
                {ZONES[z].label}
              </label>
            ))}
          </fieldset>
          <p class="clock-actions">
            <button type="submit" class="button">
              计算
            </button>
            <button type="button" class="button" onClick={this.startNow}>
              用现在的时间
            </button>
          </p>
        </form>
      </>
    );
    return (
      <section class={fold ? 'clock is-folded' : 'clock'} aria-labelledby={id('title')} data-pagefind-ignore="">
        <h2 id={id('title')}>还剩多少时间</h2>
        {fold ? (
          <details class="clock-open">
            <summary>填开始时间，算出北京和莫斯科时间</summary>
            {setup}
          </details>
        ) : (
          setup
        )}
        {notice && (
          <p class="clock-notice" role="alert">
            {notice}
          </p>
        )}
        <p class="visually-hidden" role="status">
          {status}
        </p>
        {start && (
          <>
            {passedNotice && <p class="clock-notice">{passedNotice}</p>}
            <ol class="clock-rows">
              {rows.map((r) => (
                <li key={r.entry.key} class={r.passed ? 'clock-row clock-passed' : 'clock-row'}>
                  <p class="clock-label">
                    {r.entry.label}
                    {r.entry.variantNote && <span class="clock-variant">（{r.entry.variantNote}）</span>}
                  </p>
                  <p class="clock-remaining" data-clock-remaining="">
                    {r.remaining}
                  </p>
                  <dl>
                    <dt>北京时间</dt>
                    <dd data-clock-beijing="">{r.beijing}</dd>
                    <dt>莫斯科时间</dt>
                    <dd data-clock-moscow="">{r.moscow}</dd>
                    <dt>怎么算</dt>
                    <dd>
                      {r.entry.starts ? `从${r.entry.starts}起 ` : ''}
                      {durationText(r.entry.duration)}
                      {r.caveat && <span class="clock-caveat">{r.caveat}</span>}
                    </dd>
                    {r.entry.lapse && (
                      <>
                        <dt>到期后</dt>
                        <dd>{r.entry.lapse}</dd>
                      </>
                    )}
                    <dt>依据</dt>
                    <dd>
                      {r.entry.confidence}
                      {r.entry.stale && '，可能过时'}
                    </dd>
                  </dl>
                </li>
              ))}
            </ol>
            <p class="clock-actions">
              <button type="button" class="button" onClick={this.download}>
                加入日历（.ics）
              </button>
            </p>
          </>
        )}
      </section>
    );
  }
}
