import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { validateDocument } from '../../src/data/validate/index.js';
import { openEditor, type EditorPage } from './editor-page.js';

/** The data editor, walked as a data owner would: open, edit, see problems, fix, rearrange, save. */
describe('data editor', () => {
  let root: EditorPage['root'];
  let $: EditorPage['$'];
  let $$: EditorPage['$$'];
  let type: EditorPage['type'];
  let legends: EditorPage['legends'];
  const savedText = () => decodeURIComponent($<HTMLAnchorElement>('#download').href.split(',')[1]);

  before(async () => {
    ({ root, $, $$, type, legends } = await openEditor());
    $('#open-sample').click();
    await waitUntil(() => root.querySelectorAll('fieldset.item').length > 0, 'the sample did not open');
  });

  it('opens the sample with every list as forms, and no problems', () => {
    expect(legends('quotes')[0]).to.equal('Nummer 1: bodil-hansson');
    expect($<HTMLInputElement>('#seminars-0-title').value).to.equal('Smarta samhällen');
    expect($<HTMLTextAreaElement>('#seminars-0-organisers').value).to.equal(
      'Regional utveckling\nÖrnsköldsviks kommun',
    );
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
  });

  it('shows a problem beside the field and in the summary, whose link moves focus to the field', async () => {
    type('seminars-0-start', '');
    const field = $('#seminars-0-start');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($('#seminars-0-start-error').textContent).to.equal('Startdatum saknas');
    expect($('#seminars-0-item .dropped-note')).to.exist;
    const link = $<HTMLAnchorElement>('.error-summary a');
    expect(link.textContent).to.equal('Webbseminarier, nummer 1: Startdatum saknas');
    link.click();
    expect(document.activeElement).to.equal(field);
    type('goals-0-target-value', 'många');
    expect($('#goals-0-target-value-error').textContent).to.equal('Målvärdet måste vara ett tal');
  });

  it('clears the problem once it is fixed', () => {
    type('seminars-0-start', '2020-10-29');
    type('goals-0-target-value', '5000');
    expect($('#seminars-0-start').getAttribute('aria-invalid')).to.equal(null);
    expect($('.error-summary')).to.equal(null);
  });

  it('adds, duplicates, reorders and deletes items', () => {
    const count = legends('goals').length;
    $('#goals-0-item .item-actions button:nth-child(3)').click(); // duplicate
    expect(legends('goals')[1]).to.equal('Nummer 2: sundsvall-jobb-kopia');
    $('#goals-1-item .item-actions button:nth-child(1)').click(); // move up
    expect(legends('goals')[0]).to.equal('Nummer 1: sundsvall-jobb-kopia');
    $('#goals-0-item .item-actions button:nth-child(4)').click(); // delete
    expect(legends('goals')).to.have.length(count);
    $('section[aria-labelledby="list-goals"] .add').click();
    expect(legends('goals')).to.have.length(count + 1);
    expect($(`#goals-${count}-id-error`).textContent).to.equal('Id saknas');
    expect($(`#goals-${count}-title-error`).textContent).to.equal('Titel saknas');
    $(`#goals-${count}-item .item-actions button:nth-child(4)`).click();
  });

  it('puts the focus where the work is: on a new or duplicated item, with a moved one, past a deleted one', () => {
    /** The focused control: its id, or its text and the item it is in (compared as text: see editor-more). */
    const focused = () => document.activeElement?.id;
    const focusedButton = () =>
      `${document.activeElement?.closest('fieldset')?.id}: ${document.activeElement?.textContent?.trim()}`;
    const inView = (id: string) => {
      const box = $(`#${id}`).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    const count = legends('quotes').length;
    window.scrollTo(0, 0);
    $('#add-quotes').click();
    expect(focused()).to.equal(`quotes-${count}-id`);
    expect(inView(`quotes-${count}-id`)).to.be.true;

    window.scrollTo(0, document.documentElement.scrollHeight);
    $('#quotes-0-item .item-actions button:nth-child(3)').click(); // duplicate
    expect(focused()).to.equal('quotes-1-id');
    expect($<HTMLInputElement>('#quotes-1-id').value).to.equal('bodil-hansson-kopia');
    expect(inView('quotes-1-id')).to.be.true;

    $('#quotes-1-item .move-down').click();
    expect(legends('quotes')[2]).to.equal('Nummer 3: bodil-hansson-kopia');
    expect(focusedButton()).to.equal('quotes-2-item: Flytta ned');
    $('#quotes-2-item .move-up').click();
    expect(focusedButton()).to.equal('quotes-1-item: Flytta upp');
    // At the top "move up" is off; the focus stays with the item, on "move down".
    $('#quotes-1-item .move-up').click();
    expect(legends('quotes')[0]).to.equal('Nummer 1: bodil-hansson-kopia');
    expect(focusedButton()).to.equal('quotes-0-item: Flytta ned');

    $('#quotes-0-item .item-actions button:nth-child(4)').click(); // delete
    expect(legends('quotes')[0]).to.equal('Nummer 1: bodil-hansson');
    expect(focused()).to.equal('quotes-0-id');
    expect(inView('quotes-0-id')).to.be.true;
    // The last item gone, nothing follows it: the focus goes to the list's add button.
    $(`#quotes-${count}-item .item-actions button:nth-child(4)`).click();
    expect(legends('quotes')).to.have.length(count);
    expect(focused()).to.equal('add-quotes');
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
  });

  it('saves the JSON with stable key order and 2-space indent', () => {
    type('quotes-0-organisation', 'Sundsvall');
    type('quotes-0-image-alt', 'Bodil Hansson');
    type('quotes-0-image-src', 'https://example.org/bodil.jpg');
    const text = savedText();
    expect(text.startsWith('{\n  "version": 1,\n  "lang": "sv",\n  "quotes": [\n    {\n      "id": "bodil-hansson",'))
      .to.be.true;
    expect(text).to.contain(
      '"organisation": "Sundsvall",\n      "image": {\n        "src": "https://example.org/bodil.jpg",\n        "alt": "Bodil Hansson"\n      }',
    );
    expect($('#message').textContent).to.contain('inte är sparade');
    $('#download').dispatchEvent(new MouseEvent('click', { cancelable: true }));
    expect($('#message').textContent).not.to.contain('inte är sparade');
  });

  it('previews the three widgets with the edited data', async () => {
    const carousel = $('rus-quote-carousel');
    await waitUntil(() => carousel.shadowRoot?.textContent?.includes('Sundsvall'), 'the preview did not update');
    const badges = $('rus-goal-badges');
    await waitUntil(() => badges.shadowRoot?.textContent?.includes('Nya jobb i Sundsvall'), 'no goal preview');
  });

  it('reads dates and times as Stockholm time and stores the offset of that day (summer and winter)', () => {
    type('seminars-0-start', '2026-07-01');
    type('seminars-0-start-time', '09:00');
    expect(savedText()).to.contain('"start": "2026-07-01T09:00:00+02:00"');
    type('seminars-0-start', '2026-01-15');
    expect(savedText()).to.contain('"start": "2026-01-15T09:00:00+01:00"');
    expect($<HTMLInputElement>('#seminars-0-start-time').value).to.equal('09:00');
    type('seminars-0-start-time', '');
    expect(savedText()).to.contain('"start": "2026-01-15",');
    type('seminars-0-start', '2020-10-29');
  });

  it('keeps a draft only after opting in, and deletes it when turned off', () => {
    expect(localStorage.getItem('rus-widgets-editor-draft')).to.equal(null);
    $<HTMLInputElement>('#keep-draft').click();
    expect(localStorage.getItem('rus-widgets-editor-draft')).to.contain('"bodil-hansson"');
    $<HTMLInputElement>('#keep-draft').click();
    expect(localStorage.getItem('rus-widgets-editor-draft')).to.equal(null);
  });

  it('adds a seminar as a data owner would, and the saved file validates and renders', async () => {
    const index = $$('section[aria-labelledby="list-seminars"] fieldset.item').length;
    $('section[aria-labelledby="list-seminars"] .add').click();
    type(`seminars-${index}-id`, '2026-05-20');
    type(`seminars-${index}-title`, 'Gröna jobb i Västernorrland');
    expect($(`#seminars-${index}-start-error`).textContent).to.equal('Startdatum saknas');
    expect($(`#seminars-${index}-item .dropped-note`)).to.exist;
    type(`seminars-${index}-start`, '2026-05-20');
    type(`seminars-${index}-start-time`, '13:00');
    expect($(`#seminars-${index}-start-error`)).to.equal(null);
    expect($('.summary-ok')).to.exist;

    const saved = JSON.parse(savedText());
    const result = validateDocument(saved);
    expect(result.ok).to.be.true;
    expect(result.problems).to.deep.equal([]);
    expect(saved.seminars[index].start).to.equal('2026-05-20T13:00:00+02:00');
    // Hosted as it was downloaded: the new seminar is what a visitor sees, upcoming on the day before.
    const json = savedText().replace(/</g, '\\u003c');
    const list = await fixture(
      html`<rus-seminar-list now="2026-05-19">
        ${unsafeHTML(`<script type="application/json">${json}</script>`)}
      </rus-seminar-list>`,
    );
    await waitUntil(() => list.shadowRoot?.querySelector('li'), 'the saved file did not render');
    expect(list.shadowRoot!.textContent).to.contain('Gröna jobb i Västernorrland');
    list.remove();
  });

  it('speaks English on request', () => {
    $('#switch-lang').click();
    type('seminars-0-title', '');
    expect($('#seminars-0-title-error').textContent).to.equal('Title is missing');
    expect($('.error-summary a').textContent).to.equal('Seminars, number 1: Title is missing');
    type('seminars-0-title', 'Smarta samhällen');
  });

  it('is accessible', async () => {
    type('seminars-0-start', '');
    await expect(root).to.be.accessible();
    type('seminars-0-start', '2020-10-29');
  });

  after(() => {
    // Saved, so leaving the page raises no "unsaved changes" prompt (which would stall the runner).
    $('#download').dispatchEvent(new MouseEvent('click', { cancelable: true }));
  });
});
