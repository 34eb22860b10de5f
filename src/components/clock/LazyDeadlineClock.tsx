/**
 * The deadline clock, fetched only when an outcome with deadlines is on screen: guide steps without
 * deadlines (every question) never download it.
 */
import { Component, type FunctionComponent } from 'preact';
import type { ClockEntry } from '../../lib/clock/deadlines';

type ClockComponent = FunctionComponent<{ entries: ClockEntry[]; idPrefix?: string }>;

/** A class, not hooks, so the guide's island that renders it loads no preact/hooks. */
export class LazyDeadlineClock extends Component<{ entries: ClockEntry[] }, { Clock?: ClockComponent }> {
  private live = true;

  override componentDidMount() {
    import('./DeadlineClock').then((m) => this.live && this.setState({ Clock: m.DeadlineClock }));
  }

  override componentWillUnmount() {
    this.live = false;
  }

  override render() {
    const { Clock } = this.state;
    return Clock ? <Clock entries={this.props.entries} /> : null;
  }
}
