/** Stored instants in the contract's text form: Dutch calendar days and local times with offset. */
const TIME_ZONE = 'Europe/Amsterdam';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });

/** The Dutch calendar date of a stored instant: 2018-04-05. */
export function localDate(value: string | Date): string {
  return dayFormat.format(new Date(value));
}

/** A stored instant as Dutch local time with offset: 2027-03-18T09:30:00+01:00. */
export function localDateTime(value: string | Date): string {
  const date = new Date(value);
  const parts = Object.fromEntries(timeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '');
  return `${localDate(date)}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
