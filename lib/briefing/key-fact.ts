import type { Citation } from '@/lib/cite/figure-citation';

/** One line of a briefing's figures: what it says, for which year, and on whose authority. */
export interface KeyFact {
  label: string;
  value: string;
  /** The year the figure describes (data year); absent for facts that are not figures. */
  year?: number;
  sources: Citation[];
}
