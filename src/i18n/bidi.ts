/**
 * A data text isolated from the texts around it (Unicode FSI … PDI, the plain-text `<bdi>`):
 * a name in Arabic, or an unclosed right-to-left override (U+202E), cannot reorder or
 * reverse what follows it on the same line. For texts joined into one string, such as
 * the organisers in "Arrangörer: A och B".
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
