/**
 * Entry of the .ics builder (the `ics` library, about 20 KB gzip). CalendarLoader.astro keeps it in a <template>
 * until the seller asks for a calendar file; DeadlineClock then adds it to the page and calls it.
 */
import { buildCalendar } from '../../lib/clock/calendar';

window.buildCalendar = buildCalendar;
