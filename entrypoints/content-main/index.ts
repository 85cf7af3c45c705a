import { provide } from '@/lib/page/lazy-script';
import { startContent } from '../content/start-content';

// The bulk of the content script (engine, recognizer, settings, card wiring) as its own script,
// which the small one (entrypoints/content/index.ts) imports in a frame that has text: an ad or
// embed frame with none never evaluates it.
export default defineUnlistedScript(() => provide('/content-main.js', startContent));
