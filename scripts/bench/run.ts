// `npm run bench`: every benchmark, each with its baselines measured in the same run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPageBench } from './page';

await runPageBench();

// The recognizer's bench lands from its own branch; run it when it is there.
const recognizerBench = resolve(import.meta.dirname, 'recognizer.ts');
if (existsSync(recognizerBench)) {
  const { runRecognizerBench } = (await import(pathToFileURL(recognizerBench).href)) as {
    runRecognizerBench(): Promise<void>;
  };
  await runRecognizerBench();
}
