/**
 * A zod schema built on first use. Building a zod schema runs code for every field, check and enum
 * value, and the content script's modules declare dozens of them (the settings, every message's
 * request, a hidden occurrence) that a page may never parse with: a fresh install's settings are
 * the defaults, and no message may come. Built at the top of their modules, they cost every page
 * and frame several milliseconds before its first scan. Wrapped, a schema is built the first time
 * anything reads it (parses with it, reads its shape, or builds a schema that holds it), and is the
 * same schema from then on: callers cannot tell the difference.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const built = () => (schema ??= build());
  // Every trap forwards to the built schema; the empty target only satisfies Proxy's invariants.
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(built(), key),
    set: (_, key, value) => Reflect.set(built(), key, value),
    has: (_, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key);
      // The target has no such property, so the proxy may not call it non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
