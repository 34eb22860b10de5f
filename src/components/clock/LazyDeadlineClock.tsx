/**
 * The deadline clock, fetched only when an outcome with deadlines is on screen: guide steps without
 * deadlines (every question) never download it. Folded, so its form does not push the outcome down.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClockEntry } from '../../lib/clock/deadlines';

type ClockComponent = FunctionComponent<{ entries: ClockEntry[]; fold?: boolean }>;

export function LazyDeadlineClock({ entries }: { entries: ClockEntry[] }) {
  const [Clock, setClock] = useState<ClockComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('./DeadlineClock').then((m) => live && setClock(() => m.DeadlineClock));
    return () => {
      live = false;
    };
  }, []);
  return Clock ? <Clock entries={entries} fold /> : null;
}
