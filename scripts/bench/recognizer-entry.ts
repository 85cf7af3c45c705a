// The recognizer as it ships, for the recognizer bench: bundled by esbuild (recognizer.ts), not
// loaded through tsx, whose keepNames wrappers would slow every closure the recognizer makes.
export { compileMatcher, createPageContext, findInWindows, findMentions } from '@/lib/recognize';
export { canonicalText } from '@/lib/recognize/canonical-text';
export { scanCandidates } from '@/lib/recognize/scan-candidates';
