import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { validateDocument } from '../../src/data/validate/index.js';
import type { RusDocument } from '../../src/data/types.js';
import { snippetHtml, type SnippetWidget } from '../../src/snapshot/index.js';

/** A document as the validator leaves it (the snippet writer takes only validated data). */
function validated(raw: unknown): RusDocument {
  const result = validateDocument(raw);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

/** Snippets with their content as HTML: what a visitor without JavaScript reads, and what the widget shows from it. */
describe('snapshot snippets', () => {
  let sample: RusDocument;
  const now = Date.parse('2020-10-20T12:00:00+02:00');
  const made: Element[] = [];

  before(async () => {
    const raw = await (await fetch('/public/data/rus2030.json')).json();
    sample = validated(raw);
  });

  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
  });

  const write = (widget: SnippetWidget, attributes: Record<string, string> = {}, document = sample) =>
    snippetHtml({ widget, document, attributes: { src: '/test-api/hang', ...attributes }, now });

  /** The snippet as a page without JavaScript gets it: parsed, never upgraded. */
  const withoutScript = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;

  /** The snippet pasted into this page, where the elements are defined: it must render from the snapshot at once. */
  async function pasted(html: string): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
    const host = document.createElement('div');
    made.push(host);
    document.body.append(host);
    host.innerHTML = html; // upgrades synchronously: the elements are defined
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
    await el.updateComplete;
    return el;
  }

  const texts = (root: ParentNode, selector: string) =>
    [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

  it('seminar list: headings, times and links readable without JavaScript, the same texts as the widget', async () => {
    const html = write('seminar-list', { now: '2020-10-20' });
    const fallback = withoutScript(html);
    expect(texts(fallback, 'h2')).to.deep.equal(['Kommande webbseminarier']);
    expect(texts(fallback, 'li h3')).to.deep.equal([
      'Smarta samhällen',
      'Post Corona',
      'Hur vi alla kan bidra till länets Regionala utvecklingsstrategi (RUS:en)',
    ]);
    expect(fallback.querySelector('time')!.getAttribute('datetime')).to.equal('2020-10-29');

    const el = await pasted(html);
    const shadow = el.shadowRoot;
    expect(shadow.querySelector('[part~="loading"]'), 'no loading state: it renders from the snapshot').to.equal(null);
    expect(texts(shadow, '[part~="item-heading"]')).to.deep.equal(texts(fallback, 'li h3'));
    expect(texts(shadow, '[part~="when"]')).to.deep.equal(texts(fallback, 'li time'));
    expect(texts(shadow, '[part~="organisers"]')).to.deep.equal(
      texts(fallback, 'li p').filter((line) => line.startsWith('Arrangörer')),
    );
    expect(texts(shadow, '[part~="register-link"]')).to.deep.equal(texts(fallback, 'li a'));
  });

  it('quote carousel: each statement as a figure with its quote and who said it, as the slides say it', async () => {
    const html = write('quote-carousel', { limit: '3' });
    const fallback = withoutScript(html);
    expect(fallback.querySelectorAll('li > figure > blockquote')).to.have.length(3);
    const el = await pasted(html);
    const slides = el.shadowRoot.querySelectorAll('[part~="slide"]');
    expect(slides).to.have.length(3);
    expect(texts(el.shadowRoot, '[part~="quote"]')).to.deep.equal(texts(fallback, 'blockquote'));
    expect(texts(el.shadowRoot, '[part~="name"]')).to.deep.equal(texts(fallback, 'figcaption strong'));
  });

  it('goal badges: title, target, progress, area, owner and years left as the badges show them', async () => {
    const goals = validated({
      version: 1,
      goals: [
        ...sample.goals,
        {
          id: 'jobb',
          title: 'Nya jobb',
          area: 'Näringsliv',
          owner: 'Sundsvalls kommun',
          target: { value: 5000, unit: 'jobb', year: 2030 },
          baseline: { value: 1000, year: 2018 },
          current: { value: 3000, date: '2020-06-30' },
        },
      ],
    });
    const html = write('goal-badges', { now: '2020-10-20' }, goals);
    const fallback = withoutScript(html);
    const el = await pasted(html);
    const shadow = el.shadowRoot;
    expect(texts(shadow, '[part~="title"]')).to.deep.equal(texts(fallback, 'li > h2'));
    expect(texts(shadow, '[part~="target"]')).to.deep.equal(texts(fallback, 'li > p:has(strong)'));
    const lines = texts(fallback, 'li > p');
    expect(lines).to.include.members([
      ...texts(shadow, '.figures'),
      ...texts(shadow, '.as-of'),
      ...texts(shadow, '.left'),
    ]);
    expect(lines).to.include.members(['Område: Näringsliv', 'Ansvarig: Sundsvalls kommun']);
    expect(texts(shadow, '.area, .owner')).to.deep.equal(lines.filter((line) => /^(Område|Ansvarig):/.test(line)));
  });

  it('writes data texts as text, and no data text can close the snapshot script', async () => {
    const hostile = validated({
      version: 1,
      seminars: [
        {
          id: 'x',
          title: '</script><script>window.__pwned = 1</script><b>fet</b>',
          start: '2020-10-29',
          url: 'javascript:alert(1)',
        },
      ],
    });
    const html = write('seminar-list', { now: '2020-10-20' }, hostile);
    const fallback = withoutScript(html);
    expect(fallback.querySelectorAll('script')).to.have.length(1);
    expect(fallback.querySelector('b'), 'no markup from the data').to.equal(null);
    expect(fallback.querySelector('h3')!.textContent).to.equal(hostile.seminars[0].title);
    expect(fallback.querySelector('a'), 'the unsafe link is left out, as in the widget').to.equal(null);
    const snapshot = JSON.parse(fallback.querySelector('script')!.textContent!);
    expect(snapshot.seminars[0].title).to.equal(hostile.seminars[0].title);

    const el = await pasted(html);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(texts(el.shadowRoot, '[part~="item-heading"]')).to.deep.equal([hostile.seminars[0].title]);
  });

  it('keeps the snapshot to the widget’s own list, without the fields the validator fills in', () => {
    const script = withoutScript(write('seminar-list')).querySelector('script')!;
    const snapshot = JSON.parse(script.textContent!);
    expect(Object.keys(snapshot)).to.deep.equal(['version', 'lang', 'seminars']);
    expect(snapshot.seminars[0]).not.to.have.property('allDay');
    expect(snapshot.seminars[0]).not.to.have.property('extended');
  });

  it('speaks the language of the lang attribute, marking data texts in another language', () => {
    const fallback = withoutScript(write('seminar-list', { lang: 'en', now: '2020-10-20' }));
    expect(texts(fallback, 'h2')).to.deep.equal(['Upcoming web seminars']);
    expect(fallback.querySelector('h3')!.getAttribute('lang')).to.equal('sv');
  });
});
