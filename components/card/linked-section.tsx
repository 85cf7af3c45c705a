import type { BodyProps } from './body-props';
import { EntryLinks } from './entry-links';

interface LinkedSectionProps extends BodyProps {
  title: string;
  ids: readonly string[];
}

/** A titled list of links to other entries (related policy terms, a group's members); hidden when empty. */
export function LinkedSection({ title, ids, details, onOpenEntry }: LinkedSectionProps) {
  if (!ids.some((id) => details.linked[id])) return null;
  return (
    <section class="section">
      <h3>{title}</h3>
      <EntryLinks ids={ids} linked={details.linked} onOpenEntry={onOpenEntry} label={title} />
    </section>
  );
}
