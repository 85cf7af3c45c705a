import { useStore } from '@/components/shared/use-store';
import type { CardStore } from '@/lib/card/card-store';

/**
 * Says where the keyboard shortcut went ("lithium, mineral, 3 of 7"). Always in the tree, outside
 * the popover, so screen readers watch it before it first speaks.
 */
export function LiveRegion({ store }: { store: CardStore }) {
  const { announcement } = useStore(store);
  return (
    <div class="sr-only" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
