// The start-up bench's hold on the extension's background: a DevTools session to each of the
// extension's service workers, held for the whole bench, through which each page load is profiled
// (start-up-worker.ts). Playwright 1.65 hands out a browser-level session, but drops the messages of
// the sessions it did not open itself, so the flattened sessions of `Target.attachToTarget`
// (commands and answers carrying their session id) cannot be used through it: the older form, where
// the messages travel inside `Target.sendMessageToTarget` and `Target.receivedMessageFromTarget`,
// can (seen working with Chromium 156).
import type { CDPSession } from 'playwright-core';
import type { ChromiumSession } from '../../test/e2e/support/extension';
import { SAMPLING_US } from './start-up-samples';
import {
  profileWorker,
  sumWindows,
  type TargetChannel,
  type WorkerProfiler,
  type WorkerWindow,
} from './start-up-worker';

export interface BackgroundProfiler {
  /** Starts profiling before a page load (a worker that is down starts profiled when woken). */
  start(): Promise<void>;
  stop(): Promise<WorkerWindow>;
  /** Stops the workers, as Chrome does after 30 s idle, through a page's session (`page`). */
  putToSleep(page: CDPSession): Promise<void>;
  close(): Promise<void>;
}

/** One target's messages, sent and received as strings inside the browser session's own. */
export function messageChannel(post: (message: string) => Promise<unknown>) {
  let lastId = 0;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  const listeners = new Map<string, (() => void)[]>();
  const channel: TargetChannel = {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        post(JSON.stringify({ id, method, params })).catch(reject);
      }),
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
  };
  const receive = (message: string) => {
    const parsed = JSON.parse(message) as {
      id?: number;
      method?: string;
      result?: unknown;
      error?: { message: string };
    };
    const waiting = parsed.id === undefined ? undefined : pending.get(parsed.id);
    if (waiting) {
      pending.delete(parsed.id!);
      if (parsed.error) waiting.reject(new Error(parsed.error.message));
      else waiting.resolve(parsed.result);
    } else if (parsed.method) listeners.get(parsed.method)?.forEach((listener) => listener());
  };
  return { channel, receive };
}

const SLEEP_TIMEOUT_MS = 10_000;

/** Attaches to the extension's service workers in `session`'s browser, and keeps them attached. */
export async function watchBackground(
  session: ChromiumSession,
  intervalUs = SAMPLING_US,
): Promise<BackgroundProfiler> {
  const browser = session.context.browser();
  if (!browser)
    throw new Error('Start-up bench: no browser behind the extension context to reach its worker');
  const cdp = await browser.newBrowserCDPSession();
  const routes = new Map<string, (message: string) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => routes.get(sessionId)?.(message));
  const workers = new Map<string, WorkerProfiler>();
  const isOurWorker = (t: { type: string; url: string }) =>
    t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`);
  /** Attaches to a worker the first time it is seen: at set-up, or, after an update, before a load. */
  const attachNew = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of targetInfos.filter(isOurWorker)) {
      if (workers.has(target.targetId)) continue;
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      });
      const { channel, receive } = messageChannel((message) =>
        cdp.send('Target.sendMessageToTarget', { sessionId, message }),
      );
      routes.set(sessionId, receive);
      workers.set(target.targetId, await profileWorker(channel, intervalUs));
    }
  };
  await attachNew();
  if (workers.size === 0) throw new Error('Start-up bench: the extension has no service worker running');
  return {
    async start() {
      await attachNew();
      await Promise.all([...workers.values()].map((w) => w.start()));
    },
    stop: async () => sumWindows(await Promise.all([...workers.values()].map((w) => w.stop()))),
    async putToSleep(page) {
      await page.send('ServiceWorker.enable');
      await page.send('ServiceWorker.stopAllWorkers');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the service worker did not stop')), SLEEP_TIMEOUT_MS);
      });
      await Promise.race([Promise.all([...workers.values()].map((w) => w.asleep())), late]).finally(() =>
        clearTimeout(timer),
      );
    },
    close: () => cdp.detach(),
  };
}
