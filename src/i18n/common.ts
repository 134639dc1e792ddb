import type { DataErrorKind } from '../data/data-error.js';
import type { Lang } from './lang.js';

/** Strings every widget shares: the loading, error and empty states. */
export interface CommonStrings {
  loading: string;
  retry: string;
  empty: string;
  errors: Record<DataErrorKind, string>;
  notFound: string;
}

const sv: CommonStrings = {
  loading: 'Laddar innehåll …',
  retry: 'Försök igen',
  empty: 'Det finns inget att visa just nu.',
  errors: {
    network: 'Kunde inte hämta innehållet. Kontrollera anslutningen och försök igen.',
    timeout: 'Det tog för lång tid att hämta innehållet. Försök igen om en stund.',
    http: 'Kunde inte hämta innehållet: servern svarade med ett fel.',
    'not-json': 'Kunde inte läsa innehållet: adressen gav inte data i rätt format.',
    invalid: 'Kunde inte visa innehållet: datafilen har fel format.',
    version: 'Kunde inte visa innehållet: datafilen är av en nyare version än den här widgeten kan läsa.',
    'no-source': 'Inget innehåll att visa: ingen datakälla är angiven.',
  },
  notFound: 'Kunde inte hämta innehållet: det finns inget på den angivna adressen.',
};

const en: CommonStrings = {
  loading: 'Loading content …',
  retry: 'Try again',
  empty: 'There is nothing to show right now.',
  errors: {
    network: 'Could not load the content. Check your connection and try again.',
    timeout: 'Loading the content took too long. Try again in a moment.',
    http: 'Could not load the content: the server answered with an error.',
    'not-json': 'Could not read the content: the address did not return data in the right format.',
    invalid: 'Could not show the content: the data file has the wrong format.',
    version: 'Could not show the content: the data file is of a newer version than this widget can read.',
    'no-source': 'Nothing to show: no data source is given.',
  },
  notFound: 'Could not load the content: there is nothing at the given address.',
};

export const commonStrings: Record<Lang, CommonStrings> = { sv, en };
