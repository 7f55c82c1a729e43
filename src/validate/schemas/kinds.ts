// The schema of every file kind. Roles can be extended in the config, so the
// schemas are made per logbook from its vocabulary.
import { z } from 'zod';
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  GERICHT,
  PARADIGMAS,
  ROLLEN,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
  ids,
} from '../../vocabulary/index.js';
import type { Config } from './config.js';
import { parsePeriod } from '../../model/period.js';
import { datum, sdgLijst, tekst, term, toestemming } from './common.js';

export { FOLDERS, KINDS, type Kind } from '../../vocabulary/kinds.js';
import type { Kind } from '../../vocabulary/kinds.js';

export const casusSchema = z.strictObject({
  titel: tekst,
  status: z.enum(ids(CASUS_STATUS)),
  initiatiefnemer: tekst,
  sdgs: sdgLijst,
  criteria: z.strictObject({
    vraag_uit_de_stad: tekst,
    voorbeeld: tekst,
    veranderende_samenleving: tekst,
  }),
  domein: tekst.optional(),
  looptijd: tekst.optional(),
  betrokken: z.array(tekst).optional(),
  samenvatting: tekst.optional(),
});

const paradigma = term<ReturnType<typeof ids<typeof PARADIGMAS>>>(PARADIGMAS);
const gericht = term<ReturnType<typeof ids<typeof GERICHT>>>(GERICHT);

export const SESSIEROL_IDS: readonly string[] = SESSIEROLLEN.map((rol) => rol.id);

export function makeRolSchema(config: Pick<Config, 'rollen'>) {
  const rolTerm = term([...ROLLEN, ...SESSIEROLLEN, ...config.rollen]);
  return z
    .strictObject({
      rol: rolTerm,
      // One paradigm, or two for a role "on the border of" both.
      paradigma: z
        .preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(paradigma).min(1).max(2))
        .optional(),
      gericht: gericht.optional(),
      fase: tekst.optional(),
    })
    .superRefine((rol, ctx) => {
      if (SESSIEROL_IDS.includes(rol.rol)) return;
      for (const key of ['paradigma', 'gericht'] as const) {
        if (rol[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              key === 'paradigma'
                ? `Bij de rol \`${rol.rol}\` hoort een \`paradigma\`: rechtmatig, presterend, samenwerkend of responsief (of twee die aan elkaar grenzen).`
                : `Bij de rol \`${rol.rol}\` hoort \`gericht\`: \`stad\` (stadsgericht) of \`intern\` (intern gericht).`,
            params: { rule: 'rol-paradigma-missing' },
          });
        }
      }
    });
}

export function makeDeelnemerSchema(config: Pick<Config, 'rollen'>) {
  return z
    .strictObject({
      functie: tekst,
      organisatie: tekst.optional(),
      intern: z.boolean().default(true),
      naam: tekst.optional(),
      toestemming: toestemming.optional(),
      rollen: z.array(makeRolSchema(config)).default([]),
    })
    .superRefine((deelnemer, ctx) => {
      if (deelnemer.naam !== undefined && deelnemer.toestemming === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['toestemming'],
          message:
            'Bij een naam hoort `toestemming`: `geen`, `intern` of `publiek`. Zonder toestemming blijft de naam uit elke rapportage; laat de naam anders weg.',
          params: { rule: 'toestemming-required' },
        });
      }
    });
}

export function makeSessieSchema(config: Pick<Config, 'rollen'>) {
  return z.strictObject({
    titel: tekst,
    datum,
    soort: z.enum(ids(SESSIE_SOORTEN)),
    begeleiding: z.array(tekst).min(1),
    deelnemers: z.array(makeDeelnemerSchema(config)).min(1),
    casus: tekst.optional(),
    sdgs: sdgLijst.optional(),
    verslag: tekst.optional(),
    afwezig: z.array(tekst).default([]),
  });
}

export const activiteitSchema = z.strictObject({
  titel: tekst,
  datum,
  soort: z.enum(ids(ACTIVITEIT_SOORTEN)),
  publiek: tekst,
  link: z.url({ protocol: /^https?$/ }).optional(),
});

export const portretSchema = z.strictObject({
  titel: tekst,
  datum,
  persoon: tekst,
  functie: tekst,
  toestemming,
});

export const rapportageSchema = z.strictObject({
  nummer: z.number().int().min(1),
  titel: tekst,
  periode: z
    .union([z.string(), z.number()])
    .transform((value) => String(value))
    .superRefine((value, ctx) => {
      if (parsePeriod(value)) return;
      ctx.addIssue({
        code: 'custom',
        message: `De periode "${value}" wordt niet herkend. Schrijf bijvoorbeeld 2021, 2021-H1, 2021-Q1, 2021-03 of 2021-01-01..2021-03-15.`,
        params: { rule: 'schema-format' },
      });
    }),
  code: tekst.optional(),
});

export function makeSchemas(config: Pick<Config, 'rollen'>) {
  return {
    casus: casusSchema,
    sessie: makeSessieSchema(config),
    activiteit: activiteitSchema,
    portret: portretSchema,
    rapportage: rapportageSchema,
  } as const;
}

export type Schemas = ReturnType<typeof makeSchemas>;
export type Casus = z.output<typeof casusSchema>;
export type Sessie = z.output<ReturnType<typeof makeSessieSchema>>;
export type Deelnemer = z.output<ReturnType<typeof makeDeelnemerSchema>>;
export type Rol = z.output<ReturnType<typeof makeRolSchema>>;
export type Activiteit = z.output<typeof activiteitSchema>;
export type Portret = z.output<typeof portretSchema>;
export type Rapportage = z.output<typeof rapportageSchema>;
