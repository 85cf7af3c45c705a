// `npm run bench`: every benchmark, each with its baselines measured in the same run.
// The page bench needs the built extension (`npm run build`) and Chromium.
import { runCardBench } from './card';
import { runHighlightRulesBench } from './highlight-rules';
import { runStartUpBench } from './start-up';
import { runPageBench } from './page';
import { runRecognizerBench } from './recognizer';
import { runWorstCaseBench } from './worst-case';

await runStartUpBench();
console.log();
await runRecognizerBench();
console.log();
await runPageBench();
console.log();
await runCardBench();
console.log();
await runWorstCaseBench();
console.log();
await runHighlightRulesBench();
