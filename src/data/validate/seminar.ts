import type { RusSeminar } from '../types.js';
import { isIsoDate, isoToTime } from '../iso-date.js';
import type { ItemReader } from './item-reader.js';

export function readSeminar(item: ItemReader): RusSeminar {
  const id = item.requiredString('id');
  const title = item.requiredString('title');
  const start = item.date('start', true, true) as string;
  const end = item.date('end', false, true);
  if (end !== undefined && isoToTime(end) < isoToTime(start)) {
    item.drop('end', `(${end}) is before "start" (${start})`);
  }
  return {
    id,
    title,
    start,
    end,
    allDay: isIsoDate(start),
    preliminary: item.boolean('preliminary'),
    extended: item.boolean('extended'),
    series: item.string('series'),
    organisers: item.stringList('organisers'),
    description: item.string('description'),
    url: item.url('url'),
    recordingUrl: item.url('recordingUrl'),
  };
}
