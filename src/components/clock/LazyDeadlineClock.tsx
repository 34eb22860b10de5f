/**
 * The deadline clock, fetched only when an outcome with deadlines is on screen: guide steps without
 * deadlines (every question) never download it; shown folded, so its form does not push the outcome down.
 * Its code is a module script in ClockLoader's <template>, which the first clock adds to the page, rather
 * than an import(): the bundler wraps every import() in its
 * preload helper, which would add 0.9 KB gzip to every guide page (search does the same: search/launcher.ts).
 * A class, not hooks, so the guide's island that renders it loads no preact/hooks.
 */
import { Component, type FunctionComponent } from 'preact';
import type { ClockEntry } from '../../lib/clock/deadlines';

type ClockComponent = FunctionComponent<{ entries: ClockEntry[]; idPrefix?: string; fold?: boolean }>;

declare global {
  interface Window {
    /** Set by clock-entry.ts, the script in the template. */
    DeadlineClock?: ClockComponent;
  }
}

let loading: Promise<ClockComponent> | undefined;

/** Adds the template's script to the page once; a module script's load event fires after it has run. */
function loadClock(): Promise<ClockComponent> {
  loading ??= new Promise((resolve, reject) => {
    const loader = document.querySelector<HTMLTemplateElement>('#deadline-clock-loader');
    const copy = loader?.content.cloneNode(true) as DocumentFragment | undefined;
    const script = copy?.querySelector('script');
    if (!loader || !copy || !script) return reject(new Error('no #deadline-clock-loader on this page'));
    script.addEventListener('load', () => (window.DeadlineClock ? resolve(window.DeadlineClock) : reject(new Error('clock not defined'))));
    script.addEventListener('error', reject);
    loader.replaceWith(copy);
  });
  return loading;
}

export class LazyDeadlineClock extends Component<{ entries: ClockEntry[] }, { Clock?: ClockComponent }> {
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
