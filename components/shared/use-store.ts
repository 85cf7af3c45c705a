import { useEffect, useState } from 'preact/hooks';

/** Anything with subscribe/getSnapshot: the settings store, and the panel's other small stores. */
export interface ReadableStore<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** The store's current snapshot, re-rendering the component whenever it changes. */
export function useStore<T>(store: ReadableStore<T>): T {
  const [snapshot, setSnapshot] = useState(() => store.getSnapshot());
  useEffect(() => {
    // The store may have changed between the first render and this subscription.
    setSnapshot(store.getSnapshot());
    return store.subscribe(() => setSnapshot(store.getSnapshot()));
  }, [store]);
  return snapshot;
}
