import type { BodyProps } from './body-props';
import { GroupBody } from './group-body';
import { MineralBody } from './mineral-body';
import { PolicyBody } from './policy-body';

export type { BodyProps as EntryBodyProps } from './body-props';

/**
 * The content of any entry, without the floating card around it: the panel's browse view shows
 * the same body. Pure: the entry's details in, UI out; links call `onOpenEntry`.
 */
export function EntryBody(props: BodyProps) {
  const { entry } = props.details;
  switch (entry.kind) {
    case 'mineral':
      return <MineralBody {...props} entry={entry} />;
    case 'group':
      return <GroupBody {...props} entry={entry} />;
    case 'policy':
      return <PolicyBody {...props} entry={entry} />;
  }
}
