/**
 * Known strategy areas: a key (for the colour class and `--rus-goal-area-<key>`), a
 * pattern matched against the area's name (accents removed, lower case, Swedish or
 * English), and a tiny 16×16 mark. Anything else is `other`, with a neutral mark.
 */
const AREAS: [key: string, pattern: RegExp, path: string][] = [
  ['folkhalsa', /halsa|health/, 'M8 14S2 10.5 2 6a3 3 0 0 1 6-1.5A3 3 0 0 1 14 6c0 4.5-6 8-6 8z'],
  ['besoksnaring', /besok|touris/, 'M1 13l5-8 3 4 2-2 4 6z'],
  ['naringsliv', /naringsliv|business/, 'M2 13h2V8H2zm4 0h2V5H6zm4 0h2V2h-2zM1 14h14v1H1z'],
  ['kompetens', /kompetens|utbildning|skill/, 'M8 3L1 6l7 3 7-3zM4 8.5V11c0 1 2 2 4 2s4-1 4-2V8.5L8 10.3z'],
  ['infrastruktur', /infrastr|transport/, 'M1 12h14v2H1zm1-1c0-4 12-4 12 0h-2c0-2.5-8-2.5-8 0z'],
  ['miljo', /miljo|klimat|environ|climate/, 'M2 14C2 7 7 3 14 3c0 7-4 11-11 11z'],
];

const OTHER = 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6z';

/** Lower case, accents removed, trimmed: how area names are compared. */
export const normalise = (text = ''): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** The key and mark of an area name. */
export function areaOf(area?: string): [key: string, path: string] {
  const name = normalise(area);
  const known = name && AREAS.find(([, pattern]) => pattern.test(name));
  return known ? [known[0], known[2]] : ['other', OTHER];
}
