// The schema of every file kind. Roles can be extended in the config, so the
// schemas are made per logbook from its vocabulary.
import { z } from 'zod';
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  CRITERIA,
  type CriteriumId,
  GERICHT,
  PARADIGMAS,
  ROLLEN,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
  ids,
} from '../../vocabulary/index.js';
import type { Config } from './config.js';
import { parsePeriod } from '../../core/period.js';
import { concept, datum, datumOfMaand, jaNeeOnbekend, sdgLijst, tekst, term, toestemming } from './common.js';
import { addRuleIssue } from './rule-issue.js';

export { FOLDERS, KINDS, type Kind } from '../../vocabulary/kinds.js';

/** The parts of a rapportage, in their default order (`onderdelen` in its frontmatter). */
export const ONDERDELEN = ['inleiding', 'campagne', 'bijeenkomsten', 'portretten', 'monitoring', 'logboek'] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

export const casusSchema = z
  .strictObject({
    titel: tekst.meta({ title: 'Titel', description: 'De naam van de casus, zoals iedereen hem kent (bijvoorbeeld de naam van een school of een plek).' }),
    status: term<ReturnType<typeof ids<typeof CASUS_STATUS>>>(CASUS_STATUS).meta({ title: 'Status', description: 'Hoe staat de casus ervoor: lopend, afgerond of gepauzeerd.' }),
    initiatiefnemer: tekst.meta({ title: 'Initiatiefnemer', description: 'Wie in de stad vroeg erom? Liefst een functie of organisatie, geen naam.' }),
    sdgs: sdgLijst.meta({ title: "Global Goals (SDG's)", description: "De nummers (1 tot en met 17) van de Global Goals waarmee de casus verbonden is; ten minste één. Dit is het vierde criterium." }),
    criteria: z
      .strictObject({
        vraag_uit_de_stad: criterium('vraag_uit_de_stad'),
        voorbeeld: criterium('voorbeeld'),
        veranderende_samenleving: criterium('veranderende_samenleving'),
      })
      .meta({ title: 'Criteria', description: 'Per criterium van de leerroute een korte onderbouwing: waarom voldoet deze casus eraan?' }),
    domein: tekst.optional().meta({ title: 'Domein', description: 'Het beleidsterrein, bijvoorbeeld Onderwijshuisvesting of Sociaal domein.' }),
    looptijd: tekst.optional().meta({ title: 'Looptijd', description: 'Hoe lang de casus loopt, in gewone woorden (bijvoorbeeld "2019 tot en met 2020").' }),
    betrokken: z.array(tekst).optional().meta({ title: 'Betrokken', description: 'De functies of organisaties die bij de casus betrokken zijn, één per regel.' }),
    samenvatting: tekst.optional().meta({ title: 'Samenvatting', description: 'Eén of twee zinnen over de casus, voor in de rapportages.' }),
    concept,
  })
  .meta({ title: 'Casus', description: 'Een casus uit de stad waarover de leerroute bijeenkomsten houdt (map casussen/).' });

/** A case criterion: its Dutch wording is the title, so the editor shows what to justify. */
function criterium(id: Exclude<CriteriumId, 'sdgs'>) {
  const found = CRITERIA.find((c) => c.id === id)!;
  return tekst.meta({ title: found.kort, description: `${found.label}. Schrijf in één of twee zinnen waarom deze casus daaraan voldoet.` });
}

const paradigma = term<ReturnType<typeof ids<typeof PARADIGMAS>>>(PARADIGMAS);
const gericht = term<ReturnType<typeof ids<typeof GERICHT>>>(GERICHT);

export const SESSIEROL_IDS: readonly string[] = SESSIEROLLEN.map((rol) => rol.id);

