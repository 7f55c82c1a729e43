import { describe, expect, it } from 'vitest';
import { formatBereik, formatDatum, formatDatumMetDag, formatGetal } from '../../src/core/dutch.js';
import { parsePeriod } from '../../src/core/period.js';

describe('periods', () => {
  it.each([
    ['2021', '2021-01-01', '2021-12-31', '2021'],
    ['2021-H1', '2021-01-01', '2021-06-30', 'eerste halfjaar 2021'],
    ['2020-H2', '2020-07-01', '2020-12-31', 'tweede halfjaar 2020'],
    ['2021-Q1', '2021-01-01', '2021-03-31', 'eerste kwartaal 2021'],
    ['2024-K1', '2024-01-01', '2024-03-31', 'eerste kwartaal 2024'],
    ['2021-Q4', '2021-10-01', '2021-12-31', 'vierde kwartaal 2021'],
    ['2024-02', '2024-02-01', '2024-02-29', 'februari 2024'],
    ['2021-01-01..2021-03-15', '2021-01-01', '2021-03-15', '1 januari t/m 15 maart 2021'],
    ['2020-12-15..2021-03-15', '2020-12-15', '2021-03-15', '15 december 2020 t/m 15 maart 2021'],
  ])('%s', (input, van, tot, label) => {
    expect(parsePeriod(input)).toEqual({ van, tot, label, bron: input });
  });

  it.each(['2021-13', '2021-Q5', '2021-02-30..2021-03-01', '2021-03-01..2021-01-01', 'voorjaar', ''])('refuses %j', (input) => {
    expect(parsePeriod(input)).toBeUndefined();
  });
});

describe('Dutch formatting from fixed tables', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDatum('2021-01-28')).toBe('28 januari 2021');
    expect(formatDatumMetDag('2021-01-28')).toBe('donderdag 28 januari 2021');
    expect(formatBereik('2021-03-01', '2021-03-15')).toBe('1 t/m 15 maart 2021');
  });

  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatGetal(21000)).toBe('21.000');
    expect(formatGetal(0.8, 1)).toBe('0,8');
    expect(formatGetal(1234567.5, 1)).toBe('1.234.567,5');
  });
});
