// ef.config.yaml: who runs the learning route, and the logbook's own settings.
import { z } from 'zod';
import { GERICHT } from '../../vocabulary/index.js';
import { datum, tekst, toestemming } from './common.js';

const teamlid = z.strictObject({
  naam: tekst,
  functie: tekst.optional(),
});

const extraRol = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: tekst,
  omschrijving: tekst.optional(),
  gericht_standaard: z.enum(GERICHT.map((g) => g.id) as ['stad', 'intern']).optional(),
});

const project = z.strictObject({
  gemeente: tekst,
  project: tekst,
  contactpersoon: tekst.optional(),
  toestemming: toestemming.optional(),
  contact: tekst.optional(),
  domein: tekst.optional(),
  beleidsthema: tekst.optional(),
  looptijd: tekst.optional(),
  begin: datum.optional(),
  eind: datum.optional(),
  kort: tekst.optional(),
});

const limieten = z.strictObject({
  bestandsgrootte_kb: z.number().int().min(1).max(64 * 1024).optional(),
  aliassen: z.number().int().min(0).max(10_000).optional(),
  diepte: z.number().int().min(2).max(64).optional(),
  bestanden: z.number().int().min(1).max(2_000_000).optional(),
});

export const configSchema = z.strictObject({
  organisatie: tekst,
  leerroute: tekst,
  titel: tekst.optional(),
  team: z
    .array(teamlid)
    .min(1)
    .superRefine((team, ctx) => {
      team.forEach((lid, index) => {
        if (team.findIndex((other) => other.naam === lid.naam) === index) return;
        ctx.addIssue({
          code: 'custom',
          path: [index, 'naam'],
          message: `${lid.naam} staat twee keer in het team. Haal één van beide weg.`,
          params: { rule: 'unique-id' },
        });
      });
    }),
  partners: z.array(tekst).default([]),
  rollen: z.array(extraRol).default([]),
  project: project.optional(),
  limieten: limieten.optional(),
});

export type Config = z.output<typeof configSchema>;
