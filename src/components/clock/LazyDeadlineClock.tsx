/**
 * The deadline clock, fetched only when an outcome with deadlines is on screen: guide steps without
 * deadlines (every question) never download it; shown folded, so its form does not push the outcome down.
 * Its code is the module script in ClockLoader's <template>, added to the page by the first clock, rather than
 * an import(), which would bring the bundler's preload helper to every guide page (see template-script.ts).
 * A class, not hooks, so the guide's island that renders it loads no preact/hooks.
 */
import { Component } from 'preact';
import type { ClockEntry } from '../../lib/clock/deadlines';
import { runTemplateScript } from '../template-script';
import type { DeadlineClock } from './DeadlineClock';

declare global {
  interface Window {
    /** Set by clock-entry.ts, the script in the template. */
    DeadlineClock?: typeof DeadlineClock;
  }
}

async function loadClock(): Promise<typeof DeadlineClock> {
  await runTemplateScript('deadline-clock-loader');
  if (!window.DeadlineClock) throw new Error('the clock script did not define the clock');
  return window.DeadlineClock;
}

export class LazyDeadlineClock extends Component<{ entries: ClockEntry[] }, { Clock?: typeof DeadlineClock }> {
  private live = true;

  override componentDidMount() {
    // Offline or blocked: no clock; the deadline list above it still reads as without JavaScript.
    loadClock().then((Clock) => this.live && this.setState({ Clock }), () => undefined);
  }

  override componentWillUnmount() {
    this.live = false;
  }

  override render() {
    const { Clock } = this.state;
    return Clock ? <Clock entries={this.props.entries} fold /> : null;
  }
}
