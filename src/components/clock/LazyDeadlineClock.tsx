/**
 * The deadline clock, fetched only when an outcome with deadlines is on screen: guide steps without
 * deadlines (every question) never download it.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClockEntry } from '../../lib/clock/deadlines';

type ClockComponent = FunctionComponent<{ entries: ClockEntry[]; idPrefix?: string }>;

export function LazyDeadlineClock({ entries }: { entries: ClockEntry[] }) {
  const [Clock, setClock] = useState<ClockComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('./DeadlineClock').then((m) => live && setClock(() => m.DeadlineClock));
    return () => {
      live = false;
    };
  }, []);
  return Clock ? <Clock entries={entries} /> : null;
}