export function makeRolSchema(config: Pick<Config, 'rollen'>) {
  const rolTerm = term([...ROLLEN, ...SESSIEROLLEN, ...config.rollen]);
  return z
    .strictObject({
      rol: rolTerm.meta({ title: 'Rol', description: 'De rol die iemand in de casus had, bijvoorbeeld adviseur of verbinder; toehoorder en verslaglegger zijn rollen in de bijeenkomst zelf.' }),
      // One paradigm, or two for a role "on the border of" both.
      paradigma: z
        .preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(paradigma).min(1).max(2))
        .optional()
        .meta({ title: 'Paradigma (NSOB)', description: 'Vanuit welke overheid de rol werkte: rechtmatig, presterend, samenwerkend of responsief; twee als de rol op de grens van beide lag.' }),
      gericht: gericht.optional().meta({ title: 'Gericht op', description: 'Was de rol vooral op de stad gericht (stad) of op de eigen organisatie (intern)?' }),
      fase: tekst.optional().meta({ title: 'Fase', description: 'Wanneer in de casus iemand deze rol had, bijvoorbeeld start of later: zo zie je hoe rollen verschuiven.' }),
    })
    .meta({ title: 'Rol', description: 'Een rol van deze deelnemer in de casus (de rollenoefening).' })
    .superRefine((rol, ctx) => {
      if (SESSIEROL_IDS.includes(rol.rol)) return;
      for (const key of ['paradigma', 'gericht'] as const) {
        if (rol[key] === undefined) {
          addRuleIssue(
            ctx,
            'rol-paradigma-missing',
            key === 'paradigma'
              ? `Bij de rol \`${rol.rol}\` hoort een \`paradigma\`: rechtmatig, presterend, samenwerkend of responsief (of twee die aan elkaar grenzen).`
              : `Bij de rol \`${rol.rol}\` hoort \`gericht\`: \`stad\` (stadsgericht) of \`intern\` (intern gericht).`,
            [key],
          );
        }
      }
    });
}

export function makeDeelnemerSchema(config: Pick<Config, 'rollen'>) {
  return z
    .strictObject({
      functie: tekst.meta({ title: 'Functie', description: 'De functie van de deelnemer, bijvoorbeeld projectleider Onderwijshuisvesting. Schrijf liever een functie dan een naam.' }),
      organisatie: tekst.optional().meta({ title: 'Organisatie', description: 'Alleen invullen als de deelnemer niet van de eigen organisatie (uit ef.config.yaml) komt.' }),
      // Empty (`intern:`) means not known: counted as "onbekend", never guessed; `ja`/`nee` are read as true/false.
      intern: jaNeeOnbekend().meta({ title: 'Van de eigen organisatie', description: 'true voor iemand van de eigen organisatie, false voor iemand van buiten (een initiatiefnemer, een partner). Leeg: telt in de cijfers als onbekend.' }),
      naam: tekst.optional().meta({ title: 'Naam', description: 'Alleen met toestemming van die persoon; vul dan ook toestemming in.' }),
      toestemming: toestemming.optional().meta({ title: 'Toestemming', description: 'Mag de naam gebruikt worden? geen, intern (alleen in de interne versie) of publiek (ook in openbare rapportages).' }),
      rollen: z.array(makeRolSchema(config)).default([]).meta({ title: 'Rollen', description: 'De rollen van deze deelnemer in de casus, uit de rollenoefening.' }),
    })
    .meta({ title: 'Deelnemer', description: 'Iemand die aan de bijeenkomst meedeed.' })
    .superRefine((deelnemer, ctx) => {
      if (deelnemer.naam !== undefined && deelnemer.toestemming === undefined) {
        addRuleIssue(
          ctx,
          'toestemming-required',
          'Bij een naam hoort `toestemming`: `geen`, `intern` of `publiek`. Zonder toestemming blijft de naam uit elke rapportage; laat de naam anders weg.',
          ['toestemming'],
        );
      }
    });
}

export function makeSessieSchema(config: Pick<Config, 'rollen'>) {
  return z
    .strictObject({
      titel: tekst.meta({ title: 'Titel', description: 'De titel van de bijeenkomst, bijvoorbeeld "Eerste evaluatiebijeenkomst: Cornelis Musius".' }),
      datum: datumOfMaand.meta({ title: 'Datum', description: 'De dag van de bijeenkomst, als JJJJ-MM-DD (bijvoorbeeld 2021-01-28); weet je alleen de maand, schrijf dan JJJJ-MM (2021-02).' }),
      soort: term<ReturnType<typeof ids<typeof SESSIE_SOORTEN>>>(SESSIE_SOORTEN).meta({ title: 'Soort bijeenkomst', description: 'interactief, evaluatie, intervisie, coaching of anders.' }),
      begeleiding: z.array(tekst).default([]).meta({ title: 'Begeleiding', description: 'Wie uit het team de bijeenkomst begeleidde; alleen namen uit team in ef.config.yaml. Leeg laten als het niet bekend is ("niet vastgelegd").' }),
      deelnemers: z.array(makeDeelnemerSchema(config)).min(1).meta({ title: 'Deelnemers', description: 'Wie meedeed, met functie (en eventueel rollen); ten minste één.' }),
      casus: tekst.optional().meta({ title: 'Casus', description: 'De casus van de bijeenkomst: de bestandsnaam in casussen/ zonder .md (bijvoorbeeld cornelis-musius).' }),
      sdgs: sdgLijst.optional().meta({ title: "Global Goals (SDG's)", description: 'Alleen invullen als de bijeenkomst andere Global Goals had dan haar casus: de nummers 1 tot en met 17.' }),
      verslag: tekst.optional().meta({ title: 'Verslag', description: 'Wie het verslag maakte; liever een functie dan een naam.' }),
      afwezig: z.array(tekst).default([]).meta({ title: 'Afwezig', description: 'Wie er niet bij kon zijn, op functie.' }),
      concept,
    })
    .meta({ title: 'Sessie', description: 'Een bijeenkomst van de leerroute, met haar opbrengsten in de tekst eronder (map sessies/).' });
}

