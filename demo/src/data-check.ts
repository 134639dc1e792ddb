import { loadJson } from '../../src/data/load-json.js';
import { DataError } from '../../src/data/data-error.js';
import { validateDocument } from '../../src/data/validate/index.js';
import type { DataProblem, RusDocument, RusListName } from '../../src/data/types.js';
import type { BuilderLang } from './builder-strings.js';

/** What the builder found at a data address, in words a web editor can act on. */
export interface DataCheck {
  ok: boolean;
  /** What was found, or why it failed. */
  summary: string;
  /** What to ask the data's owner or the server's administrator for; '' when nothing is needed. */
  fix: string;
  /** The validated document, when one was found: a snapshot snippet is drawn from it. */
  document?: RusDocument;
}

const LISTS: RusListName[] = ['quotes', 'seminars', 'goals'];

/**
 * Fetches `url` the way the widgets do (the same loader and validator, so the builder and
 * a visitor's page agree), then says in plain words what the document holds.
 */
export async function checkDataAddress(url: string, lang: BuilderLang): Promise<DataCheck> {
  const t = checkTexts[lang];
  let raw: unknown;
  try {
    raw = await loadJson(url, { fresh: true });
  } catch (error) {
    return failure(error instanceof DataError ? error : undefined, url, lang);
  }
  const result = validateDocument(raw);
  if (!result.ok) return { ok: false, summary: result.kind === 'version' ? t.version : t.invalid, fix: t.askOwner };
  const counts = LISTS.map((list) => t.count(list, result.document[list].length));
  const dropped = result.problems.filter((problem) => problem.effect === 'item');
  const droppedText = LISTS.flatMap((list) => {
    const ofList = dropped.filter((problem) => problem.path.startsWith(`$.${list}[`));
    if (!ofList.length) return [];
    const reasons = [...new Set(ofList.map((problem) => reason(problem, lang)))].join('; ');
    return [`${t.dropped(list, ofList.length)}: ${reasons}`];
  });
  const links = result.problems.filter((problem) => problem.effect === 'field').length;
  if (links) droppedText.push(t.linksDropped(links));
  const summary = [counts.join(', '), ...droppedText].join(' — ');
  const empty = LISTS.every((list) => result.document[list].length === 0);
  return {
    ok: !empty,
    summary: empty ? `${summary}. ${t.nothingToShow}` : `${summary}.`,
    fix: droppedText.length || empty ? t.askOwnerItems : '',
    document: result.document,
  };
}

function failure(error: DataError | undefined, url: string, lang: BuilderLang): DataCheck {
  const t = checkTexts[lang];
  switch (error?.kind) {
    case 'http':
      return {
        ok: false,
        summary: t.http(error.status ?? 0),
        fix: error.status === 404 ? t.checkAddress : t.askServer,
      };
    case 'not-json':
      return { ok: false, summary: t.notJson, fix: t.checkAddress };
    case 'timeout':
      return { ok: false, summary: t.timeout, fix: t.askServer };
    default: {
      // A browser does not tell a script why a request failed: offline, a wrong host and a
      // missing CORS header all look the same. Say both, and what to ask for.
      let sameOrigin = false;
      try {
        sameOrigin = new URL(url, location.href).origin === location.origin;
      } catch {
        return { ok: false, summary: t.badAddress, fix: t.checkAddress };
      }
      return { ok: false, summary: t.unreachable, fix: sameOrigin ? t.checkAddress : t.askCors };
    }
  }
}

