// Building blocks shared by the schemas of every file kind.
import { z } from 'zod';
import { aliasTable, SDG_MAX, SDG_MIN, SDGS, TOESTEMMING } from '../../vocabulary/index.js';

/** Non-empty text; surrounding whitespace is not part of the value. */
export const tekst = z.string().trim().min(1);

export { ISO_DATE, isRealDate } from '../../core/calendar.js';
import { ISO_DATE, isRealDate } from '../../core/calendar.js';
import { dutchDateToIso } from '../../core/dutch-date.js';
import { addRuleIssue } from './rule-issue.js';

/** An ISO date (YYYY-MM-DD) that exists on the calendar. */
export const datum = z
  .string()
  .regex(ISO_DATE)
  .superRefine((value, ctx) => {
    // A date in another form already has its message (schema-format): one message, not two.
    if (ISO_DATE.test(value) && !isRealDate(value)) {
      addRuleIssue(ctx, 'date-invalid', `De datum ${value} bestaat niet. Controleer dag en maand.`);
    }
  });

/**
 * A day (YYYY-MM-DD) or, when the day is not known, a month (YYYY-MM): the seeds say
 * "in de afgelopen weken", and a report then says "februari 2021" rather than an invented day.
 */
export const datumOfMaand = z.string().superRefine((value, ctx) => {
  const maand = /^(\d{4})-(\d{2})$/.exec(value);
  if (maand) {
    const month = Number(maand[2]);
    if (month >= 1 && month <= 12) return;
    addRuleIssue(ctx, 'date-invalid', `De maand ${value} bestaat niet. Schrijf de maand als 01 tot en met 12.`);
    return;
  }
  if (!ISO_DATE.test(value)) {
    // `12-04-2021` exists: it is only written the Dutch way round. Say so, with the ISO form.
    const iso = dutchDateToIso(value);
    addRuleIssue(
      ctx,
      'schema-format',
      iso
        ? `De datum ${value.trim()} staat in de Nederlandse volgorde (dag, maand, jaar). Schrijf hem als ${iso}: eerst het jaar, dan de maand en de dag.`
        : 'Schrijf de datum als JJJJ-MM-DD (bijvoorbeeld 2021-01-28), of alleen de maand als JJJJ-MM (2021-02) als de dag niet bekend is.',
    );
    return;
  }
  if (!isRealDate(value)) {
    addRuleIssue(ctx, 'date-invalid', `De datum ${value} bestaat niet. Controleer dag en maand.`);
  }
});

/** `concept: true` makes any file a draft: checked lightly and left out of every output. */
export const concept = z
  .boolean()
  .optional()
  .meta({ title: 'Concept', description: 'true zolang het bestand nog niet af is: ef check controleert het dan licht, en het blijft uit rapportages, het Logboek, de cijfers en de projectkaart.' });

export const sdgNummer = z
  .number()
  .int()
  .min(SDG_MIN)
  .max(SDG_MAX)
  .meta({ title: 'SDG', description: `Het nummer van een Global Goal: ${SDGS.map((goal) => `${goal.nummer} ${goal.naam}`).join(', ')}.` });

export const sdgLijst = z.array(sdgNummer).min(1);

export const toestemming = term<['geen', 'intern', 'publiek']>(TOESTEMMING);

/** `true`/`false`, and also `ja`/`nee` in any case (with a hint and a fix from `ef check`). */
export function jaNee(fallback: boolean) {
  // The default sits inside, so that the JSON Schema keeps it.
  return lenient(readJaNee, z.boolean().default(fallback), 'defaulted');
}

/**
 * Like jaNee, but without a default: missing or empty (`intern:`) means "not known",
 * which the figures count as "onbekend" rather than guess.
 */
export function jaNeeOnbekend() {
  return lenient(readJaNee, z.boolean().nullable().optional(), 'defaulted').transform((value) => value ?? undefined);
}

function readJaNee(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  return word === 'ja' ? true : word === 'nee' ? false : value;
}

/**
 * `z.preprocess`, except that a missing value stays required: zod counts every
 * transform as optional input, which would drop the key from the JSON Schema's
 * `required` list (and so from the editor's required fields).
 */
function lenient<T extends z.ZodType>(normalise: (value: unknown) => unknown, schema: T, optin?: 'defaulted') {
  const step = z.transform(normalise);
  (step._zod as { optin?: string }).optin = optin;
  return z.pipe(step, schema);
}

/**
 * A vocabulary term: accepts the id and every alias in any letter case, and
 * yields the canonical id. Aliases are reported as a hint by a separate rule.
 */
export function term<const Ids extends readonly [string, ...string[]]>(
  terms: readonly { id: Ids[number]; aliassen?: readonly string[] }[],
) {
  const table = aliasTable(terms);
  const spellings = [...table.keys()] as [string, ...string[]];
  return lenient((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.enum(spellings))
    .transform((value) => table.get(value) as Ids[number]);
}
