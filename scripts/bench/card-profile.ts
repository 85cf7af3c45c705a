// The card bench's profile (CARD_PROFILE=1): a CPU profile of the page while one card opens,
// summed by self time per script and function, so the bench says where the hover's time goes
// (content script, the lazy card-ui.js, the page's own layout and paint as "(program)").
import type { Page } from 'playwright-core';
import { profileWhile, type Profile } from './start-up-profile';

const SAMPLING_US = 100;

/** The script's file name, or the profiler's own bucket ("(program)", "(garbage collector)"). */
const scriptOf = (url: string) => url.split('/').at(-1) || '';

/** Self time per script and function, longest first. */
export function selfTimes(profile: Profile): { label: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    const label = `${scriptOf(frame.url)} ${frame.functionName || '(anonymous)'}`.trim();
    totals.set(label, (totals.get(label) ?? 0) + (deltas[i + 1] ?? SAMPLING_US) / 1000);
  }
  return [...totals].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms);
}

/** Profiles the page while `run` hovers a term, and prints the busiest functions. */
export async function profileCard(page: Page, title: string, run: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const profile = await profileWhile(cdp, SAMPLING_US, run);
    const times = selfTimes(profile);
    const total = times.reduce((sum, t) => sum + t.ms, 0);
    console.log(`  profile: ${title}, ${total.toFixed(1)} ms busy in the page`);
    for (const { label, ms } of times.slice(0, 14))
      console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${label}`);
  } finally {
    await cdp.detach();
  }
}
