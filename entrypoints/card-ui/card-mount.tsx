import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '@/components/card/card.css?inline';
import { LiveRegion } from '@/components/card/live-region';
import { TermCard, type TermCardProps } from '@/components/card/term-card';
import { HOST_ATTRIBUTE } from '@/lib/page/skip-rules';
import { dropUntrustedEvents } from '@/lib/card/trusted-input';

/** Where a card can be seen and used: the open modal dialog, else the body. */
const cardParent = () =>
  [...document.querySelectorAll('dialog:modal')].at(-1) ?? document.body ?? document.documentElement;

/**
 * The card's host: one element carrying its own shadow root, the only node the extension adds to
 * a page, added when the first card is built (the pointer rests on a term) or opens. The styles are a constructed sheet adopted by the
 * shadow root, so a page's CSP cannot block them and a page's CSS cannot reach in. The card itself
 * is a popover in the top layer: no overflow, z-index, transform or fullscreen element clips it.
 * While a modal <dialog> is open the rest of the page is inert, so the host moves into that dialog.
 * The shadow root is closed: the page holds the host but cannot reach the card's text or buttons,
 * and events it forges at the card stop at the root (lib/card/trusted-input.ts).
 * The host is a plain <span>, not a custom element: a page may define any custom element name
 * first, and then its constructor runs for our host, keeps it and takes its one shadow root. A
 * built-in element cannot be defined by a page; a span has no role, and `:host { all: initial
 * !important }` outranks whatever the page's CSS says about spans.
 */
export async function createCardUi(ctx: ContentScriptContext, props: TermCardProps) {
  let sheet: CSSStyleSheet | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'span',
    mode: 'closed',
    position: 'inline',
    // Mounted straight into its parent: the UI may render an open card at once (it loads when the
    // first card opens, card-ui-loader.ts), and moving an open popover would close it.
    anchor: cardParent,
    // The sheet below resets everything itself (`:host { all: initial !important }`).
    inheritStyles: true,
    isolateEvents: true,
    onMount(container, shadow) {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
      render(
        <>
          <TermCard {...props} />
          <LiveRegion store={props.store} />
        </>,
        container,
      );
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  ui.shadowHost.setAttribute(HOST_ATTRIBUTE, '');
  dropUntrustedEvents(ui.shadow, ctx.signal);

  return {
    host: ui.shadowHost,
    /** Puts the host where a card can be seen and used: the open modal dialog, else the body. */
    mount() {
      const parent = cardParent();
      if (!ui.shadowHost.isConnected) ui.mount();
      if (ui.shadowHost.parentNode !== parent) parent.append(ui.shadowHost);
    },
  };
}
