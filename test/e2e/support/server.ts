import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/**
 * Pages made from another fixture when asked for, so that no page is kept twice: the path, the
 * fixture it is made from, and the change (which must apply).
 */
const DERIVED: Record<string, { from: string; edit: (html: string) => string }> = {
  // The demo article, then 400 copies of it (long-article.js): a first pass that paints the
  // screen long before it ends.
  '/long-article.html': {
    from: '/demo-article.html',
    edit: (html) =>
      replaceOnce(html, '<script src="/snapshot.js"></script>', '<script src="/long-article.js"></script>'),
  },
};

function replaceOnce(text: string, find: string, by: string): string {
  if (text.split(find).length !== 2) throw new Error(`fixture: expected one ${find}`);
  return text.replace(find, by);
}

// Pages whose name ends in .csp.html get a strict policy: no inline style or script at all.
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'";

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a folder (test/fixtures by default) on 127.0.0.1 at a port the OS picks. */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) return void res.writeHead(400).end();
    try {
      const derived = DERIVED[path];
      const read = await readFile(join(root, derived?.from ?? path));
      const body = derived ? derived.edit(read.toString('utf8')) : read;
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      };
      if (path.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}/${path.replace(/^\//, '')}`,
    // Browsers keep connections alive: closing only the listener would wait for them to time out.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