/** "goals[3].target.value dropped: "target.value" is missing" → "målvärdet saknas". */
function reason(problem: DataProblem, lang: BuilderLang): string {
  const t = checkTexts[lang];
  const field = problem.path.replace(/^\$\.\w+\[\d+\]\.?/, '');
  const name = t.fields[field] ?? (field ? `"${field}"` : t.fields.item);
  const why = /is missing|is empty/.test(problem.message)
    ? t.missing
    : /earlier item/.test(problem.message)
      ? t.duplicate
      : t.wrongForm;
  return `${name} ${why}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const checkTexts = {
  sv: {
    count: (list: RusListName, n: number) =>
      ({
        quotes: plural(n, 'uttalande', 'uttalanden'),
        seminars: plural(n, 'webbseminarium', 'webbseminarier'),
        goals: plural(n, 'mål', 'mål'),
      })[list],
    dropped: (list: RusListName, n: number) =>
      ({
        quotes: plural(n, 'uttalande utelämnat', 'uttalanden utelämnade'),
        seminars: plural(n, 'webbseminarium utelämnat', 'webbseminarier utelämnade'),
        goals: plural(n, 'mål utelämnat', 'mål utelämnade'),
      })[list],
    linksDropped: (n: number) =>
      plural(n, 'länk eller bild utelämnad', 'länkar eller bilder utelämnade') + ' (otillåten adress)',
    fields: {
      item: 'posten',
      id: 'id',
      text: 'texten',
      name: 'namnet',
      title: 'titeln',
      start: 'starttiden',
      end: 'sluttiden',
      'target.value': 'målvärdet',
      'target.year': 'målåret',
      'current.value': 'nuvärdet',
      'current.date': 'nuvärdets datum',
      'baseline.value': 'utgångsvärdet',
      target: 'målet',
      organisers: 'arrangörerna',
    } as Record<string, string>,
    missing: 'saknas',
    duplicate: 'används redan av en tidigare post',
    wrongForm: 'har fel form',
    nothingToShow: 'Det finns inget att visa.',
    invalid: 'Adressen ger JSON, men inte RUS-data: ett objekt med "quotes", "seminars" eller "goals" väntas.',
    version: 'Datafilen är av en version som den här versionen av widgetarna inte kan läsa (den läser version 1).',
    http: (status: number) =>
      status === 404
        ? 'Servern svarar att filen inte finns (HTTP 404).'
        : `Servern svarar med ett fel (HTTP ${status}).`,
    notJson: 'Adressen ger en webbsida eller annan text, inte JSON-data.',
    timeout: 'Servern svarade inte inom 10 sekunder.',
    unreachable:
      'Adressen gick inte att nå: servern svarar inte, eller tillåter inte att andra webbplatser läser filen (CORS).',
    badAddress: 'Det här är ingen webbadress.',
    checkAddress: 'Kontrollera adressen: den ska gå direkt till JSON-filen (börjar med https://).',
    askServer: 'Försök igen om en stund; kvarstår felet, fråga den som sköter servern.',
    askCors:
      'Kontrollera adressen. Stämmer den: be den som sköter servern att skicka filen med rubriken Access-Control-Allow-Origin: *',
    askOwner: 'Be den som ansvarar för datafilen att kontrollera den med: npx rus-widgets validate <adress>',
    askOwnerItems:
      'Resten visas. Be den som ansvarar för datafilen att rätta posterna (npx rus-widgets validate <adress> visar var).',
    checking: 'Kontrollerar dataadressen …',
  },
  en: {
    count: (list: RusListName, n: number) =>
      ({
        quotes: plural(n, 'statement', 'statements'),
        seminars: plural(n, 'web seminar', 'web seminars'),
        goals: plural(n, 'goal', 'goals'),
      })[list],
    dropped: (list: RusListName, n: number) =>
      ({
        quotes: plural(n, 'statement left out', 'statements left out'),
        seminars: plural(n, 'web seminar left out', 'web seminars left out'),
        goals: plural(n, 'goal left out', 'goals left out'),
      })[list],
    linksDropped: (n: number) =>
      plural(n, 'link or image left out', 'links or images left out') + ' (address not allowed)',
    fields: {
      item: 'the item',
      id: 'the id',
      text: 'the text',
      name: 'the name',
      title: 'the title',
      start: 'the start time',
      end: 'the end time',
      'target.value': 'the target value',
      'target.year': 'the target year',
      'current.value': 'the current value',
      'current.date': "the current value's date",
      'baseline.value': 'the baseline value',
      target: 'the target',
      organisers: 'the organisers',
    } as Record<string, string>,
    missing: 'is missing',
    duplicate: 'is already used by an earlier item',
    wrongForm: 'has the wrong form',
    nothingToShow: 'There is nothing to show.',
    invalid: 'The address gives JSON, but not RUS data: an object with "quotes", "seminars" or "goals" is expected.',
    version: 'The data file is of a version this version of the widgets cannot read (it reads version 1).',
    http: (status: number) =>
      status === 404
        ? 'The server says the file does not exist (HTTP 404).'
        : `The server answers with an error (HTTP ${status}).`,
    notJson: 'The address gives a web page or other text, not JSON data.',
    timeout: 'The server did not answer within 10 seconds.',
    unreachable:
      'The address could not be reached: the server does not answer, or does not let other websites read the file (CORS).',
    badAddress: 'This is not a web address.',
    checkAddress: 'Check the address: it must lead straight to the JSON file (starting with https://).',
    askServer: 'Try again in a while; if the error stays, ask whoever runs the server.',
    askCors:
      'Check the address. If it is right, ask whoever runs the server to send the file with the header Access-Control-Allow-Origin: *',
    askOwner: 'Ask whoever owns the data file to check it with: npx rus-widgets validate <address>',
    askOwnerItems:
      'The rest shows. Ask whoever owns the data file to fix those items (npx rus-widgets validate <address> shows where).',
    checking: 'Checking the data address …',
  },
};

export const checkingText = (lang: BuilderLang): string => checkTexts[lang].checking;
