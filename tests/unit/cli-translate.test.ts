// Commander's errors become Dutch by their CommanderError code, with exit code 2.
import { describe, expect, it } from 'vitest';
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { translateCommanderError } from '../../src/cli/translate.js';
import { efInProcess } from '../helpers/ef.js';

/** The CommanderError a small throwaway program throws for `argv`: commander's own English sentence. */
function commanderErrorFor(define: (program: Command) => void, argv: readonly string[]): CommanderError {
  const program = new Command('x').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  define(program);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('every commander error the user can cause, in Dutch, exit 2', () => {
  const cases: ReadonlyArray<readonly [code: string, argv: readonly string[], stderr: string]> = [
    ['commander.unknownOption', ['check', '--bogus'], "ef: onbekende optie '--bogus'\n"],
    ['commander.unknownOption', ['check', '--formatt'], "ef: onbekende optie '--formatt'. Bedoel je --format?\n"],
    ['commander.unknownCommand', ['chek'], "ef: onbekende opdracht 'chek'. Bedoel je check?\n"],
    ['commander.missingArgument', ['new'], "ef: het argument 'soort' ontbreekt\n"],
    ['commander.optionMissingArgument', ['check', '--format'], "ef: bij de optie '--format <vorm>' hoort een waarde\n"],
    ['commander.excessArguments', ['schema', 'extra', 'meer'], 'ef: te veel argumenten: verwacht 0, gekregen 2\n'],
    ['commander.invalidArgument', ['check', '--format', 'xml'], "ef: de waarde 'xml' past niet bij de optie '--format <vorm>'. Kies uit: human, json, github.\n"],
    // A quote inside the value: the sentence is still read whole.
    ['commander.invalidArgument', ['stats', '--format', "x'y"], "ef: de waarde 'x'y' past niet bij de optie '--format <vorm>'. Kies uit: human, json.\n"],
  ];
  it.each(cases)('%s: ef %j', async (_code, argv, stderr) => {
    expect(await efInProcess(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('help and the version print only themselves, exit 0', async () => {
    const help = await efInProcess(['help', 'check']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Gebruik: ef check/);
    expect(await efInProcess(['--version'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('ef without a command prints the general help on stderr and exits 2', async () => {
    const result = await efInProcess([]);
    expect(result.code).toBe(2);
    // The help, and no error line after it.
    expect(result.stderr).toBe((await efInProcess(['--help'])).stdout);
  });
});

describe('translateCommanderError reads each code with commander’s own sentence', () => {
  it('a required option that is missing (commander.missingMandatoryOptionValue)', () => {
    const error = commanderErrorFor((program) => program.requiredOption('--titel <tekst>'), []);
    expect(error.code).toBe('commander.missingMandatoryOptionValue');
    expect(translateCommanderError(error)).toBe("ef: de optie '--titel <tekst>' is verplicht\n");
  });

  it('two options that exclude each other (commander.conflictingOption)', () => {
    const error = commanderErrorFor(
      (program) => program.addOption(new Option('--json').conflicts('human')).option('--human'),
      ['--json', '--human'],
    );
    expect(error.code).toBe('commander.conflictingOption');
    expect(translateCommanderError(error)).toBe("ef: de optie '--json' gaat niet samen met '--human'\n");
  });

  it('a wrong value for a command argument (commander.invalidArgument)', () => {
    const invalid = commanderErrorFor(
      (program) => {
        program.addArgument(program.createArgument('<soort>').choices(['sessie', 'casus'])).action(() => {});
      },
      ['sesie'],
    );
    expect(invalid.code).toBe('commander.invalidArgument');
    expect(translateCommanderError(invalid)).toBe("ef: de waarde 'sesie' past niet bij het argument 'soort'. Kies uit: sessie, casus.\n");
  });

  it('help and version: nothing to add', () => {
    for (const code of ['commander.help', 'commander.helpDisplayed', 'commander.version']) {
      expect(translateCommanderError(new CommanderError(0, code, '(outputHelp)'))).toBeUndefined();
    }
  });

  it('a code ef does not know keeps the sentence after ef:', () => {
    expect(translateCommanderError(new CommanderError(1, 'commander.error', 'error: something else'))).toBe('ef: something else\n');
  });
});
