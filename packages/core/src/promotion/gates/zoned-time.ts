/**
 * Wall-clock time in a named IANA time zone, with `Intl.DateTimeFormat` alone (no dependency:
 * the runtime carries the tz database). Weekly freeze windows are wall-clock times, so a
 * window `Fri 16:00`–`Mon 08:00` in Europe/Berlin stays at 16:00 local across a DST change.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** A weekday and wall-clock time: `Fri 16:00`. */
export interface WeeklyTime {
  text: string;
  /** 0 = Sunday. */
  day: number;
  hour: number;
  minute: number;
  /** Minutes since Sunday 00:00. */
  minuteOfWeek: number;
}

/** `Fri 16:00` (the schema has checked the form). */
export function parseWeeklyTime(text: string): WeeklyTime {
  const [name = '', clock = '0:0'] = text.split(' ');
  const day = DAYS.indexOf(name as (typeof DAYS)[number]);
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  return { text, day, hour, minute, minuteOfWeek: day * 1440 + hour * 60 + minute };
}

/** The local calendar fields of an instant in a zone. */
interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, found);
  }
  return found;
}

/** The wall-clock fields of `instant` in `zone`. */
export function localTime(instant: Date, zone: string): LocalTime & { second: number } {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: DAYS.indexOf(parts.weekday as (typeof DAYS)[number]),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, zone: string): number {
  const t = localTime(instant, zone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in `zone`. A time skipped by a spring-forward change
 * resolves to the instant after the gap (02:30 becomes 03:30); a repeated one to its first.
 */
export function zonedInstant(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  zone: string,
): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const day = 86_400_000;
  // The offsets around the wall time: the one before a change and the one after it.
  const candidates = [guess, guess - day, guess + day].map(
    (probe) => guess - offsetMs(new Date(probe), zone),
  );
  const reads = (t: number) => {
    const l = localTime(new Date(t), zone);
    return l.day === local.day && l.hour === local.hour && l.minute === local.minute;
  };
  const matching = candidates.filter(reads);
  // Both read the wall time in a repeated hour (take the first); neither in a skipped one
  // (take the later candidate, which is the same offset past the gap).
  return new Date(matching.length > 0 ? Math.min(...matching) : Math.max(...candidates));
}

/** Minutes since Sunday 00:00, local to `zone`. */
export function minuteOfWeek(instant: Date, zone: string): number {
  const t = localTime(instant, zone);
  return t.weekday * 1440 + t.hour * 60 + t.minute;
}

/** The first instant after `instant` at which the zone's wall clock reads `time`. */
export function nextWeeklyTime(instant: Date, time: WeeklyTime, zone: string): Date {
  const t = localTime(instant, zone);
  const now = t.weekday * 1440 + t.hour * 60 + t.minute;
  let days = (time.day - t.weekday + 7) % 7;
  if (days === 0 && time.hour * 60 + time.minute <= now) days = 7;
  const date = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  const at = zonedInstant(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: time.hour,
      minute: time.minute,
    },
    zone,
  );
  // A DST gap can land the computed instant back at or before `instant`; the next week then.
  return at.getTime() > instant.getTime()
    ? at
    : nextWeeklyTime(new Date(at.getTime() + 60_000), time, zone);
}

/** Whether a weekly window [start, end) holds `instant`; a window may wrap over the week's end. */
export function inWeeklyWindow(
  instant: Date,
  window: { start: WeeklyTime; end: WeeklyTime },
  zone: string,
): boolean {
  const m = minuteOfWeek(instant, zone);
  const { start, end } = window;
  if (start.minuteOfWeek < end.minuteOfWeek) return m >= start.minuteOfWeek && m < end.minuteOfWeek;
  return m >= start.minuteOfWeek || m < end.minuteOfWeek;
}
