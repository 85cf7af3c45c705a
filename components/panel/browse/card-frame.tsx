import { render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import cardCss from '@/components/card/card.css?inline';

// The card's sheet is written for its own shadow root (bare `button`, `p`, `h3` rules, its own
// colour tokens); here the floating card becomes a block in the panel's flow.
const IN_PANEL = `
.card.in-panel {
  position: static;
  width: auto;
  max-height: none;
  overflow: visible;
  box-shadow: none;
  animation: none;
}`;

interface CardFrameProps {
  children: ComponentChildren;
}

/**
 * The card's body inside the panel, exactly as the card shows it on a page: rendered into a
 * shadow root carrying the card's stylesheet, so neither sheet reaches the other's elements.
 * Events still bubble out to the panel (Escape goes back), and focus moves in and out as through
 * any other element. Rendered with `render()`, not preact/compat's portal: importing compat
 * would turn every `onChange` in the panel into `onInput` (the settings commit on change).
 */
export function CardFrame({ children }: CardFrameProps) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current!;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{cardCss + IN_PANEL}</style>
        <div class="card in-panel">
          <div class="body">{children}</div>
        </div>
      </>,
      root,
    );
  });
  useLayoutEffect(() => {
    const element = host.current!;
    return () => element.shadowRoot && render(null, element.shadowRoot);
  }, []);
  return <div ref={host} class="card-frame" />;
}
