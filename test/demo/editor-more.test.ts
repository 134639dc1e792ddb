import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateDocument } from '../../src/data/validate/index.js';
import { openEditor, type EditorPage } from './editor-page.js';

/** More of the data editor as a data owner uses it: a file from the computer, starting empty, copying, leaving, keys only, the download. */
describe('data editor: files, copying, leaving, keyboard and download', () => {
  let root: EditorPage['root'];
  let $: EditorPage['$'];
  let $$: EditorPage['$$'];
  let type: EditorPage['type'];
  let legends: EditorPage['legends'];
  /** Whether the page shows something; asserted as a yes/no (a failed assertion on an element stalls the runner). */
  const shown = (selector: string) => root.querySelector(selector) !== null;
  const focused = () => document.activeElement?.id;
  const message = () => $('#message').textContent!.trim();
  const seminarCount = () => legends('seminars').length;
  const summaryLinks = () => [...root.querySelectorAll('.error-summary a')].map((link) => link.textContent);
  const addSeminar = () => $('section[aria-labelledby="list-seminars"] .add');
  /** The file the download link hands over, read as the browser would save it. */
  const downloaded = async () => (await fetch($<HTMLAnchorElement>('#download').href)).text();
  /** Leaving the page: true when the browser would ask "leave with unsaved changes?". */
  const leavingWarns = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  /** What the page sets as the leaving event's return value (older Chromium asks only when it is set). */
  const leavingReturnValue = () => {
    const event = new Event('beforeunload', { cancelable: true });
    let value: unknown = 'not set';
    Object.defineProperty(event, 'returnValue', {
      set: (set: unknown) => {
        value = set;
      },
    });
    window.dispatchEvent(event);
    return value;
  };

  /** Picks a file in the "open a file" control, as the file dialog does. */
  async function openFile(text: string, name = 'rus2030.json') {
    const input = $<HTMLInputElement>('#open-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  const smallDocument = {
    version: 1,
    lang: 'sv',
    quotes: [{ id: 'anna', text: 'Vi bygger regionen tillsammans.', name: 'Anna Svensson', role: 'rektor' }],
    seminars: [{ id: 'hosten', title: 'Hösten i Västernorrland', start: '2026-10-01T09:00:00+02:00' }],
    goals: [{ id: 'jobb', title: 'Nya jobb', target: { value: 100, unit: 'jobb', year: 2030 } }],
  };

  before(async () => {
    ({ root, $, $$, type, legends } = await openEditor());
  });

  it('opens a document from a file on the computer', async () => {
    await openFile(JSON.stringify(smallDocument, null, 2));
    await waitUntil(() => legends('quotes').length === 1, 'the file did not open');
    expect(legends('quotes')).to.deep.equal(['Nummer 1: anna']);
    expect($<HTMLInputElement>('#quotes-0-name').value).to.equal('Anna Svensson');
    expect($<HTMLInputElement>('#seminars-0-title').value).to.equal('Hösten i Västernorrland');
    expect($<HTMLInputElement>('#seminars-0-start').value).to.equal('2026-10-01');
    expect($<HTMLInputElement>('#seminars-0-start-time').value).to.equal('09:00');
    expect($<HTMLInputElement>('#goals-0-target-value').value).to.equal('100');
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
    expect(message()).to.equal('');
  });

  it('opens a broken file from the computer for repair, with the line and column of the fault', async () => {
    const text = '{\n  "version": 1\n  "quotes": []\n}';
    await openFile(text, 'trasig.json');
    await waitUntil(() => $('.repair'), 'the broken file was not shown');
    expect($('.repair h2').textContent).to.equal('Filen är inte giltig JSON');
    expect($('.repair').textContent).to.contain('Felet finns på rad 3, kolumn 3.');
    expect($('.repair-line').textContent).to.equal('  "quotes": []\n  ^');
    const area = $<HTMLTextAreaElement>('#repair-text');
    expect(area.value).to.equal(text);
    expect(focused()).to.equal('repair-text');
    expect(area.selectionStart).to.equal(text.indexOf('"quotes"'));
    // What was open before is still there under the repair, not thrown away.
    expect(legends('quotes')).to.deep.equal(['Nummer 1: anna']);

    area.value = text.replace('1\n', '1,\n');
    $('#repair-open').click();
    expect(shown('.repair')).to.be.false;
    expect(legends('quotes')).to.deep.equal([]);
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
  });

  it('says a file that is JSON but not a data file is not one, and changes nothing', async () => {
    await openFile(JSON.stringify(smallDocument));
    await waitUntil(() => legends('quotes').length === 1, 'the file did not open');
    await openFile('[1, 2, 3]', 'lista.json');
    await waitUntil(() => message() !== '', 'nothing was said');
    expect(message()).to.equal(
      'Filen är inte en datafil för rus-widgets (den ska vara ett JSON-objekt). Inget har ändrats.',
    );
    expect(legends('quotes')).to.deep.equal(['Nummer 1: anna']);
  });

  it('starts empty: three empty lists to add to, and what the last open said is gone', async () => {
    await openFile('{"version": 1,', 'trasig.json');
    await waitUntil(() => $('.repair'), 'the broken file was not shown');
    $('#start-empty').click();
    expect(shown('.repair')).to.be.false;
    expect(message()).to.equal('');
    expect(legends('quotes')).to.deep.equal([]);
    expect(legends('seminars')).to.deep.equal([]);
    expect(legends('goals')).to.deep.equal([]);
    expect($('#list-seminars').textContent).to.equal('Webbseminarier (0)');
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
    expect(await downloaded()).to.equal(
      '{\n  "version": 1,\n  "lang": "sv",\n  "quotes": [],\n  "seminars": [],\n  "goals": []\n}\n',
    );
    addSeminar().click();
    expect(legends('seminars')).to.deep.equal(['Nummer 1']);
    expect($('#seminars-0-id-error').textContent).to.equal('Id saknas');
  });

  it('shows every problem of a new seminar at once, beside each field and in the summary', () => {
    // The seminar added just before: empty, the focus on its first field.
    expect(focused()).to.equal('seminars-0-id');
    expect($('#seminars-0-id-error').textContent).to.equal('Id saknas');
    expect($('#seminars-0-title-error').textContent).to.equal('Titel saknas');
    expect($('#seminars-0-start-error').textContent).to.equal('Startdatum saknas');
    expect($('#seminars-0-title').getAttribute('aria-invalid')).to.equal('true');
    expect($('#seminars-0-start').getAttribute('aria-invalid')).to.equal('true');
    expect(summaryLinks()).to.deep.equal([
      'Webbseminarier, nummer 1: Id saknas',
      'Webbseminarier, nummer 1: Titel saknas',
      'Webbseminarier, nummer 1: Startdatum saknas',
    ]);
    expect($('#seminars-0-item .dropped-note').textContent).to.equal(
      'Visas inte: widgetarna hoppar över det här tills felen är rättade.',
    );

    // Each fix takes away its own problem, and only that one.
    type('seminars-0-title', 'Gröna jobb');
    expect(summaryLinks()).to.deep.equal([
      'Webbseminarier, nummer 1: Id saknas',
      'Webbseminarier, nummer 1: Startdatum saknas',
    ]);
    expect(shown('#seminars-0-title-error')).to.be.false;
    // An end date alone is no problem of its own while the start is missing.
    type('seminars-0-end', '2026-05-20');
    expect(shown('#seminars-0-end-error')).to.be.false;
    type('seminars-0-id', 'grona-jobb');
    expect(summaryLinks()).to.deep.equal(['Webbseminarier, nummer 1: Startdatum saknas']);
    expect(shown('#seminars-0-item .dropped-note')).to.be.true;
  });

  it('shows every problem of a hand-edited item at once, whatever kind they are', async () => {
    const document = {
      ...smallDocument,
      seminars: [
        ...smallDocument.seminars,
        { id: 'hosten', title: '', start: 'i höst', end: 'snart', url: 'javascript:alert(1)' },
        { title: 5, start: '2026-10-02' },
      ],
    };
    await openFile(JSON.stringify(document));
    await waitUntil(() => legends('seminars').length === 3, 'the file did not open');
    expect($('#seminars-1-id-error').textContent).to.equal('Id används redan av ett tidigare objekt i listan');
    expect($('#seminars-1-title-error').textContent).to.equal('Titel saknas');
    expect($('#seminars-1-start-error').textContent).to.equal('Startdatum är inte ett giltigt datum');
    expect($('#seminars-1-end-error').textContent).to.equal('Slutdatum är inte ett giltigt datum');
    expect($('#seminars-1-url-error').textContent).to.equal('Länk måste vara en webbadress som börjar med https://');
    // In the summary in the order of the fields.
    expect(summaryLinks().slice(0, 5)).to.deep.equal(
      [
        'Id används redan av ett tidigare objekt i listan',
        'Titel saknas',
        'Startdatum är inte ett giltigt datum',
        'Slutdatum är inte ett giltigt datum',
        'Länk måste vara en webbadress som börjar med https://',
      ].map((text) => `Webbseminarier, nummer 2: ${text}`),
    );
    expect(shown('#seminars-1-item .dropped-note')).to.be.true;
    expect(shown('#seminars-0-item .dropped-note')).to.be.false;
    // A problem the editor has no words for is the validator's own, naming the item as the owner wrote it.
    expect($('#seminars-2-id-error').textContent).to.equal('Id saknas');
    expect($('#seminars-2-title-error').textContent).to.equal(
      'seminars[2] dropped: "title" must be a string, not a number',
    );
    expect(summaryLinks()).to.have.length(7);
    // What the owner wrote is kept as written, placeholders never reach the file.
    expect(JSON.parse(await downloaded()).seminars[1]).to.deep.equal(document.seminars[1]);
  });

  describe('copying the JSON', () => {
    let copied: string | null;
    let refuse: boolean;

    before(() => {
      // The test browser has no clipboard to read back; this one keeps what is written to it.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
            copied = text;
          },
        },
      });
    });

    beforeEach(() => {
      copied = null;
      refuse = false;
    });

    after(() => {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    });

    it('puts the same JSON as the download on the clipboard, and says so to screen readers too', async () => {
      type('seminars-0-title', 'Kopierat seminarium');
      expect(message()).to.contain('inte är sparade');
      $('#copy').click();
      await waitUntil(() => copied !== null, 'nothing was copied');
      expect(copied).to.equal(await downloaded());
      expect(JSON.parse(copied!).seminars[0].title).to.equal('Kopierat seminarium');
      await waitUntil(() => message() === 'JSON-texten är kopierad.', 'the copy was not announced');
      // A status region that was on the page before the text arrived, so screen readers speak it.
      expect($('#message').getAttribute('role')).to.equal('status');
    });

    it('says when the browser refuses to copy, and the change still counts as unsaved', async () => {
      type('seminars-0-title', 'Inte kopierat');
      refuse = true;
      $('#copy').click();
      await waitUntil(() => message().startsWith('Kunde inte kopiera automatiskt.'), 'the failure was not said');
      expect(message()).to.contain('inte är sparade');
      expect(copied).to.equal(null);
    });
  });

  describe('the warning before leaving with unsaved changes', () => {
    it('does not warn when nothing has changed since opening', async () => {
      await openFile(JSON.stringify(smallDocument));
      await waitUntil(() => legends('quotes').length === 1, 'the file did not open');
      expect(leavingWarns()).to.be.false;
    });

    it('warns after a change, and no longer once the file is downloaded', () => {
      type('quotes-0-role', 'prorektor');
      expect(leavingWarns()).to.be.true;
      $('#download').click();
      expect(leavingWarns()).to.be.false;
      expect(message()).not.to.contain('inte är sparade');
    });

    it('sets the return value older browsers ask for, only while there are unsaved changes', () => {
      expect(leavingReturnValue()).to.equal('not set');
      type('quotes-0-role', 'lärare');
      expect(leavingReturnValue()).to.equal('');
      $('#download').click();
      expect(leavingReturnValue()).to.equal('not set');
    });

    it('warns after a change, and no longer once the JSON is copied', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => {} },
      });
      type('quotes-0-role', 'rektor');
      expect(leavingWarns()).to.be.true;
      $('#copy').click();
      await waitUntil(() => message() === 'JSON-texten är kopierad.', 'the copy was not announced');
      expect(leavingWarns()).to.be.false;
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    });
  });

  it('downloads rus2030.json, and the downloaded file, hosted as the src, shows the new seminar', async () => {
    $('#start-empty').click();
    addSeminar().click();
    type('seminars-0-id', 'grona-jobb');
    type('seminars-0-title', 'Gröna jobb i Västernorrland');
    type('seminars-0-start', '2026-05-20');
    type('seminars-0-start-time', '13:00');
    expect(shown('.summary-ok')).to.be.true;

    const link = $<HTMLAnchorElement>('#download');
    expect(link.textContent!.trim()).to.equal('Ladda ned JSON-filen');
    expect(link.download).to.equal('rus2030.json');
    const text = await downloaded();
    expect(validateDocument(JSON.parse(text)).problems).to.deep.equal([]);
    expect(JSON.parse(text).seminars[0].start).to.equal('2026-05-20T13:00:00+02:00');
    link.click();
    expect(leavingWarns()).to.be.false;

    const src = `/test-api/json?body=${encodeURIComponent(text)}`;
    const list = await fixture(html`<rus-seminar-list src=${src} now="2026-05-19"></rus-seminar-list>`);
    await waitUntil(() => list.shadowRoot?.querySelector('li'), 'the downloaded file did not render');
    expect(list.shadowRoot!.textContent).to.contain('Gröna jobb i Västernorrland');
    list.remove();
  });

  describe('with the keyboard only', () => {
    /** Presses Tab (or Shift+Tab) until the focus is on what `selector` names, as a keyboard user does. */
    async function tabTo(selector: string, backwards = false) {
      if (backwards) await sendKeys({ down: 'Shift' });
      try {
        for (let presses = 0; presses < 400; presses++) {
          if (document.activeElement?.matches(selector)) return;
          await sendKeys({ press: 'Tab' });
        }
        throw new Error(`Tab never reached ${selector}`);
      } finally {
        if (backwards) await sendKeys({ up: 'Shift' });
      }
    }
    /** A day typed into a date field, in the order the browser's language shows its parts. */
    function dateKeys(year: string, month: string, day: string) {
      const parts = { year, month, day } as Record<string, string>;
      return new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(2026, 4, 20))
        .filter((part) => part.type in parts)
        .map((part) => parts[part.type])
        .join('');
    }

    it('opens the sample, adds a seminar, fills it in and follows the error summary to the field', async function () {
      this.timeout(60_000);
      // Arriving at the page: the first control has the focus.
      $('#switch-lang').focus();
      await tabTo('#open-sample');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => legends('quotes').length > 1, 'the sample did not open');
      const index = seminarCount();

      await tabTo('section[aria-labelledby="list-seminars"] .add');
      await sendKeys({ press: 'Enter' });
      expect(seminarCount()).to.equal(index + 1);
      // Straight on the new seminar's first field, not left on the button below it; every problem told.
      expect(focused()).to.equal(`seminars-${index}-id`);
      expect(summaryLinks()).to.deep.equal(
        ['Id saknas', 'Titel saknas', 'Startdatum saknas'].map(
          (text) => `Webbseminarier, nummer ${index + 1}: ${text}`,
        ),
      );

      await sendKeys({ type: 'grona-jobb' });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(`seminars-${index}-title`);
      await sendKeys({ type: 'Gröna jobb i Västernorrland' });
      await sendKeys({ press: 'Tab' });
      expect(legends('seminars')[index]).to.equal('Nummer 4: grona-jobb');

      // One problem left; the summary names it and its link leads to the field.
      const link = $<HTMLAnchorElement>('.error-summary a');
      expect($$('.error-summary a').length).to.equal(1);
      expect(link.textContent).to.equal(`Webbseminarier, nummer ${index + 1}: Startdatum saknas`);
      await tabTo('.error-summary a', true);
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal(`seminars-${index}-start`);

      await sendKeys({ type: dateKeys('2026', '05', '20') });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => $('.summary-ok'), 'the problem did not clear');
      const saved = JSON.parse(await downloaded());
      expect(saved.seminars[index]).to.deep.equal({
        id: 'grona-jobb',
        title: 'Gröna jobb i Västernorrland',
        start: '2026-05-20',
      });

      await tabTo('#download');
      await sendKeys({ press: 'Enter' });
      expect(leavingWarns()).to.be.false;
    });
  });

  after(() => {
    // Saved, so leaving the page raises no "unsaved changes" prompt (which would stall the runner).
    $('#download').click();
  });
});
