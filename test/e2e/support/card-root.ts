import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';

/**
 * The card's shadow root is closed, so neither the page nor a test running in the page's main
 * world can reach it. A test reaches it from outside the page, through the browser's automation
 * protocol, with no hook in the extension: Chromium's DevTools Protocol describes the host with
 * its shadow roots (`pierce`), Firefox's WebDriver BiDi serialises it with `includeShadowTree:
 * "all"`. Either way the probe then runs in the page's main world with the root as its argument,
 * and returns JSON.
 */
export type CardRootCall = <R, A>(
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg: A,
) => Promise<R>;

const HOST = '[data-mineral-lens-host]';

/** Polls a card probe until it holds, for tests that drive a page without the PageDriver. */
export async function waitForCardRoot<A>(
  call: CardRootCall,
  fn: (root: ShadowRoot | null, arg: A) => boolean,
  arg: A,
  ms = 10_000,
): Promise<void> {
  const until = Date.now() + ms;
  let failure: unknown;
  for (;;) {
    // A frame whose card host is not added yet answers with an error: keep asking until it is.
    try {
      if (await call(fn, arg)) return;
      failure = undefined;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > until) {
      throw new Error(`card never satisfied ${fn.name || 'the probe'}`, { cause: failure });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The probe, wrapped to take and give JSON: both protocols then pass plain strings. */
const wrap = (fn: (...args: never[]) => unknown) =>
  `async function (root, json) { const out = await (${fn.toString()})(root, JSON.parse(json)); return JSON.stringify(out === undefined ? null : out); }`;

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  backendNodeId: number;
  shadowRoots?: CdpNode[];
  children?: CdpNode[];
  contentDocument?: CdpNode & { documentURL?: string };
  documentURL?: string;
}

/** The card host's shadow root in the document whose URL contains `urlPart` (any, when absent). */
function findCdpRoot(node: CdpNode, urlPart: string | undefined, url: string): number | undefined {
  const here = node.documentURL ?? url;
  if (node.attributes?.includes('data-mineral-lens-host') && (!urlPart || here.includes(urlPart))) {
    const root = node.shadowRoots?.[0];
    if (root) return root.backendNodeId;
  }
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findCdpRoot(child, urlPart, here);
    if (found !== undefined) return found;
  }
  return node.contentDocument ? findCdpRoot(node.contentDocument, urlPart, here) : undefined;
}

/** Chromium: DOM.getDocument (pierce) finds the closed root, DOM.resolveNode hands it to the probe. */
export function playwrightCardRoot(page: PlaywrightPage, frame?: () => PlaywrightFrame): CardRootCall {
  return async (fn, arg) => {
    // A cross-site frame runs in its own process, outside the page's DOM tree: it has a session of
    // its own. A same-site frame has none and is reached through the page's.
    const target = frame?.();
    const cdp = await (target
      ? page
          .context()
          .newCDPSession(target)
          .catch(() => page.context().newCDPSession(page))
      : page.context().newCDPSession(page));
    try {
      const urlPart = target?.url();
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const backendNodeId = findCdpRoot(root, urlPart, root.documentURL ?? '');
      let objectId: string | undefined;
      if (backendNodeId !== undefined) {
        ({
          object: { objectId },
        } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
          object: { objectId?: string };
        });
      }
      // With no card yet, the probe runs on the document (any object of the frame's main world).
      if (!objectId) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
        if (urlPart) throw new Error(`no card host in the frame ${urlPart}`);
        objectId = result.objectId;
      }
      const call = await cdp.send('Runtime.callFunctionOn', {
        objectId: objectId!,
        functionDeclaration: `function (json) { return (${wrap(fn as never)}).call(null, ${
          backendNodeId === undefined ? 'null' : 'this'
        }, json); }`,
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (call.exceptionDetails)
        throw new Error(call.exceptionDetails.exception?.description ?? 'probe failed');
      return JSON.parse(call.result.value as string);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
interface BidiRemote {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** Firefox: script.evaluate serialises the host with its closed root's sharedId; script.callFunction takes it. */
export function puppeteerCardRoot(page: PuppeteerPage, frame?: () => PuppeteerFrame): CardRootCall {
  return async (fn, arg) => {
    const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
    const target = frame?.() ?? page.mainFrame();
    const context = (target as unknown as { _id: string })._id;
    const { result: found } = await connection.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(HOST)})`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const host = (found as { result: BidiRemote }).result;
    const root = (host.value as { shadowRoot?: BidiRemote | null } | undefined)?.shadowRoot;
    const rootArg = root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' };
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: wrap(fn as never),
      target: { context },
      arguments: [rootArg, { type: 'string', value: JSON.stringify(arg ?? null) }],
      awaitPromise: true,
    });
    const outcome = result as { type: string; result?: BidiRemote; exceptionDetails?: { text: string } };
    if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails?.text ?? 'probe failed');
    return JSON.parse(outcome.result!.value as string);
  };
}
