import type { SearchFilters } from '@/lib/search/filters';
import type { SearchHit, SearchIndex } from '@/lib/search/search-index';

export interface BrowseState {
  query: string;
  filters: SearchFilters;
  results: SearchHit[];
  /** The highlighted result (arrow keys move it, Enter opens it); -1 when there are none. */
  active: number;
  /** Entries opened, the one shown last: related entries push, Back pops, empty shows results. */
  trail: string[];
  /** Bumped when the search field should take focus (type-ahead, Back to the results). */
  focusField: number;
}

export interface BrowseStore {
  getSnapshot(): BrowseState;
  subscribe(listener: () => void): () => void;
  setQuery(query: string): void;
  /** Starts a search from a key typed elsewhere in the panel: the field shows it and takes focus. */
  typeAhead(text: string): void;
  setFilter(name: keyof SearchFilters, value: string | undefined): void;
  /** Moves the highlight by `delta`, stopping at either end; `'first' | 'last'` jump there. */
  move(delta: number | 'first' | 'last'): void;
  /** Opens an entry's detail on top of whatever is shown. */
  open(entryId: string): void;
  /** Opens an entry as the only thing in the trail (the context menu, a link from the page). */
  show(entryId: string): void;
  back(): void;
}

export function createBrowseStore(index: SearchIndex, initialQuery = ''): BrowseStore {
  const search = (query: string, filters: SearchFilters) => index.search(query, filters);
  let state: BrowseState = {
    query: initialQuery,
    filters: {},
    results: search(initialQuery, {}),
    active: 0,
    trail: [],
    focusField: 0,
  };
  const listeners = new Set<() => void>();
  const set = (next: Partial<BrowseState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const research = (query: string, filters: SearchFilters) => {
    const results = search(query, filters);
    set({ query, filters, results, active: results.length > 0 ? 0 : -1, trail: [] });
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setQuery: (query) => research(query, state.filters),
    typeAhead(text) {
      research(text, state.filters);
      set({ focusField: state.focusField + 1 });
    },
    setFilter(name, value) {
      const filters = { ...state.filters, [name]: value || undefined };
      research(state.query, filters);
    },
    move(delta) {
      const last = state.results.length - 1;
      if (last < 0) return;
      const target = delta === 'first' ? 0 : delta === 'last' ? last : state.active + delta;
      set({ active: Math.max(0, Math.min(last, target)) });
    },
    open: (entryId) => set({ trail: [...state.trail, entryId] }),
    show: (entryId) => set({ trail: [entryId] }),
    back() {
      const trail = state.trail.slice(0, -1);
      set({ trail, focusField: trail.length === 0 ? state.focusField + 1 : state.focusField });
    },
  };
}
