export interface Mention {
  start: number;
  end: number;
  category: string;
}

// Placeholder until the recognizer lands: one term, whole words only.
const TERM = /\blithium\b/giu;

export function findMentions(text: string): Mention[] {
  return [...text.matchAll(TERM)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    category: 'mineral',
  }));
}
