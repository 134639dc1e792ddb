import type { RusListName } from '../../../src/data/types.js';

export type EditorLang = 'sv' | 'en';
/** `date` is a day with an optional Stockholm time; `day` a day only. */
export type FieldKind = 'text' | 'textarea' | 'number' | 'checkbox' | 'lines' | 'date' | 'day';

/** One field of an item in the version-1 format; `key` is its path inside the item (`target.value`). */
export interface FieldSpec {
  key: string;
  kind: FieldKind;
  required?: boolean;
  label: Record<EditorLang, string>;
  help?: Record<EditorLang, string>;
}

const f = (key: string, kind: FieldKind, sv: string, en: string, helpSv?: string, helpEn?: string): FieldSpec => ({
  key,
  kind,
  label: { sv, en },
  help: helpSv ? { sv: helpSv, en: helpEn ?? helpSv } : undefined,
});
const required = (spec: FieldSpec): FieldSpec => ({ ...spec, required: true });

const id = required(
  f('id', 'text', 'Id', 'Id', 'Ett unikt namn utan mellanslag, t.ex. anna-svensson.', 'A unique name without spaces.'),
);
const url = f(
  'url',
  'text',
  'Länk',
  'Link',
  'Webbadress som börjar med https://.',
  'An address starting with https://.',
);
const dateHelp = {
  sv: 'Tiden är svensk tid (Stockholm). Lämna tiden tom för en hel dag.',
  en: 'The time is Swedish time (Stockholm). Leave the time empty for a whole day.',
};

/** The fields of each list, in the order they are shown and saved. */
export const listFields: Record<RusListName, FieldSpec[]> = {
  quotes: [
    id,
    required(
      f(
        'text',
        'textarea',
        'Citat',
        'Quote',
        'En tom rad börjar ett nytt stycke.',
        'A blank line starts a new paragraph.',
      ),
    ),
    required(f('name', 'text', 'Namn', 'Name')),
    f('role', 'text', 'Roll', 'Role', 'T.ex. rektor.', 'E.g. principal.'),
    f('organisation', 'text', 'Organisation', 'Organisation'),
    f('image.src', 'text', 'Porträtt (bildadress)', 'Portrait (image address)'),
    f(
      'image.alt',
      'text',
      'Porträttets alternativtext',
      'Portrait alt text',
      'Beskriv bilden för den som inte ser den, t.ex. ”Anna Svensson ler mot kameran”.',
      'Describe the image for those who cannot see it.',
    ),
    url,
  ],
  seminars: [
    id,
    required(f('title', 'text', 'Titel', 'Title')),
    required({ ...f('start', 'date', 'Startdatum', 'Start date'), help: dateHelp }),
    { ...f('end', 'date', 'Slutdatum', 'End date'), help: dateHelp },
    f('preliminary', 'checkbox', 'Preliminärt datum', 'Date is preliminary'),
    f('extended', 'checkbox', 'Förlängt', 'Extended'),
    f('series', 'text', 'Serie', 'Series'),
    f('organisers', 'lines', 'Arrangörer', 'Organisers', 'En arrangör per rad.', 'One organiser per line.'),
    f('description', 'textarea', 'Beskrivning', 'Description'),
    url,
    f('recordingUrl', 'text', 'Länk till inspelning', 'Recording link'),
  ],
  goals: [
    id,
    required(f('title', 'text', 'Titel', 'Title')),
    f('area', 'text', 'Område', 'Area'),
    f('target.value', 'number', 'Målvärdet', 'Target value'),
    f('target.unit', 'text', 'Enhet', 'Unit', 'T.ex. jobb eller procent.', 'E.g. jobs or per cent.'),
    f('target.year', 'number', 'Målår', 'Target year'),
    f('baseline.value', 'number', 'Utgångsvärdet', 'Baseline value'),
    f('baseline.year', 'number', 'Utgångsår', 'Baseline year'),
    f('current.value', 'number', 'Nuvärdet', 'Current value'),
    f(
      'current.date',
      'day',
      'Nuvärdets datum',
      'Current value date',
      'Dagen då nuvärdet mättes.',
      'The day the current value was measured.',
    ),
    f('owner', 'text', 'Ansvarig', 'Owner'),
    f('description', 'textarea', 'Beskrivning', 'Description'),
    url,
  ],
};

export const listNames: RusListName[] = ['quotes', 'seminars', 'goals'];