export const activiteitSchema = z
  .strictObject({
    titel: tekst.meta({ title: 'Titel', description: 'Wat er gebeurde, bijvoorbeeld "Presentatie voor het Directieteam".' }),
    datum: datumOfMaand.meta({ title: 'Datum', description: 'De dag van de activiteit, als JJJJ-MM-DD; weet je alleen de maand, schrijf dan JJJJ-MM (2021-02).' }),
    soort: term<ReturnType<typeof ids<typeof ACTIVITEIT_SOORTEN>>>(ACTIVITEIT_SOORTEN).meta({ title: 'Soort activiteit', description: 'presentatie, publicatie, video, artikel of anders.' }),
    publiek: tekst.meta({ title: 'Publiek', description: 'Voor wie de activiteit was, bijvoorbeeld Directieteam of intranet.' }),
    link: z.url({ protocol: /^https?$/ }).optional().meta({ title: 'Link', description: 'Een webadres (http of https) waar de activiteit te zien of te lezen is.' }),
    concept,
  })
  .meta({ title: 'Activiteit', description: 'Een presentatie, publicatie, video of artikel over de leerroute (map activiteiten/).' });

export const portretSchema = z
  .strictObject({
    titel: tekst.meta({ title: 'Titel', description: 'De titel van het portret.' }),
    datum: datum.meta({ title: 'Datum', description: 'De dag waarop het portret gemaakt of gepubliceerd is, als JJJJ-MM-DD.' }),
    persoon: tekst.meta({ title: 'Persoon', description: 'Over wie het portret gaat.' }),
    functie: tekst.meta({ title: 'Functie', description: 'De functie van die persoon.' }),
    toestemming: toestemming.meta({ title: 'Toestemming', description: 'geen (nergens tonen), intern (alleen in de interne versie) of publiek (ook in openbare rapportages).' }),
    concept,
  })
  .meta({ title: 'Portret', description: 'Een persoonlijk portret van een deelnemer, alleen met toestemming (map portretten/).' });

export const rapportageSchema = z
  .strictObject({
    nummer: z.number().int().min(1).meta({ title: 'Nummer', description: 'Het volgnummer van de rapportage: 1, 2, 3 …' }),
    titel: tekst.meta({ title: 'Titel', description: 'Bijvoorbeeld "2e rapportage".' }),
    periode: z
      .union([z.string(), z.number()])
      .transform((value) => String(value))
      .superRefine((value, ctx) => {
        if (parsePeriod(value)) return;
        addRuleIssue(ctx, 'schema-format', `De periode "${value}" wordt niet herkend. Schrijf bijvoorbeeld 2021, 2021-H1, 2021-Q1, 2021-03 of 2021-01-01..2021-03-15.`);
      })
      .meta({ title: 'Periode', description: 'Over welke periode de rapportage gaat: 2021, 2021-H1, 2021-Q1, 2021-03 of 2021-01-01..2021-03-15.' }),
    code: tekst.optional().meta({ title: 'Code', description: 'Een eigen code voor de rapportage, bijvoorbeeld B2.' }),
    onderdelen: z
      .array(z.enum(ONDERDELEN))
      .min(1)
      .optional()
      .meta({
        title: 'Onderdelen',
        description: `Welke onderdelen de rapportage heeft, in deze volgorde: ${ONDERDELEN.join(', ')}. Standaard: allemaal. Een onderdeel zonder inhoud blijft vanzelf weg.`,
      }),
    concept,
  })
  .meta({ title: 'Rapportage', description: 'De eigen tekst van een rapportage: nummer, periode en inleiding (map rapportages/).' });

export function makeSchemas(config: Pick<Config, 'rollen'>) {
  return {
    casus: casusSchema,
    sessie: makeSessieSchema(config),
    activiteit: activiteitSchema,
    portret: portretSchema,
    rapportage: rapportageSchema,
    /** The logbook's own roles, for `ef fix` and the hints of `ef check`. */
    eigenRollen: config.rollen,
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
