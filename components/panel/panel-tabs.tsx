import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PanelTab<T extends string> {
  id: T;
  label: string;
  content: ComponentChildren;
}

interface PanelTabsProps<T extends string> {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: PanelTab<T>[];
  selected: T;
  onSelect(id: T): void;
  /** The id prefix of the tab and tabpanel elements, so panels can point back at their tab. */
  idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * ARIA tabs with automatic activation: arrows, Home and End move between tabs and show them;
 * only the selected tab is in the Tab order (roving tabindex), so Tab goes straight into the view.
 * Every panel stays mounted (hidden when not selected), so a search or an open term survives a
 * look at another tab, and every tab's aria-controls points at a real element.
 */
export function PanelTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix,
}: PanelTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, tab.id))}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]!);
  };
  return (
    <>
      <div role="tablist" aria-label={label} class="panel-tabs" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={tab.id === selected}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          class="panel-view"
          id={panelId(idPrefix, tab.id)}
          aria-labelledby={tabId(idPrefix, tab.id)}
          hidden={tab.id !== selected}
        >
          {tab.content}
        </div>
      ))}
    </>
  );
}
