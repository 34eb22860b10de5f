import type { ReasonEntry } from '../../lib/returns/schema';

/** A reason category as the page shows it: the dictionary entry plus its resolved handbook link. */
export interface ReasonView extends ReasonEntry {
  href: string;
  /** The handbook heading the link lands on. */
  heading: string;
}
