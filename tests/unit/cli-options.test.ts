// The options commander parses reach each handler with the handler's own type.
import { describe, expect, it } from 'vitest';
import { Command, Option } from '@commander-js/extra-typings';
import { optionsFor } from '../../src/cli/define/context.js';
import { newOptions } from '../../src/cli/define/new.js';

describe('optionsFor: commander’s options against a handler’s option type', () => {
  interface Wanted {
    readonly format?: 'human' | 'json';
    readonly color?: boolean;
    readonly team?: string[];
  }
  const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
  const parse = (argv: string[]) =>
    new Command('x')
      .addOption(new Option('--format <vorm>').choices(['human', 'json'] as const))
      .option('--no-color')
      .option('--team <naam>', 'herhaal', collect)
      .parse(argv, { from: 'user' })
      .opts();

  it('passes the parsed values through unchanged', () => {
    expect(optionsFor<Wanted>()(parse(['--format', 'json', '--no-color', '--team', 'a', '--team', 'b']))).toEqual({
      format: 'json',
      color: false,
      team: ['a', 'b'],
    });
  });

  it('does not compile when a key or a value type differs (checked by npm run typecheck)', () => {
    const given = parse([]);
    // @ts-expect-error the handler reads `colour`, which no flag produces
    optionsFor<{ readonly format?: 'human' | 'json'; readonly colour?: boolean; readonly team?: string[] }>()(given);
    // @ts-expect-error commander produces `team`, which the handler does not read
    optionsFor<{ readonly format?: 'human' | 'json'; readonly color?: boolean }>()(given);
    // @ts-expect-error --no-color is a boolean, not a string
    optionsFor<{ readonly format?: 'human' | 'json'; readonly color?: string; readonly team?: string[] }>()(given);
    // @ts-expect-error a repeatable option is a list
    optionsFor<{ readonly format?: 'human' | 'json'; readonly color?: boolean; readonly team?: string }>()(given);
    expect(given.color).toBe(true);
  });
});

describe('newOptions: the table-built flags of ef new', () => {
  it('keeps strings and lists of strings for known flags, and --period as periode', () => {
    expect(
      newOptions({ titel: 'Intervisie', sdg: ['4', '7'], period: '2021-Q1', force: true, input: false, root: 'logboek', onbekend: 'x' }),
    ).toEqual({ titel: 'Intervisie', sdg: ['4', '7'], periode: '2021-Q1', root: 'logboek', force: true, open: false, input: false });
  });

  it('--periode (the old spelling) wins over --period, as before', () => {
    expect(newOptions({ periode: '2021', period: '2022' }).periode).toBe('2021');
  });

  it('drops values of the wrong shape instead of passing them on', () => {
    expect(newOptions({ titel: 3, sdg: ['4', 5] })).toEqual({ root: undefined, force: false, open: false, input: true });
  });
});
