import type { RusQuote } from '../data/types.js';

// A statement's texts as the carousel shows them, free of Lit so the snippet writer can use them in Node.

/** "BH" for "Bodil Hansson": shown in place of a missing portrait. */
export const initials = (name: string) => {
  const words = name.trim().split(/\s+/);
  return (words[0][0] + (words[1] ? words.pop()![0] : '')).toUpperCase();
};

/** The statement's paragraphs: the data separates them with blank lines. */
export const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim());

/** The statements on show: those of `organisation` (case and spaces aside), at most `max`. */
export const selectQuotes = (quotes: RusQuote[], organisation: string | undefined, max: number) => {
  const org = organisation?.trim().toLowerCase();
  return quotes.filter((q) => !org || q.organisation?.trim().toLowerCase() === org).slice(0, max);
};
