import { expect } from '@open-wc/testing';
import { formatWhen } from '../../src/seminar-list/format-when.js';
import { strings } from '../../src/seminar-list/strings.js';
import type { RusSeminar } from '../../src/data/types.js';

const when = (start: string, end: string | undefined, lang: 'sv' | 'en' = 'sv'): string =>
  formatWhen(
    {
      id: 'x',
      title: 'x',
      start,
      end,
      allDay: false,
      preliminary: false,
      extended: false,
      organisers: [],
    } as RusSeminar,
    lang,
    strings[lang],
  );

describe('formatWhen', () => {
  it('a start alone', () => {
    expect(when('2020-10-29T09:00:00+01:00', undefined)).to.equal('torsdag 29 oktober 2020, kl. 09.00');
    expect(when('2020-10-29T09:00:00+01:00', undefined, 'en')).to.equal('Thursday 29 October 2020, 09:00');
  });

  it('summer time (UTC+2) and an offset other than Stockholm’s', () => {
    expect(when('2020-06-11T07:00:00Z', '2020-06-11T08:30:00Z')).to.equal('torsdag 11 juni 2020, kl. 09.00–10.30');
  });

  it('a date alone shows no time; a date range shows both days', () => {
    expect(when('2020-11-26', undefined, 'en')).to.equal('Thursday 26 November 2020');
    expect(when('2020-11-26', '2020-11-26')).to.equal('torsdag 26 november 2020');
    expect(when('2020-11-26', '2020-11-27')).to.equal('torsdag 26 november 2020 – fredag 27 november 2020');
  });

  it('a timed seminar over two days shows both days with times', () => {
    expect(when('2020-10-29T15:00:00+01:00', '2020-10-30T12:00:00+01:00', 'en')).to.equal(
      'Thursday 29 October 2020, 15:00 – Friday 30 October 2020, 12:00',
    );
  });

  it('the same day with one end a date alone shows the start alone', () => {
    expect(when('2020-10-29T09:00:00+01:00', '2020-10-29')).to.equal('torsdag 29 oktober 2020, kl. 09.00');
    expect(when('2020-10-29', '2020-10-29T10:00:00+01:00', 'en')).to.equal('Thursday 29 October 2020');
  });

  it('formats in each language with its own formatter, whichever came first', () => {
    const en = when('2020-06-11T07:00:00Z', undefined, 'en');
    const sv = when('2020-06-11T07:00:00Z', undefined);
    expect([en, sv, when('2020-06-11T07:00:00Z', undefined, 'en')]).to.deep.equal([
      'Thursday 11 June 2020, 09:00',
      'torsdag 11 juni 2020, kl. 09.00',
      'Thursday 11 June 2020, 09:00',
    ]);
  });
});
