// Commander speaks English; our users read Dutch. Its titles and errors are translated here.

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
