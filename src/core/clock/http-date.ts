// Parsing the HTTP `Date` header (RFC 9110 §5.6.7). Pure; never throws.
//
// Accepted forms (RFC 9110 says recipients must accept all three):
//   IMF-fixdate  `Sun, 06 Nov 1994 08:49:37 GMT`     (what every current server sends)
//   RFC 850      `Sunday, 06-Nov-94 08:49:37 GMT`    (obsolete; two-digit year)
//   asctime      `Sun Nov  6 08:49:37 1994`          (obsolete; no zone, means GMT)
//
// Leniency, on purpose and no more: names are matched case-insensitively, a one-digit day is
// accepted in IMF-fixdate, `UTC` is accepted for `GMT`, and surrounding whitespace is ignored.
// Everything else is rejected: other zones or offsets, impossible dates (Feb 30, hour 24), a weekday
// that does not match the date (a self-contradicting generator is not a clock to trust), years
// outside [MIN_HTTP_DATE_YEAR, MAX_HTTP_DATE_YEAR], and anything longer than MAX_HTTP_DATE_LENGTH.

/** No valid form is longer than 33 characters (`Wednesday, 06-Nov-94 08:49:37 GMT`); a bit of slack for padding. */
export const MAX_HTTP_DATE_LENGTH = 64;
const MIN_HTTP_DATE_YEAR = 2000;
const MAX_HTTP_DATE_YEAR = 2200;

/** Earliest / latest instants `parseHttpDate` can return (ms since the epoch). */
export const MIN_HTTP_DATE_MS = Date.UTC(MIN_HTTP_DATE_YEAR, 0, 1);
export const MAX_HTTP_DATE_MS = Date.UTC(MAX_HTTP_DATE_YEAR, 11, 31, 23, 59, 59);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LONG_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MON = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
const ZONE = '(?:gmt|utc)';

// Anchored, no nested quantifiers: linear time on any input (and inputs are length-capped anyway).
const IMF_FIXDATE = new RegExp(`^([a-z]{3}), (\\d{1,2}) ${MON} (\\d{4}) ${TIME} ${ZONE}$`, 'i');
const RFC_850 = new RegExp(`^([a-z]{6,9}), (\\d{2})-${MON}-(\\d{2}) ${TIME} ${ZONE}$`, 'i');
const ASCTIME = new RegExp(`^([a-z]{3}) ${MON} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, 'i');

/**
 * Parse an HTTP-date into ms since the epoch, or undefined for anything that is not one.
 *
 * RFC 850 two-digit years are read as 20YY. (RFC 9110's rule, "more than 50 years in the future
 * means the previous century", needs a trustworthy "now", which is exactly what a clock check
 * cannot assume; 19YY would be rejected by the year range anyway.)
 */
export function parseHttpDate(value: string): number | undefined {
  if (typeof value !== 'string' || value.length > MAX_HTTP_DATE_LENGTH) return undefined;
  const s = value.trim();

  let m = IMF_FIXDATE.exec(s);
  if (m) return build(m[1], SHORT_DAYS, m[4], m[3], m[2], m[5], m[6], m[7]);
  m = RFC_850.exec(s);
  if (m) return build(m[1], LONG_DAYS, m[4] === undefined ? undefined : `20${m[4]}`, m[3], m[2], m[5], m[6], m[7]);
  m = ASCTIME.exec(s);
  if (m) return build(m[1], SHORT_DAYS, m[7], m[2], m[3], m[4], m[5], m[6]);
  return undefined;
}

function build(
  dayName: string | undefined,
  dayNames: readonly string[],
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
): number | undefined {
  if (
    dayName === undefined ||
    yearText === undefined ||
    monthText === undefined ||
    dayText === undefined ||
    hourText === undefined ||
    minuteText === undefined ||
    secondText === undefined
  ) {
    return undefined;
  }
  const weekday = dayNames.indexOf(dayName.toLowerCase());
  const month = MONTHS.indexOf(monthText.toLowerCase());
  const year = Number(yearText);
  const day = Number(dayText.trim());
  const hour = Number(hourText);
  const minute = Number(minuteText);
  // A leap second (:60) is legal in the grammar; fold it into :59 rather than roll the date over.
  const second = Math.min(Number(secondText), 59);
  const rawSecond = Number(secondText);
  if (weekday < 0 || month < 0) return undefined;
  if (year < MIN_HTTP_DATE_YEAR || year > MAX_HTTP_DATE_YEAR) return undefined;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || rawSecond > 60) return undefined;

  const ms = Date.UTC(year, month, day, hour, minute, second);
  const d = new Date(ms);
  // Date.UTC silently rolls Feb 30 over to Mar 2: reject instead.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return undefined;
  if (d.getUTCDay() !== weekday) return undefined;
  return ms;
}
