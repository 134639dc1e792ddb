import type { RusSeminar } from '../data/types.js';

/** A link address made absolute against the page, as search engines want it. */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * schema.org `Event`s (JSON-LD) for seminars: online events with their organisers and
 * address. Dates are the data's own ISO strings (a date alone stays a date).
 */
export function seminarEvents(seminars: RusSeminar[], lang: string): object[] {
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
      superEvent: seminar.series ? { '@type': 'EventSeries', name: seminar.series } : undefined,
      inLanguage: lang,
      url,
    };
  });
}
