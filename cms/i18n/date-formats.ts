/** How the admin writes dates (date-fns patterns, read with Payload's Dutch locale): "1 december 2026 14:05". */
export const ADMIN_DATE_FORMAT = 'd MMMM yyyy HH:mm';
/** A day without a time: "1 december 2026". */
export const DATE_DISPLAY_FORMAT = 'd MMMM yyyy';
/** The time list of Payload's "Publicatie plannen" drawer: 24-hour clock, every minute. */
export const SCHEDULE_PICKER = { timeFormat: 'HH:mm', timeIntervals: 1 } as const;
