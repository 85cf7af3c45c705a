import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface DisclosureProps {
  summary: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A <details> whose content is built only once it is opened: reserves tables and price charts
 * are long, and building them for every card would cost the hover its frame budget.
 */
export function Disclosure({ summary, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  // Lower-case on purpose: Preact maps `onToggle` to "toggle" only where the DOM has an
  // `ontoggle` property, and some DOMs (happy-dom) lack it; `ontoggle` always means "toggle".
  const listeners = {
    ontoggle: (e: Event) => setOpen((e.currentTarget as HTMLDetailsElement).open),
  };
  return (
    <details class="more" {...listeners}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
