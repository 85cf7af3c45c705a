import type { Browser } from 'puppeteer-core';

/**
 * A tab that an extension page opened in Firefox, reached over WebDriver BiDi directly: Firefox
 * lists it (`browsingContext.getTree`) but Puppeteer never reports it as a page, so the tab is
 * driven with `script.callFunction` on its context. Values cross as JSON both ways.
 */
export interface OpenedTab {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` until it holds; rejects after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

type Context = { context: string; url: string };

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function topContexts(connection: BidiConnection): Promise<Context[]> {
  const tree = await connection.send('browsingContext.getTree', { maxDepth: 0 });
  return tree.result.contexts as Context[];
}

function bidiTab(connection: BidiConnection, context: string): OpenedTab {
  const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    // `__name` is what the test transform may wrap named functions in; the page has none.
    const declaration = `(json) => { const __name = (f) => f; return (async () =>
      JSON.stringify(await (${fn.toString()})(json === undefined ? undefined : JSON.parse(json))))(); }`;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: declaration,
      arguments: [arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) }],
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`in tab: ${JSON.stringify(result.exceptionDetails)}`);
    const value = (result.result as { value?: string }).value;
    return (value === undefined ? undefined : JSON.parse(value)) as R;
  };
  return {
    evaluate,
    waitFor: async (fn, arg, timeout = 15_000) => {
      const deadline = Date.now() + timeout;
      while (!(await evaluate(fn, arg).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.name || 'a condition'}`);
        await sleep(100);
      }
    },
    close: async () => void (await connection.send('browsingContext.close', { context })),
  };
}

/** Runs `act` (a click) and returns the web tab it opened, once its page has loaded. */
export async function bidiTabOpenedBy(browser: Browser, act: () => Promise<void>): Promise<OpenedTab> {
  const connection = connectionOf(browser);
  const before = new Set((await topContexts(connection)).map((c) => c.context));
  await act();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const fresh = (await topContexts(connection)).find(
      (c) => !before.has(c.context) && c.url.startsWith('http'),
    );
    if (fresh) {
      const tab = bidiTab(connection, fresh.context);
      await tab.waitFor(() => document.readyState === 'complete');
      return tab;
    }
    if (Date.now() > deadline) throw new Error('no tab opened');
    await sleep(100);
  }
}
