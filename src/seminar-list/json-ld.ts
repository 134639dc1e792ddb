import type { RusSeminar } from '../data/types.js';
import { absoluteUrl } from './absolute-url.js';

/**
 * schema.org `Event`s (JSON-LD) for seminars: online events with their organisers and
 * address. Dates are the data's own ISO strings (a date alone stays a date).
 */
export function seminarEvents(seminars: RusSeminar[]): object[] {
  return seminars.map((seminar) => {
    const url = absoluteUrl(seminar.url);
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: seminar.title,
      startDate: seminar.start,
      endDate: seminar.end,
      description: seminar.description,
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url },
      organizer: seminar.organisers.map((name) => ({ '@type': 'Organization', name })),
      url,
    };
  });
}

type ScriptPolicy = { createScript(text: string): unknown };
let policy: ScriptPolicy | false | undefined;

/**
 * Script text for a JSON-LD `<script>` that passes enforced Trusted Types: a policy named
 * `rus-widgets-json-ld` that lets through only valid JSON (which cannot run as code).
 * Throws where the host's `trusted-types` directive does not allow that policy (tried once).
 */
export function jsonScriptText(json: string): string {
  const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    policy = false;
    policy = tt.createPolicy('rus-widgets-json-ld', { createScript: (text: string) => (JSON.parse(text), text) });
  }
  if (!policy) throw new Error('Trusted Types policy "rus-widgets-json-ld" not allowed');
  return policy.createScript(json) as string;
}
