import type { Page } from 'playwright-core';
import type { EngineHandle } from './engine-entry';

export const MUTATE_SECONDS = 5;

/**
 * In the page: edits paragraph text 1,000 times a second for `seconds`, as a live blog or ticker
 * does (edits are due by the clock, so timer clamping does not lower the rate); every tenth edit
 * lands in the first paragraphs, which are in view. Returns the rate reached, the engine's own busy
 * time meanwhile (when it runs) and the longest task.
 */
export async function runMutator(
  seconds: number,
): Promise<{ rate: number; engineBusyMs: number; longestTaskMs: number }> {
  const engine = (window as unknown as { mineralLens?: EngineHandle }).mineralLens?.engine;
  const busyBefore = engine?.stats().busyMs ?? 0;
  const paragraphs = [...document.querySelectorAll('#story > p')];
  const words = ['cobalt', 'lithium', 'copper', 'gallium', 'shipping', 'prices'];
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  let edits = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const id = setInterval(() => {
      const elapsed = performance.now() - start;
      for (; edits < Math.floor(elapsed); edits++) {
        const target = edits % 10 === 0 ? edits % 3 : (edits * 7919) % paragraphs.length;
        const text = paragraphs[target]!.firstChild as Text;
        text.data = `Update ${edits}: ${words[edits % words.length]} moved again, `;
      }
      if (elapsed >= seconds * 1000) {
        clearInterval(id);
        resolve();
      }
    }, 4);
  });
  const elapsed = performance.now() - start;
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  return {
    rate: (edits / elapsed) * 1000,
    engineBusyMs: (engine?.stats().busyMs ?? 0) - busyBefore,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

/** After the mutator: once the engine is idle, is the (edited, in view) first paragraph painted? */
export async function firstParagraphPainted(): Promise<boolean> {
  await (window as unknown as { mineralLens: EngineHandle }).mineralLens.engine!.idle();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const text = document.querySelector('#story > p')!.firstChild;
  for (const [, highlight] of CSS.highlights)
    for (const range of highlight) if (range.startContainer === text) return true;
  return false;
}

/** The same mutator with and without the engine: the engine's share of one core, two ways. */
export async function measureCpuShare(withEngine: () => Promise<Page>, without: () => Promise<Page>) {
  const run = async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
    const before = await taskSeconds();
    const result = await page.evaluate(runMutator, MUTATE_SECONDS);
    return { ...result, seconds: (await taskSeconds()) - before };
  };
  const control = await without();
  const bare = await run(control);
  await control.close();
  const page = await withEngine();
  const ours = await run(page);
  const stillPainted = await page.evaluate(firstParagraphPainted);
  await page.close();
  return {
    rate: ours.rate,
    engineShare: ours.engineBusyMs / (MUTATE_SECONDS * 1000),
    extraShare: Math.max(0, ours.seconds - bare.seconds) / MUTATE_SECONDS,
    pageShare: bare.seconds / MUTATE_SECONDS,
    longestTaskMs: ours.longestTaskMs,
    stillPainted,
  };
}
