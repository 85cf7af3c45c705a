import { probeFrame, type AskProbe } from './probe-frame';
import type { ProbeYes } from './remote-recognizer';

/**
 * Asks the background about a frame's text whenever it may name only ambiguous words
 * (probe-frame.ts), until the answer is yes: once at the first read, again when the page adds text
 * of that kind (name-watch.ts), and again when the settings change (a category switched on, a lower
 * threshold, the site switched back on may make a "no" a yes). One probe at a time: a change while
 * one is out is probed once it answers, over the whole frame, so nothing added meanwhile is missed.
 */
export function createProbeLoop(
  doc: Document,
  ask: AskProbe,
  /** Loads the engine, with the judgements the background made to say yes, when it did. */
  load: (probed?: ProbeYes) => void,
  signal: AbortSignal,
  /** Calls back on every change of the stored settings until `signal` aborts (the background's notice). */
  watchSettings: (changed: () => void, signal: AbortSignal) => void,
): () => void {
  let running = false;
  let again = false;
  let listening = false;
  // Only a frame that was probed has a "no" to revisit: an ad's box never adds a listener.
  const listen = () => {
    if (listening) return;
    listening = true;
    watchSettings(probe, signal);
  };
  const run = async () => {
    if (running) return void (again = true);
    running = true;
    listen();
    try {
      do {
        again = false;
        const result = await probeFrame(doc, ask, signal);
        if (result) return load(result === true ? undefined : result);
      } while (again && !signal.aborted);
    } finally {
      running = false;
    }
  };
  const probe = () => void (signal.aborted || run());
  return probe;
}
