// Building blocks shared by the schemas of every file kind.
import { z } from 'zod';
import { aliasTable, SDG_MAX, SDG_MIN, SDGS, TOESTEMMING } from '../../vocabulary/index.js';

/** Non-empty text; surrounding whitespace is not part of the value. */
export const tekst = z.string().trim().min(1);

export { ISO_DATE, isRealDate } from '../../model/calendar.js';
import { ISO_DATE, isRealDate } from '../../model/calendar.js';

/** An ISO date (YYYY-MM-DD) that exists on the calendar. */
export const datum = z
  .string()
  .regex(ISO_DATE)
  .superRefine((value, ctx) => {
    // A date in another form already has its message (schema-format): one message, not two.
    if (ISO_DATE.test(value) && !isRealDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `De datum ${value} bestaat niet. Controleer dag en maand.`,
        params: { rule: 'date-invalid' },
      });
    }
  });

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
  const read = (value: unknown) => {
    if (typeof value !== 'string') return value;
    const word = value.trim().toLowerCase();
    return word === 'ja' ? true : word === 'nee' ? false : value;
  };
  // The default sits inside, so that the JSON Schema keeps it.
  return lenient(read, z.boolean().default(fallback), 'defaulted');
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
