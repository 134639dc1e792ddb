import { expect } from '@open-wc/testing';
import { parseNow } from '../../src/shared/now.js';
import { mount as mountList, titles } from '../seminar-list/helpers.js';
import { widgetWithData } from '../support/widget-with-data.js';
import { captureWarnings } from '../base/test-widget.js';
import '../../src/goal-badges/define.js';

/** `now` is read one way by every widget; without an offset it is Stockholm time (this browser runs in New York). */
describe('now: one parser for every widget', () => {
  it('reads a time without an offset with the Stockholm offset of that moment, on both DST days', () => {
    expect(parseNow('2021-03-28T03:30')).to.equal(Date.parse('2021-03-28T03:30:00+02:00'));
    expect(parseNow('2020-10-25T03:45')).to.equal(Date.parse('2020-10-25T03:45:00+01:00'));
    expect(parseNow('2021-03-28T01:30')).to.equal(Date.parse('2021-03-28T01:30:00+01:00'));
    expect(parseNow('2020-07-01T12:00:30')).to.equal(Date.parse('2020-07-01T12:00:30+02:00'));
  });

  it('reads dates as Stockholm midnight and offsets as given; anything else is unreadable', () => {
    expect(parseNow('2020-10-25')).to.equal(Date.parse('2020-10-25T00:00:00+02:00'));
    expect(parseNow('2020-10-26')).to.equal(Date.parse('2020-10-26T00:00:00+01:00'));
    expect(parseNow(' 2020-10-25T03:45:00Z ')).to.equal(Date.parse('2020-10-25T03:45:00Z'));
    for (const bad of ['20 oktober', '2020-02-30', '2020-10-25T25:00', '', undefined])
      expect(parseNow(bad)).to.equal(undefined);
  });

  it('puts a seminar on the right side of upcoming and past on the spring DST day', async () => {
    // Ends 04:00 Stockholm summer time: still on at 03:30 (read an hour late, it seemed over).
    const data = {
      version: 1,
      seminars: [
        { id: 'v', title: 'Vårseminariet', start: '2021-03-28T03:00:00+02:00', end: '2021-03-28T04:00:00+02:00' },
      ],
    };
    const el = await mountList({ now: '2021-03-28T03:30' }, data);
    expect(titles(el)).to.deep.equal(['Vårseminariet']);
  });

  it('and on the autumn DST day', async () => {
    // Ended 03:15 Stockholm winter time: over at 03:45 (read an hour early, it seemed upcoming).
    const data = {
      version: 1,
      seminars: [
        { id: 'h', title: 'Höstseminariet', start: '2020-10-25T02:30:00+01:00', end: '2020-10-25T03:15:00+01:00' },
      ],
    };
    const el = await mountList({ now: '2020-10-25T03:45' }, data);
    expect(titles(el)).to.deep.equal([]);
  });

  it('the goal badges warn of an unreadable now, as the seminar list does', async () => {
    const warnings = await captureWarnings(async () => {
      const el = widgetWithData(
        'rus-goal-badges',
        { version: 1, goals: [{ id: 'g', title: 'Mål', target: { value: 1, year: 2030 } }] },
        { now: 'i morgon' },
      );
      const loaded = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
      document.body.append(el);
      await loaded;
      el.remove();
    });
    expect(warnings.some((w) => w.includes('<rus-goal-badges> now="i morgon"'))).to.be.true;
  });
});
