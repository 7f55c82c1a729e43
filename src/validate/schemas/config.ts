// ef.config.yaml: who runs the learning route, and the logbook's own settings.
import { z } from 'zod';
import { GERICHT } from '../../vocabulary/index.js';
import { datum, tekst, toestemming } from './common.js';
import { addRuleIssue } from './rule-issue.js';

const teamlid = z
  .strictObject({
    naam: tekst.meta({ title: 'Naam', description: 'De naam van het teamlid, zoals die bij begeleiding van een sessie staat.' }),
    functie: tekst.optional().meta({ title: 'Functie', description: 'Bijvoorbeeld Publiek Ondernemer.' }),
  })
  .meta({ title: 'Teamlid', description: 'Iemand die de bijeenkomsten begeleidt.' });

const extraRol = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({ title: 'Id', description: 'Hoe de rol in een sessie heet: kleine letters, cijfers en streepjes (bijvoorbeeld wijkcoach).' }),
    label: tekst.meta({ title: 'Naam in rapportages', description: 'Hoe de rol in de rapportages heet, bijvoorbeeld Wijkcoach.' }),
    omschrijving: tekst.optional().meta({ title: 'Omschrijving', description: 'Wat iemand in deze rol doet.' }),
    gericht_standaard: z
      .enum(GERICHT.map((g) => g.id) as ['stad', 'intern'])
      .optional()
      .meta({ title: 'Meestal gericht op', description: 'stad of intern: waar deze rol meestal op gericht is.' }),
  })
  .meta({ title: 'Eigen rol', description: 'Een rol die deze leerroute toevoegt aan de standaardrollen.' });

const project = z
  .strictObject({
    gemeente: tekst.meta({ title: 'Gemeente', description: 'De gemeente (of regio) van het project, bijvoorbeeld Delft.' }),
    project: tekst.meta({ title: 'Project', description: 'De korte naam van het project, bijvoorbeeld Leerroute publiek ondernemerschap.' }),
    contactpersoon: tekst.optional().meta({ title: 'Contactpersoon', description: 'Wie het aanspreekpunt is: een team of functie (Team Publiek Ondernemen) staat altijd op de kaart; een naam alleen met toestemming publiek, anders staat er het team.' }),
    toestemming: toestemming.optional().meta({ title: 'Toestemming contactpersoon', description: 'Mag de naam van de contactpersoon op de projectkaart? geen, intern of publiek.' }),
    contact: tekst.optional().meta({ title: 'Contactgegevens', description: 'Een functioneel adres, bijvoorbeeld een teammailbox; geen persoonlijk e-mailadres of mobiel nummer.' }),
    domein: tekst.optional().meta({ title: 'Domein', description: 'Bijvoorbeeld Gemeentebreed, Sociaal domein of Bedrijfsvoering.' }),
    beleidsthema: tekst.optional().meta({ title: 'Beleidsthema', description: 'Bijvoorbeeld Leren en veranderen. Gebruik domein of beleidsthema: de kaart toont het label dat je kiest.' }),
    looptijd: tekst.optional().meta({ title: 'Looptijd', description: 'De looptijd in gewone woorden, bijvoorbeeld "1 januari 2017 tot 1 januari 2019".' }),
    begin: datum.optional().meta({ title: 'Begindatum', description: 'De eerste dag van het project, als JJJJ-MM-DD.' }),
    eind: datum.optional().meta({ title: 'Einddatum', description: 'De laatste dag van het project, als JJJJ-MM-DD.' }),
    kort: tekst.optional().meta({ title: 'Het project in het kort', description: 'Een paar zinnen over het project, voor de projectkaart van A&O fonds Gemeenten.' }),
  })
  .meta({ title: 'Projectkaart', description: 'De gegevens voor de projectkaart van A&O fonds Gemeenten (ef card).' });

const huisstijl = z
  .strictObject({
    kleur: z
      .string()
      .regex(/^#[0-9A-Fa-f]{6}$/)
      .optional()
      .meta({ title: 'Huiskleur', description: 'De kleur van omslag, koppen en links, als #RRGGBB (bijvoorbeeld #1F4E79). Kies een donkere kleur: witte tekst moet erop leesbaar blijven.' }),
    tagline: tekst.optional().meta({ title: 'Slogan', description: 'Een korte zin voor omslag en kopregel, bijvoorbeeld "Samen maken we het mogelijk".' }),
    logo: z
      .string()
      .regex(/^beelden\/[A-Za-z0-9._/-]+\.svg$/)
      .refine((value) => !value.split('/').includes('..'))
      .optional()
      .meta({ title: 'Logo', description: 'Een SVG-bestand in de map beelden/ van het logboek, bijvoorbeeld beelden/logo.svg. Het staat op de omslag en op de projectkaart.' }),
  })
  .meta({ title: 'Huisstijl', description: 'Logo, huiskleur en slogan voor de omslag en de kopregel van rapportages; zonder huisstijl gebruikt ef zijn eigen.' });

const limieten = z
  .strictObject({
    bestandsgrootte_kb: z.number().int().min(1).max(64 * 1024).optional().meta({ title: 'Grootste bestand (kB)', description: 'Hoe groot één bestand mag zijn, in kilobytes.' }),
    aliassen: z.number().int().min(0).max(10_000).optional().meta({ title: 'YAML-verwijzingen', description: 'Hoeveel YAML-verwijzingen (aliassen) één bestand mag hebben.' }),
    diepte: z.number().int().min(2).max(64).optional().meta({ title: 'Diepte', description: 'Hoe diep de gegevens in één bestand genest mogen zijn.' }),
    bestanden: z.number().int().min(1).max(2_000_000).optional().meta({ title: 'Aantal bestanden', description: 'Hoeveel bestanden het logboek mag hebben.' }),
  })
  .meta({ title: 'Grenzen', description: 'Veiligheidsgrenzen voor heel grote of vreemde bestanden; meestal niet nodig.' });

export const configSchema = z
  .strictObject({
    organisatie: tekst.meta({ title: 'Organisatie', description: 'De organisatie van de leerroute, bijvoorbeeld Gemeente Delft.' }),
    leerroute: tekst.meta({ title: 'Leerroute', description: 'De naam van de leerroute, bijvoorbeeld Excellent Faciliteren.' }),
    titel: tekst.optional().meta({ title: 'Titel van het logboek', description: 'Bijvoorbeeld Logboek Excellent Faciliteren.' }),
    team: z
      .array(teamlid)
      .min(1)
      .superRefine((team, ctx) => {
        team.forEach((lid, index) => {
          if (team.findIndex((other) => other.naam === lid.naam) === index) return;
          addRuleIssue(ctx, 'unique-id', `${lid.naam} staat twee keer in het team. Haal één van beide weg.`, [index, 'naam']);
        });
      })
      .meta({ title: 'Team', description: 'De mensen die de bijeenkomsten begeleiden (de Publiek Ondernemers).' }),
    partners: z.array(tekst).default([]).meta({ title: 'Partners', description: 'Partners van de leerroute, bijvoorbeeld A&O fonds Gemeenten.' }),
    rollen: z.array(extraRol).default([]).meta({ title: 'Eigen rollen', description: 'Rollen die deze leerroute toevoegt aan de standaardrollen.' }),
    project: project.optional(),
    huisstijl: huisstijl.optional(),
    limieten: limieten.optional(),
  })
  .meta({ title: 'Instellingen van het logboek', description: 'ef.config.yaml: organisatie, leerroute, team, partners en de projectkaart.' });

export type Config = z.output<typeof configSchema>;
