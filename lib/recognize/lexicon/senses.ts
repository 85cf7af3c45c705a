import { SENSES_EN } from './senses-en';
import { SENSES_ES } from './senses-es';
import type { SenseRule } from './types';

/** Both languages' rules: a Spanish page quotes English names and the other way round. */
export const SENSE_RULES: readonly SenseRule[] = [...SENSES_EN, ...SENSES_ES];
