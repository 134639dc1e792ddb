import { expect } from '@open-wc/testing';
import { dateFormatter, formatLongDate, intlFormatter, localeOf, CONTENT_TIME_ZONE } from '../../src/format/date.js';
import { formatNumber, formatPercent } from '../../src/format/number.js';
import { isoToTime, isIsoDate, isIsoDateTime, stockholmMidnight } from '../../src/data/iso-date.js';

const NBSP = '\u00a0';
const time = (iso: string) => Date.parse(iso);

describe('dates in Stockholm time', () => {
  it('the test browser really runs in New York time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date(time('2020-10-29T09:00:00+01:00')).getHours()).to.equal(4);
  });

  it('shows times of day as they are in Stockholm, in winter and in summer', () => {
    const clock = (iso: string, lang: 'sv' | 'en') =>
      dateFormatter(lang, { hour: '2-digit', minute: '2-digit' }).format(time(iso));
    expect(clock('2020-10-29T09:00:00+01:00', 'sv')).to.equal('09:00');
    expect(clock('2020-10-29T08:00:00Z', 'en')).to.equal('09:00');
    expect(clock('2020-06-01T09:00:00+02:00', 'sv')).to.equal('09:00');
    expect(clock('2020-06-01T03:00:00-04:00', 'sv')).to.equal('09:00');
  });

  it("gives the Stockholm date, not the visitor's", () => {
    // 00:30 in Stockholm is still the evening before in New York.
    expect(formatLongDate(time('2020-10-30T00:30:00+01:00'), 'sv')).to.equal('30 oktober 2020');
    expect(formatLongDate(time('2020-10-30T00:30:00+01:00'), 'en')).to.equal('30 October 2020');
  });

  it('formats a date alone as that day', () => {
    expect(formatLongDate(isoToTime('2020-10-29'), 'sv')).to.equal('29 oktober 2020');
    expect(formatLongDate(isoToTime('2020-03-29'), 'en')).to.equal('29 March 2020');
    expect(dateFormatter('sv', { weekday: 'long' }).format(isoToTime('2020-10-29'))).to.equal('torsdag');
  });

  it('caches formatters, and uses Swedish and British English', () => {
    expect(dateFormatter('sv', { month: 'long' })).to.equal(dateFormatter('sv', { month: 'long' }));
    expect(dateFormatter('sv', { month: 'long' }).resolvedOptions().timeZone).to.equal(CONTENT_TIME_ZONE);
    expect([localeOf('sv'), localeOf('en')]).to.deep.equal(['sv-SE', 'en-GB']);
  });

  it('keeps date and number formatters apart in the one cache', () => {
    expect(formatNumber(5000, 'sv')).to.equal(`5${NBSP}000`);
    const date = intlFormatter(Intl.DateTimeFormat, 'sv', {});
    const number = intlFormatter(Intl.NumberFormat, 'sv', {});
    expect(date).to.be.instanceOf(Intl.DateTimeFormat);
    expect(number).to.be.instanceOf(Intl.NumberFormat);
    expect(intlFormatter(Intl.NumberFormat, 'sv', {})).to.equal(number);
    expect(dateFormatter('sv', {})).to.equal(date);
  });
});

describe('ISO dates of the data', () => {
  it('a date alone means Stockholm midnight, through both clock changes', () => {
    expect(new Date(isoToTime('2020-10-29')).toISOString()).to.equal('2020-10-28T23:00:00.000Z');
    expect(new Date(isoToTime('2020-06-01')).toISOString()).to.equal('2020-05-31T22:00:00.000Z');
    expect(new Date(stockholmMidnight('2020-03-29')).toISOString()).to.equal('2020-03-28T23:00:00.000Z');
    expect(new Date(stockholmMidnight('2020-10-25')).toISOString()).to.equal('2020-10-24T22:00:00.000Z');
  });

  it('a date-time is the exact moment it names', () => {
    expect(isoToTime('2020-10-29T09:00:00+01:00')).to.equal(Date.UTC(2020, 9, 29, 8));
    expect(isoToTime('2020-10-29T09:00Z')).to.equal(Date.UTC(2020, 9, 29, 9));
  });

  it('knows real days from impossible ones, also in early years', () => {
    expect(['2020-02-29', '2000-02-29', '0050-06-15', '9999-12-31'].every(isIsoDate)).to.be.true;
    expect(
      ['2020-02-30', '1900-02-29', '2021-02-29', '2020-04-31', '0000-00-00', '2020-1-1', ' 2020-01-01'].some(isIsoDate),
    ).to.be.false;
    expect(isIsoDateTime('2020-10-29T23:59:59.999+14:00')).to.be.true;
    expect(
      ['2020-10-29T24:00:00Z', '2020-10-29T09:00:61Z', '2020-10-29T09:00:00+01:60', '2020-10-29'].some(isIsoDateTime),
    ).to.be.false;
  });
});

describe('numbers', () => {
  it('groups Swedish thousands with a no-break space, English with a comma', () => {
    expect(formatNumber(5000, 'sv')).to.equal(`5${NBSP}000`);
    expect(formatNumber(245000, 'sv')).to.equal(`245${NBSP}000`);
    expect(formatNumber(1234567.5, 'sv')).to.equal(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(5000, 'en')).to.equal('5,000');
    expect(formatNumber(800, 'sv')).to.equal('800');
    expect(formatNumber(5000, 'sv')).to.not.match(/[ \u202f\u2009]/);
  });

  it('percentages: "39 %" with a no-break space in Swedish, "39%" in English', () => {
    expect(formatPercent(0.39, 'sv')).to.equal(`39${NBSP}%`);
    expect(formatPercent(0.394, 'en')).to.equal('39%');
  });

  it('a Swedish figure does not wrap, however narrow its box', () => {
    const one = document.createElement('span');
    const figure = document.createElement('span');
    for (const el of [one, figure]) {
      el.style.display = 'inline-block';
      el.style.width = '1px';
      document.body.append(el);
    }
    one.textContent = '5';
    figure.textContent = formatNumber(245000, 'sv');
    try {
      expect(figure.getBoundingClientRect().height).to.equal(one.getBoundingClientRect().height);
    } finally {
      one.remove();
      figure.remove();
    }
  });
});
