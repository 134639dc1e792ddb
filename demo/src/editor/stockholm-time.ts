/** Date/time inputs show Stockholm time whatever the editor's own zone; the data wants ISO 8601 with offset. */
const ZONE = 'Europe/Stockholm';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function stockholmWallClock(time: number): { date: string; time: string; asUtc: number } {
  const p = Object.fromEntries(parts.formatToParts(new Date(time)).map((part) => [part.type, part.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}`,
    asUtc: Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)),
  };
}

/** Splits a stored value into the inputs' date and Stockholm time; `null` when it is not a date we can show. */
export function toStockholmInputs(value: string): { date: string; time: string } | null {
  if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, time: '' };
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) return null;
  const { date, time: clock } = stockholmWallClock(time);
  return { date, time: clock };
}

/** The stored value for a date and optional Stockholm time, with the offset that applies that day (DST-safe). */
export function fromStockholmInputs(date: string, time: string): string | undefined {
  if (!date) return undefined;
  if (!time) return date;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at a guess, then again at the corrected instant: right across a DST change.
  let offset = stockholmWallClock(wall).asUtc - wall;
  offset = stockholmWallClock(wall - offset).asUtc - (wall - offset);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}
