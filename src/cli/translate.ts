// Commander speaks English; our users read Dutch. Its titles and errors are translated here.
import type { Argument, CommandUnknownOpts, Option } from '@commander-js/extra-typings';

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

export function translateTitle(title: string): string {
  return TITLES[title] ?? title;
}

/** The parts of a CommanderError that say what went wrong. */
export interface CommanderFailure {
  readonly code: string;
  readonly message: string;
}

/** Commander's "(Did you mean --format?)" after an unknown option or command, in Dutch. */
function suggestion(hint: string | undefined): string {
  return hint ? `. Bedoel je ${hint}?` : '';
}

/** "Allowed choices are a, b." (what commander adds to an invalid value) in Dutch. */
function translateChoices(rest: string): string {
  const match = /Allowed choices are (.*)\./.exec(rest);
  return match ? ` Kies uit: ${match[1]}.` : rest.trim() ? ` ${rest.trim()}` : '';
}

function invalidValue(message: string): string | undefined {
  const option = /^error: option '([^']*)' argument '([\s\S]*)' is invalid\.([\s\S]*)$/.exec(message);
  if (option) return `de waarde '${option[2]}' past niet bij de optie '${option[1]}'.${translateChoices(option[3] ?? '')}`;
  const argument = /^error: command-argument value '([\s\S]*)' is invalid for argument '([^']*)'\.([\s\S]*)$/.exec(message);
  if (argument) return `de waarde '${argument[1]}' past niet bij het argument '${argument[2]}'.${translateChoices(argument[3] ?? '')}`;
  return undefined;
}

/**
 * Per CommanderError code, its message in Dutch. Commander's errors carry no field with
 * the offending option or value, only its English sentence; each translation reads the
 * name from the sentence that belongs to its code (command.js in commander 14).
 */
const BY_CODE: Readonly<Record<string, (message: string) => string | undefined>> = {
  'commander.unknownOption': (message) => {
    const match = /^error: unknown option '([\s\S]*)'(?:\n\(Did you mean (.*)\?\))?$/.exec(message);
    return match ? `onbekende optie '${match[1]}'${suggestion(match[2])}` : undefined;
  },
  'commander.unknownCommand': (message) => {
    const match = /^error: unknown command '([\s\S]*)'(?:\n\(Did you mean (.*)\?\))?$/.exec(message);
    return match ? `onbekende opdracht '${match[1]}'${suggestion(match[2])}` : undefined;
  },
  'commander.missingArgument': (message) => {
    const match = /^error: missing required argument '(.*)'$/.exec(message);
    return match ? `het argument '${match[1]}' ontbreekt` : undefined;
  },
  'commander.optionMissingArgument': (message) => {
    const match = /^error: option '(.*)' argument missing$/.exec(message);
    return match ? `bij de optie '${match[1]}' hoort een waarde` : undefined;
  },
  'commander.missingMandatoryOptionValue': (message) => {
    const match = /^error: required option '(.*)' not specified$/.exec(message);
    return match ? `de optie '${match[1]}' is verplicht` : undefined;
  },
  'commander.excessArguments': (message) => {
    const match = /Expected (\d+) arguments? but got (\d+)\.$/.exec(message);
    return match ? `te veel argumenten: verwacht ${match[1]}, gekregen ${match[2]}` : undefined;
  },
  'commander.invalidArgument': invalidValue,
  'commander.conflictingOption': (message) => {
    const match = /^error: (?:option|environment variable) '(.*)' cannot be used with (?:option|environment variable) '(.*)'$/.exec(message);
    return match ? `de optie '${match[1]}' gaat niet samen met '${match[2]}'` : undefined;
  },
};

/** Codes for which commander has already printed what was asked (help, version): nothing to add. */
const ALREADY_PRINTED = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

/**
 * The line `ef:` prints for a CommanderError, chosen by its code; undefined when
 * commander already printed help or the version. A code ef does not know keeps
 * commander's sentence after `ef:`.
 */
export function translateCommanderError(error: CommanderFailure): string | undefined {
  if (ALREADY_PRINTED.has(error.code)) return undefined;
  const dutch = BY_CODE[error.code]?.(error.message);
  return `ef: ${dutch ?? error.message.replace(/^error: /, '')}\n`;
}

// Commander's own words in `--help` ("[options]", "choices", "default"), in Dutch.
function argumentName(argument: Argument): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** `check [opties] [paden...]` in the list of commands. */
export function subcommandTerm(command: CommandUnknownOpts): string {
  const args = command.registeredArguments.map(argumentName).join(' ');
  return `${command.name()}${command.options.length > 0 ? ' [opties]' : ''}${args ? ` ${args}` : ''}`;
}

function withExtras(description: string, extras: readonly string[]): string {
  if (extras.length === 0) return description;
  return description ? `${description} (${extras.join('; ')})` : `(${extras.join('; ')})`;
}

function choicesOf(choices: readonly string[] | undefined): string[] {
  return choices ? [`keuzes: ${choices.join(', ')}`] : [];
}

export function optionDescription(option: Option): string {
  const extras = choicesOf(option.argChoices);
  if (option.defaultValue !== undefined) {
    const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (shown && !option.negate) extras.push(`standaard: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
  }
  if (option.presetArg !== undefined && option.optional) extras.push(`zonder waarde: ${JSON.stringify(option.presetArg)}`);
  if (option.envVar !== undefined) extras.push(`omgevingsvariabele ${option.envVar}`);
  return withExtras(option.description, extras);
}

export function argumentDescription(argument: Argument): string {
  const extras = choicesOf(argument.argChoices);
  if (argument.defaultValue !== undefined) extras.push(`standaard: ${argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)}`);
  return withExtras(argument.description, extras);
}
