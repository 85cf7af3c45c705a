import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    install: 'sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox >= 140 binary)',
  },
};

export function findBrowser(name: BrowserName): string | undefined {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((p) => existsSync(p));
}

/**
 * The browser's path, or undefined when a suite should skip. Under CI a missing browser is an
 * error, never a skip; locally the skip is announced loudly so nobody mistakes it for a pass.
 */
export function browserOrSkip(name: BrowserName): string | undefined {
  const path = findBrowser(name);
  if (path) return path;
  const message = `${name} not found: the real-browser tests need it. Install it with:\n    ${CANDIDATES[name].install}`;
  if (process.env.CI) throw new Error(message);
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING ${name.toUpperCase()} TESTS: ${message}\n${'!'.repeat(78)}\n`,
  );
  return undefined;
}
