import { msToNumber, type Duration as SdkDuration } from '@temporalio/common';
import { Duration } from '.';
import { DURATION_BOUNDS, durationMs } from './duration';
import { wireProblem } from './wire';

/** What the SDK makes of `text` when it schedules a timer or an activity with it: milliseconds, or NaN if it throws. */
function sdkMs(text: string): number {
  try {
    return msToNumber(text as SdkDuration);
  } catch {
    return Number.NaN;
  }
}

const numbers = ['0', '1', '5', '1.5', '.5', '5.', '007', '1e3', '-1', '-.5', '1,5', '', '1..5', '0.0001'];
const bigNumbers = ['365.25', '365.26', '525960', '99999999999', '31557600000', '31557600001', '1'.repeat(99)];
const spaces = ['', ' ', '   ', '\t'];
const units = [
  ...['milliseconds', 'millisecond', 'msecs', 'msec', 'ms', 'seconds', 'second', 'secs', 'sec', 's'],
  ...['minutes', 'minute', 'mins', 'min', 'm', 'hours', 'hour', 'hrs', 'hr', 'h', 'days', 'day', 'd'],
  ...['weeks', 'week', 'w', 'years', 'year', 'yrs', 'yr', 'y'],
];
const oddUnits = ['', 'bogus', 'mss', 'secss', 'mo', 'yy', 'm s', 'µs', 'ms ', ' ms', 'constructor', 'toString'];
const cases = [
  ...numbers.flatMap((n) => spaces.flatMap((sp) => [...units, ...oddUnits].map((u) => `${n}${sp}${u}`))),
  ...numbers.flatMap((n) =>
    units.flatMap((u) => [`${n} ${u.toUpperCase()}`, `${n}${u[0]!.toUpperCase()}${u.slice(1)}`]),
  ),
  ...bigNumbers.flatMap((n) => ['', ' ms', 's', ' days', ' d', ' weeks', ' years', 'y'].map((u) => `${n}${u}`)),
];

test('Duration takes exactly the text the SDK reads as 1 ms to a year, and reads it as the SDK does', () => {
  const disagreements = cases.flatMap((text) => {
    const ms = sdkMs(text);
    const works = ms >= DURATION_BOUNDS.minimum && ms <= DURATION_BOUNDS.maximum;
    const zodTakes = Duration.safeParse(text).success;
    const workerTakes =
      wireProblem('workflow', 'ResearchWorkflow', { question: 'q', searchTimeout: text }) === undefined;
    const readAlike = !works || durationMs(text) === ms;
    return works === zodTakes && works === workerTakes && readAlike
      ? []
      : [{ text, sdkMs: ms, zodTakes, workerTakes, durationMs: durationMs(text) }];
  });
  expect(disagreements).toEqual([]);
  // Both ways: the grid holds plenty of each.
  const taken = cases.filter((text) => Duration.safeParse(text).success);
  expect(taken.length).toBeGreaterThan(500);
  expect(cases.length - taken.length).toBeGreaterThan(500);
});

test.each([0, 1, DURATION_BOUNDS.maximum, DURATION_BOUNDS.maximum + 1, 1.5, -1])(
  'Duration takes %p ms if 1 ms to a year, whole',
  (ms) => {
    const works = Number.isInteger(ms) && ms >= 1 && ms <= DURATION_BOUNDS.maximum;
    expect(Duration.safeParse(ms).success).toBe(works);
    expect(wireProblem('workflow', 'ResearchWorkflow', { question: 'q', searchTimeout: ms }) === undefined).toBe(works);
  },
);
