/**
 * Entry of the deadline clock's code on guide pages. ClockLoader.astro carries it as a script that the page
 * keeps inside a <template> until LazyDeadlineClock adds it, on the first outcome with deadlines.
 */
import { DeadlineClock } from './DeadlineClock';

window.DeadlineClock = DeadlineClock;
