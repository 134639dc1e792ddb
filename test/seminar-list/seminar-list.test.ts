import { expect } from '@open-wc/testing';
import { $, $$, lists, mount, text, titles } from './helpers.js';

describe('rus-seminar-list: which seminars, in which order', () => {
  it('shows the upcoming seminars soonest first as of `now`, and no past ones', async () => {
    const el = await mount({ now: '2020-10-20' });
    expect(lists(el)).to.deep.equal([['Smarta samhällen', 'Post Corona', 'Hur vi alla kan bidra till RUS:en']]);
    expect(titles(el, '[part~="heading"]')).to.deep.equal(['Kommande webbseminarier']);
  });

  it('show="past" lists the past seminars newest first under "Tidigare webbseminarier"', async () => {
    const el = await mount({ now: '2020-10-20', show: 'past' });
    expect(lists(el)).to.deep.equal([['Besöksnäringen', 'Sommarsamtal']]);
    expect(titles(el, '[part~="heading"]')).to.deep.equal(['Tidigare webbseminarier']);
  });

  it('show="all" puts the past seminars under their own heading after the upcoming ones', async () => {
    const el = await mount({ now: '2020-11-27', show: 'all' });
    expect(titles(el, '[part~="heading"]')).to.deep.equal(['Kommande webbseminarier', 'Tidigare webbseminarier']);
    expect(lists(el)).to.deep.equal([
      ['Hur vi alla kan bidra till RUS:en'],
      ['Post Corona', 'Smarta samhällen', 'Besöksnäringen', 'Sommarsamtal'],
    ]);
  });

  it('keeps a seminar upcoming until it ends (Stockholm time), a date alone until the day is over', async () => {
    const during = await mount({ now: '2020-10-29T09:59' });
    expect(lists(during)[0][0]).to.equal('Smarta samhällen');
    const after = await mount({ now: '2020-10-29T10:00:00+01:00' });
    expect(lists(after)[0][0]).to.equal('Post Corona');
    const lateThatDay = await mount({ now: '2020-11-26T23:59' });
    expect(lists(lateThatDay)[0][0]).to.equal('Post Corona');
    const nextDay = await mount({ now: '2020-11-27' });
    expect(lists(nextDay)[0][0]).to.equal('Hur vi alla kan bidra till RUS:en');
  });

  it('`limit` caps each list', async () => {
    const el = await mount({ now: '2020-10-20', show: 'all', limit: '1' });
    expect(lists(el)).to.deep.equal([['Smarta samhällen'], ['Besöksnäringen']]);
  });

  it('`series` keeps only that series (case does not matter)', async () => {
    const el = await mount({ now: '2020-10-20', show: 'all', series: 'annat' });
    expect(lists(el)).to.deep.equal([['Sommarsamtal']]);
    expect(text($(el, '[part~="empty"]'))).to.equal('Det finns inga kommande webbseminarier just nu.');
  });

  it('without `now` uses the current time (the 2020 seminars are all past)', async () => {
    const el = await mount({ show: 'all' });
    expect(lists(el)).to.deep.equal([
      ['Hur vi alla kan bidra till RUS:en', 'Post Corona', 'Smarta samhällen', 'Besöksnäringen', 'Sommarsamtal'],
    ]);
  });

  it('an unreadable `now` warns and falls back to the current time', async () => {
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (message: string) => messages.push(message);
    try {
      const el = await mount({ now: '20 oktober' });
      expect($$(el, '[part~="item"]')).to.have.length(0);
      expect(messages.some((m) => m.includes('now="20 oktober"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});

describe('rus-seminar-list: each seminar (Swedish)', () => {
  it('shows date and time in Stockholm time in a <time datetime>', async () => {
    const el = await mount({ now: '2020-10-20' });
    const times = $$(el, 'time');
    expect(times.map(text)).to.deep.equal([
      'torsdag 29 oktober 2020, kl. 09.00–10.00',
      'torsdag 26 november 2020',
      'torsdag 10 december 2020, kl. 13.00–16.00',
    ]);
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2020-10-29T09:00:00+01:00',
      '2020-11-26',
      '2020-12-10T13:00:00+01:00',
    ]);
  });

  it('shows the marks, organisers, description, registration and calendar button', async () => {
    const el = await mount({ now: '2020-10-20' });
    const [smarta, corona, rus] = $$(el, '[part~="item"]');
    expect(text(smarta.querySelector('[part~="organisers"]'))).to.equal(
      'Arrangörer: Regional utveckling och Örnsköldsviks kommun',
    );
    expect(smarta.querySelector('[part~="description"]')!.textContent).to.equal(
      'Hur digitaliseringen, förändrar; länet.\nAndra raden.',
    );
    const register = smarta.querySelector('a[part~="register-link"]')!;
    expect(text(register)).to.equal('Anmäl dig till Smarta samhällen');
    expect(register.getAttribute('href')).to.equal('https://example.org/anmalan?id=smarta');
    expect(text(smarta.querySelector('[part~="calendar-button"]'))).to.equal('Lägg till i kalendern: Smarta samhällen');
    expect(smarta.querySelectorAll('[part~="mark"]')).to.have.length(0);

    expect(text(corona.querySelector('[part~="mark"]'))).to.equal('Preliminärt tema');
    expect(corona.querySelector('[part~="register-link"]'), 'no url, no registration link').to.equal(null);
    expect(corona.querySelector('[part~="organisers"]')).to.equal(null);
    expect(text(rus.querySelector('[part~="mark"]'))).to.equal('Förlängt seminarium');
  });

  it('shows the visible link words first, the seminar only for assistive technology', async () => {
    const el = await mount({ now: '2020-10-20' });
    const hidden = $(el, '[part~="register-link"] .visually-hidden')!;
    expect(text(hidden)).to.equal('till Smarta samhällen');
    expect(getComputedStyle(hidden).position).to.equal('absolute');
  });

  it('past seminars offer the recording, not registration or calendar', async () => {
    const el = await mount({ now: '2020-10-20', show: 'past' });
    const [september, juni] = $$(el, '[part~="item"]');
    const recording = september.querySelector('a[part~="recording-link"]')!;
    expect(text(recording)).to.equal('Se inspelningen av Besöksnäringen');
    expect(recording.getAttribute('href')).to.equal('https://example.org/play/sept');
    expect(september.querySelectorAll('a')).to.have.length(1);
    expect(september.querySelector('[part~="register-link"], [part~="calendar-button"]')).to.equal(null);
    expect(juni.querySelector('a, button'), 'no recording: no link, even with a registration url').to.equal(null);
  });

  it('shows text as text, never as HTML', async () => {
    const el = await mount({ now: '2020-01-01' }, [
      { id: 'x', title: '<b>Fet</b>', start: '2020-05-01', description: '<img src=x onerror=alert(1)>' },
    ]);
    expect(text($(el, '[part~="item-heading"]'))).to.equal('<b>Fet</b>');
    expect($(el, 'b, img')).to.equal(null);
  });
});

describe('rus-seminar-list: English', () => {
  it('renders every field in English', async () => {
    const el = await mount({ now: '2020-10-20', lang: 'en' });
    expect(titles(el, '[part~="heading"]')).to.deep.equal(['Upcoming web seminars']);
    expect($$(el, 'time').map(text)).to.deep.equal([
      'Thursday 29 October 2020, 09:00–10:00',
      'Thursday 26 November 2020',
      'Thursday 10 December 2020, 13:00–16:00',
    ]);
    const [smarta, corona, rus] = $$(el, '[part~="item"]');
    expect(text(smarta.querySelector('[part~="organisers"]'))).to.equal(
      'Organisers: Regional utveckling and Örnsköldsviks kommun',
    );
    expect(text(smarta.querySelector('[part~="register-link"]'))).to.equal('Register for Smarta samhällen');
    expect(text(smarta.querySelector('[part~="calendar-button"]'))).to.equal('Add to calendar: Smarta samhällen');
    expect(text(corona.querySelector('[part~="mark"]'))).to.equal('Preliminary theme');
    expect(text(rus.querySelector('[part~="mark"]'))).to.equal('Extended session');
  });

  it('switches language in place: dates, organisers and link words follow `lang`', async () => {
    const el = await mount({ now: '2020-10-20' });
    expect(text($(el, '[part~="organisers"]'))).to.equal('Arrangörer: Regional utveckling och Örnsköldsviks kommun');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, 'time'))).to.equal('Thursday 29 October 2020, 09:00–10:00');
    expect(text($(el, '[part~="organisers"]'))).to.equal('Organisers: Regional utveckling and Örnsköldsviks kommun');
    expect(text($(el, '[part~="calendar-button"]'))).to.equal('Add to calendar: Smarta samhällen');
    el.lang = 'sv';
    await el.updateComplete;
    expect(text($(el, '[part~="organisers"]'))).to.equal('Arrangörer: Regional utveckling och Örnsköldsviks kommun');
  });

  it('follows an ancestor lang, and shows past seminars and the empty state in English', async () => {
    const el = await mount({ now: '2020-12-24', show: 'all' }, undefined, 'en-GB');
    expect(titles(el, '[part~="heading"]')).to.deep.equal(['Upcoming web seminars', 'Past web seminars']);
    expect(text($(el, '[part~="empty"]'))).to.equal('There are no upcoming web seminars right now.');
    expect(text($(el, '[part~="recording-link"]'))).to.equal('Watch the recording of Besöksnäringen');
  });
});

describe('rus-seminar-list: time zone', () => {
  it('the test browser is not in Stockholm', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  it('shows Stockholm time and Stockholm’s calendar day wherever the visitor is', async () => {
    const late = { id: 'late', title: 'Sent', start: '2020-10-29T23:30:00Z', end: '2020-10-30T00:30:00Z' };
    const el = await mount({ now: '2020-10-01' }, [late]);
    // New York: Thursday 29 October, 19:30; Stockholm: Friday 30 October, 00:30.
    expect(text($(el, 'time'))).to.equal('fredag 30 oktober 2020, kl. 00.30–01.30');
  });

  it('a date-only `now` is the start of that day in Stockholm, a date-time without offset is Stockholm time', async () => {
    // 00:30 on the 29th in Stockholm is 23:30 UTC on the 28th, 19:30 in New York.
    const early = [{ id: 'e', title: 'Tidigt', start: '2020-10-29T00:30:00+01:00' }];
    const dateOnly = await mount({ now: '2020-10-29' }, early);
    expect(lists(dateOnly)).to.deep.equal([['Tidigt']]);
    const localTime = await mount({ now: '2020-10-29T00:29' }, early);
    expect(lists(localTime)).to.deep.equal([['Tidigt']]);
    const justAfter = await mount({ now: '2020-10-29T00:31', show: 'past' }, early);
    expect(lists(justAfter)).to.deep.equal([['Tidigt']]);
  });
});

describe('rus-seminar-list: headings', () => {
  it('defaults to h2 for the list and h3 for the seminars', async () => {
    const el = await mount({ now: '2020-10-20' });
    expect($(el, 'h2')!.textContent).to.equal('Kommande webbseminarier');
    expect($$(el, 'h3')).to.have.length(3);
  });

  it('`heading-level` sets the list heading, items one below; `heading` sets its text', async () => {
    const el = await mount({ now: '2020-10-20', 'heading-level': '4', heading: 'Här och nu', show: 'all' });
    expect($$(el, 'h4').map(text)).to.deep.equal(['Här och nu', 'Tidigare webbseminarier']);
    expect($$(el, 'h5').map(text)).to.deep.equal([
      'Smarta samhällen',
      'Post Corona',
      'Hur vi alla kan bidra till RUS:en',
      'Besöksnäringen',
      'Sommarsamtal',
    ]);
    expect($(el, 'h2, h3')).to.equal(null);
  });

  it('`heading` names the past list when only past ones show; level 6 stays 6', async () => {
    const el = await mount({ now: '2020-10-20', 'heading-level': '6', heading: 'Arkiv', show: 'past' });
    expect($$(el, 'h6').map(text)).to.deep.equal(['Arkiv', 'Besöksnäringen', 'Sommarsamtal']);
  });
});

describe('rus-seminar-list: empty state', () => {
  it('says there are no upcoming seminars and offers the past ones', async () => {
    const el = await mount({ now: '2021-01-01' });
    expect(text($(el, '[part~="empty"] p'))).to.equal('Det finns inga kommande webbseminarier just nu.');
    const button = $(el, 'button[part~="show-past-button"]')!;
    expect(text(button)).to.equal('Visa tidigare webbseminarier');
    expect($(el, '[part~="item"]')).to.equal(null);

    button.click();
    await el.updateComplete;
    await el.updateComplete;
    const pastHeading = $(el, '#past')!;
    expect(text(pastHeading)).to.equal('Tidigare webbseminarier');
    expect(el.shadowRoot!.activeElement, 'focus moves to the past seminars').to.equal(pastHeading);
    expect(lists(el)).to.deep.equal([
      ['Hur vi alla kan bidra till RUS:en', 'Post Corona', 'Smarta samhällen', 'Besöksnäringen', 'Sommarsamtal'],
    ]);
    expect(text($(el, '[part~="recording-link"]'))).to.equal('Se inspelningen av Besöksnäringen');
    expect($(el, '[part~="show-past-button"]')).to.equal(null);
  });

  it('offers nothing more when there are no past seminars either', async () => {
    const el = await mount({ now: '2020-01-01', series: 'Ingen sådan' });
    expect(text($(el, '[part~="empty"]'))).to.equal('Det finns inga kommande webbseminarier just nu.');
    expect($(el, 'button')).to.equal(null);
  });

  it('show="past" with nothing past says so', async () => {
    const el = await mount({ now: '2020-01-01', show: 'past' });
    expect(text($(el, '[part~="empty"]'))).to.equal('Det finns inga tidigare webbseminarier.');
  });
});

describe('rus-seminar-list: accessibility (axe)', () => {
  it('upcoming and past, Swedish', async () => {
    const el = await mount({ now: '2020-10-20', show: 'all' });
    await expect(el).to.be.accessible();
  });

  it('English', async () => {
    const el = await mount({ now: '2020-10-20', lang: 'en' });
    await expect(el).to.be.accessible();
  });

  it('empty state with the past offered', async () => {
    const el = await mount({ now: '2021-01-01' });
    await expect(el).to.be.accessible();
  });
});
