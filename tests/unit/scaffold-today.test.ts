import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { today } from '../../src/scaffold/today.js';

describe('today', () => {
  it('is the date in Europe/Amsterdam, not in UTC', () => {
    // 23:30 UTC on 28 February is already 1 March in Amsterdam (UTC+1 in winter).
    expect(today({}, new Date('2021-02-28T23:30:00Z'))).toBe('2021-03-01');
    // And 22:30 UTC on 30 June is 1 July (UTC+2 in summer).
    expect(today({}, new Date('2021-06-30T22:30:00Z'))).toBe('2021-07-01');
    expect(today({}, new Date('2021-06-30T21:30:00Z'))).toBe('2021-06-30');
  });

  it('takes EF_TODAY when set', () => {
    expect(today({ EF_TODAY: '2021-01-28' })).toBe('2021-01-28');
    expect(today({ EF_TODAY: '' }, new Date('2021-05-05T12:00:00Z'))).toBe('2021-05-05');
  });

  it('refuses an EF_TODAY that is not a real date', () => {
    expect(() => today({ EF_TODAY: '2021-02-30' })).toThrow(UsageError);
    expect(() => today({ EF_TODAY: 'morgen' })).toThrow(/EF_TODAY/);
  });
});
