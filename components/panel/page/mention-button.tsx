import type { PageMention } from '@/lib/messaging';

interface MentionButtonProps {
  mention: PageMention;
  /** Names the action for pointer users; the snippet itself is the button's name. */
  hint: string;
  /** For a mention in an embedded frame: where it is ("In a frame: host/path"), with the full URL. */
  frame?: { label: string; url: string };
  onReveal(mention: PageMention): void;
}

/** One mention as its context snippet, the mention itself marked; a click shows it on the page. */
export function MentionButton({ mention, hint, frame, onReveal }: MentionButtonProps) {
  const { context } = mention;
  // The snippet's whitespace is collapsed; the text is as written, line breaks and all.
  const text = mention.text.replace(/\s+/g, ' ').trim();
  let at = context.indexOf(text);
  if (at < 0) at = context.toLowerCase().indexOf(text.toLowerCase());
  return (
    <button type="button" class="mention" title={hint} onClick={() => onReveal(mention)}>
      {at < 0 ? (
        context
      ) : (
        <>
          {context.slice(0, at)}
          <mark>{context.slice(at, at + text.length)}</mark>
          {context.slice(at + text.length)}
        </>
      )}
      {frame && (
        <span class="mention-frame" title={frame.url}>
          {frame.label}
        </span>
      )}
    </button>
  );
}
