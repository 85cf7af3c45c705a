import type { Ref } from 'preact';
import type { Translate } from '@/lib/i18n/translate';

interface SearchBoxProps {
  t: Translate;
  query: string;
  listId: string;
  /** The id of the highlighted option, or undefined when there is none. */
  activeId: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onMove(delta: number | 'first' | 'last'): void;
  onOpen(): void;
}

/**
 * The search field as an ARIA combobox over the results listbox: focus stays in the field while
 * arrows move the highlight (aria-activedescendant), so typing and moving never fight.
 */
export function SearchBox({ t, query, listId, activeId, inputRef, onQuery, onMove, onOpen }: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => onMove(1),
      ArrowUp: () => onMove(-1),
      PageDown: () => onMove(10),
      PageUp: () => onMove(-10),
      Enter: onOpen,
      Escape: () => onQuery(''),
    };
    const action = keys[event.key];
    // Esc in an empty field is left to the browser (it closes the popup).
    if (!action || (event.key === 'Escape' && !query)) return;
    event.preventDefault();
    action();
  };
  return (
    <div class="search-box">
      <label for={`${listId}-input`}>{t('browse.search')}</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={`${listId}-keys`}
        autoComplete="off"
        spellcheck={false}
        placeholder={t('browse.placeholder')}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${listId}-keys`} class="hint">
        {t('browse.keys')}
      </p>
    </div>
  );
}
