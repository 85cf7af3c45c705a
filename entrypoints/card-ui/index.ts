import { createCardUi } from './card-mount';
import { provide } from '@/lib/page/lazy-script';

// The card's UI (Preact, the card's components and styles) as its own script, which the content
// script imports when a card first opens (card-ui-loader.ts): most pages never open one, and none
// should pay for evaluating it at start-up.
export default defineUnlistedScript(() => provide('/card-ui.js', createCardUi));
