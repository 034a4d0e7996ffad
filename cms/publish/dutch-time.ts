/**
 * Times as editors in the Netherlands read them: Dutch month names, 24-hour clock, Amsterdam
 * time whatever the server's time zone ("1 december 2026 14:05"; "14:05" for today).
 */
export const SITE_TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(date: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const found = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: found.day!, month: found.month!, year: found.year!, hour: found.hour!, minute: found.minute! };
}

/** "1 december 2026 14:05" (Intl writes "om" between date and time; we do not). */
export function dutchDateTime(value: Date | string): string {
  const p = pieces(new Date(value));
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** "14:05" when the moment is today in Amsterdam, else the date with the time. */
export function dutchMoment(value: Date | string, now: Date = new Date()): string {
  const p = pieces(new Date(value));
  const today = pieces(now);
  const sameDay = p.day === today.day && p.month === today.month && p.year === today.year;
  return sameDay ? `${p.hour}:${p.minute}` : dutchDateTime(value);
}

/** "6,2 seconden" */
export function dutchSeconds(seconds: number): string {
  return `${seconds.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ${seconds === 1 ? 'seconde' : 'seconden'}`;
}
