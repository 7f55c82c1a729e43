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

const ERRORS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (o, s) => `onbekende optie '${o}'${s ? `. Bedoel je ${s}?` : ''}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (c, s) => `onbekende opdracht '${c}'${s ? `. Bedoel je ${s}?` : ''}`],
  [/^error: missing required argument '([^']*)'/, (a) => `het argument '${a}' ontbreekt`],
  [/^error: option '([^']*)' argument missing/, (o) => `bij de optie '${o}' hoort een waarde`],
  [/^error: required option '([^']*)' not specified/, (o) => `de optie '${o}' is verplicht`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_c, e, g) => `te veel argumenten: verwacht ${e}, gekregen ${g}`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)/s, (o, v, rest) => `de waarde '${v}' past niet bij de optie '${o}'.${translateChoices(rest ?? '')}`],
];

function translateChoices(rest: string): string {
  const match = /Allowed choices are (.*)\./.exec(rest);
  return match ? ` Kies uit: ${match[1]}.` : rest.trim() ? ` ${rest.trim()}` : '';
}

export function translateError(message: string): string {
  for (const [pattern, render] of ERRORS) {
    const match = pattern.exec(message.trim());
    if (match) return `ef: ${render(...match.slice(1).map((group) => group ?? ''))}\n`;
  }
  return message.replace(/^error: /, 'ef: ');
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
