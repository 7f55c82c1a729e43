// One session as a section of a rapportage: what it was, the case and its criteria, who
// took part (by function), the SDGs, the roles exercise, and what it yielded. Modelled on
// the first evaluation meeting in the 2e rapportage.
import type { RootContent } from 'mdast';
import { aantal, formatDatum, formatDatumMetDag, getalWoord, hoofdletter, opsomming, rangtelwoord } from '../core/dutch.js';
import type { CasusModel, Logbook, SessieModel } from '../model/types.js';
import type { Deelnemer } from '../validate/schemas/kinds.js';
import { CRITERIA } from '../vocabulary/index.js';
import { anchorLink, withAnchor } from './anchors.js';
import { bodyBlocks, splitSections } from './body.js';
import {
  gerichtLabel,
  herkomst,
  isSessieRol,
  paradigmaTekst,
  rolLabel,
  sdgLabel,
  sessieSoortLabel,
  statusLabel,
  wie,
} from './labels.js';
import { heading, list, paragraph, strong, table, type Inline } from './mdast.js';

export interface SessionContext {
  readonly logbook: Logbook;
  /** Heading depth of the session's own heading. */
  readonly depth: number;
  /** Cases already described in this document: a later session links back instead. */
  readonly casussenGetoond: Set<string>;
  /** The roles picture of a session (image and caption), if there is one. */
  readonly kwadrant: (sessie: SessieModel) => RootContent[];
}

export const sessieAnker = (sessie: SessieModel): string => `sessie:${sessie.id}`;
const casusAnker = (casus: CasusModel): string => `casus:${casus.id}`;

/** The heading text of a session: `Titel (28 januari 2021)`. */
export function sessieKop(sessie: SessieModel): string {
  return `${sessie.data.titel} (${formatDatum(sessie.data.datum)})`;
}

const BEKENDE_SECTIES = new Set(['opbrengsten', 'leerpunten', 'vervolgvragen', 'rollen en talenten']);

export function sessionSection(sessie: SessieModel, context: SessionContext): RootContent[] {
  const d = context.depth;
  const sections = splitSections(sessie.body);
  const section = (naam: string) => sections.find((s) => s.naam === naam);
  const own = (naam: string) => {
    const found = section(naam);
    return found ? bodyBlocks(found.content, sessie.body, d + 2) : [];
  };
  const nodes: RootContent[] = [withAnchor(heading(d, sessieKop(sessie)), sessieAnker(sessie)), facts(sessie, context.logbook)];

  // Text before the first heading, and sections the report does not know, in body order.
  for (const part of sections) {
    if (part.naam === '') nodes.push(...bodyBlocks(part.content, sessie.body, d + 2));
  }
  if (sessie.casus) nodes.push(...casusBlock(sessie.casus, context));
  nodes.push(heading(d + 1, 'Aanwezig'), ...attendance(sessie, context.logbook));
  for (const part of sections) {
    if (part.naam !== '' && !BEKENDE_SECTIES.has(part.naam)) nodes.push(...bodyBlocks(part.nodes, sessie.body, d + 1));
  }

  if (sessie.sdgs.length > 0) {
    nodes.push(
      heading(d + 1, "Global Goals (SDG's)"),
      paragraph(`Deze bijeenkomst is verbonden met ${sessie.sdgs.length === 1 ? 'dit doel' : 'deze doelen'} van de Verenigde Naties:`),
      list(sessie.sdgs.map((nummer) => [sdgLabel(nummer)])),
    );
  }

  const roles = rolesBlocks(sessie, context);
  const talents = own('rollen en talenten');
  if (roles.length > 0 || talents.length > 0) nodes.push(heading(d + 1, 'Rollen en talenten'), ...talents, ...roles);

  for (const [naam, titel] of [
    ['opbrengsten', 'Opbrengsten'],
    ['leerpunten', 'Leerpunten'],
    ['vervolgvragen', 'Vervolgvragen'],
  ] as const) {
    const content = own(naam);
    if (content.length > 0) nodes.push(heading(d + 1, titel), ...content);
  }
  return nodes;
}

const nummering = new WeakMap<Logbook, Map<SessieModel, { soort: number; dag: number }>>();

/**
 * Each session's number among the sessions of its kind (the 1e evaluatiebijeenkomst)
 * and among the sessions of its day; counted once per logbook.
 */
export function volgnummers(logbook: Logbook): Map<SessieModel, { soort: number; dag: number }> {
  let numbers = nummering.get(logbook);
  if (!numbers) {
    numbers = new Map();
    const perSoort = new Map<string, number>();
    const perDag = new Map<string, number>();
    for (const sessie of logbook.sessies) {
      const soort = (perSoort.get(sessie.data.soort) ?? 0) + 1;
      const dag = (perDag.get(sessie.data.datum) ?? 0) + 1;
      perSoort.set(sessie.data.soort, soort);
      perDag.set(sessie.data.datum, dag);
      numbers.set(sessie, { soort, dag });
    }
    nummering.set(logbook, numbers);
  }
  return numbers;
}

function facts(sessie: SessieModel, logbook: Logbook): RootContent {
  const soort = sessieSoortLabel(sessie.data.soort);
  const rows: Inline[][] = [[strong('Datum:'), ` ${formatDatumMetDag(sessie.data.datum)}`]];
  if (sessie.data.soort === 'anders') rows.push([strong('Soort:'), ` ${soort}`]);
  else {
    const nummer = volgnummers(logbook).get(sessie)?.soort ?? 0;
    rows.push([strong('Soort:'), ` ${soort} (de ${rangtelwoord(nummer)} van de leerroute)`]);
  }
  if (sessie.casus) rows.push([strong('Casus:'), ` ${sessie.casus.data.titel} (${statusLabel(sessie.casus.data.status).toLowerCase()})`]);
  rows.push([strong('Begeleiding:'), ` ${begeleidingTekst(sessie.data.begeleiding)}`]);
  if (sessie.data.verslag) rows.push([strong('Verslag:'), ` ${sessie.data.verslag}`]);
  return list(rows);
}

/** The facilitators, or `niet vastgelegd` rather than an invented name. */
export function begeleidingTekst(begeleiding: readonly string[]): string {
  return begeleiding.length === 0 ? 'niet vastgelegd' : opsomming(begeleiding);
}

function casusBlock(casus: CasusModel, context: SessionContext): RootContent[] {
  const d = context.depth + 1;
  const titel = heading(d, `Casus: ${casus.data.titel}`);
  if (context.casussenGetoond.has(casus.id)) {
    return [titel, paragraph('De casus en haar criteria staan hierboven beschreven: ', anchorLink(casusAnker(casus), casus.data.titel), '.')];
  }
  context.casussenGetoond.add(casus.id);
  const data = casus.data;
  const nodes: RootContent[] = [withAnchor(titel, casusAnker(casus))];
  if (data.samenvatting) nodes.push(paragraph(data.samenvatting));
  const details: Inline[][] = [
    [strong('Status:'), ` ${statusLabel(data.status).toLowerCase()}`],
    [strong('Initiatiefnemer:'), ` ${data.initiatiefnemer}`],
  ];
  if (data.domein) details.push([strong('Domein:'), ` ${data.domein}`]);
  if (data.looptijd) details.push([strong('Looptijd:'), ` ${data.looptijd}`]);
  if (data.betrokken?.length) details.push([strong('Betrokken:'), ` ${opsomming(data.betrokken)}`]);
  nodes.push(list(details));
  nodes.push(...bodyBlocks(casus.body.children, casus.body, d + 1));
  nodes.push(
    paragraph('Hoe de casus voldoet aan de criteria van de leerroute:'),
    list(
      CRITERIA.map((criterium): Inline[] => {
        const uitleg =
          criterium.id === 'sdgs' ? `${opsomming(data.sdgs.map(sdgLabel))}.` : data.criteria[criterium.id];
        return [strong(`${criterium.label}.`), ` ${uitleg}`];
      }),
    ),
  );
  return nodes;
}

function attendance(sessie: SessieModel, logbook: Logbook): RootContent[] {
  const deelnemers = sessie.data.deelnemers;
  const nodes: RootContent[] = [
    paragraph(`${deelnemersZin(deelnemers)}:`),
    list(
      deelnemers.map((deelnemer): Inline[] => {
        const sessieRollen = deelnemer.rollen.filter((rol) => isSessieRol(rol.rol)).map((rol) => rolLabel(rol.rol, logbook.config).toLowerCase());
        return [`${wie(deelnemer)} (${herkomst(deelnemer, logbook.config)})${sessieRollen.length ? `, ${opsomming(sessieRollen)}` : ''}`];
      }),
    ),
  ];
  if (sessie.data.afwezig.length > 0) nodes.push(paragraph(strong('Afwezig:'), ` ${opsomming(sessie.data.afwezig)}.`));
  return nodes;
}

/**
 * `Zeven deelnemers, vier van binnen en drie van buiten de organisatie`: how many took
 * part and from where, without the closing punctuation. Counts only, never names.
 */
export function deelnemersZin(deelnemers: readonly Deelnemer[]): string {
  const intern = deelnemers.filter((deelnemer) => deelnemer.intern === true).length;
  const extern = deelnemers.filter((deelnemer) => deelnemer.intern === false).length;
  const onbekend = deelnemers.length - intern - extern;
  const allemaal = deelnemers.length === 1 ? '' : deelnemers.length === 2 ? 'allebei ' : 'allemaal ';
  const delen = [
    ...(intern > 0 ? [`${getalWoord(intern)} van binnen`] : []),
    ...(extern > 0 ? [`${getalWoord(extern)} van buiten de organisatie`] : []),
    ...(onbekend > 0 ? [`${getalWoord(onbekend)} onbekend`] : []),
  ];
  const herkomstZin =
    intern === deelnemers.length
      ? `${allemaal}van binnen de organisatie`
      : extern === deelnemers.length
        ? `${allemaal}van buiten de organisatie`
        : onbekend === deelnemers.length
          ? `niet vastgelegd of ${deelnemers.length === 1 ? 'die' : 'ze'} van binnen of buiten de organisatie ${deelnemers.length === 1 ? 'kwam' : 'kwamen'}`
          : opsomming(delen);
  return `${hoofdletter(aantal(deelnemers.length, 'deelnemer', 'deelnemers'))}${onbekend === deelnemers.length ? ';' : ','} ${herkomstZin}`;
}

function rolesBlocks(sessie: SessieModel, context: SessionContext): RootContent[] {
  const config = context.logbook.config;
  const rows: Inline[][] = [];
  for (const deelnemer of sessie.data.deelnemers) {
    for (const [index, rol] of deelnemer.rollen.entries()) {
      const sessieRol = isSessieRol(rol.rol);
      rows.push([
        // Who once per participant: the rows below it are that person's other roles.
        index === 0 ? wie(deelnemer) : '',
        rolLabel(rol.rol, config),
        sessieRol ? 'rol in de bijeenkomst' : hoofdletter(paradigmaTekst(rol.paradigma ?? [])),
        sessieRol ? '–' : gerichtLabel(rol.gericht),
        rol.fase ?? '–',
      ]);
    }
  }
  if (rows.length === 0) return [];
  const nodes: RootContent[] = [
    paragraph(
      'Welke rol had ieder in de casus, naar de vier perspectieven op de overheid van de NSOB, ' +
        'en was die rol stadsgericht of intern gericht?',
    ),
    table(['Wie', 'Rol', 'Perspectief (NSOB)', 'Gericht', 'Fase'], rows),
  ];
  const shifts = sessie.data.deelnemers.map((deelnemer) => shiftOf(deelnemer, context)).filter((shift) => shift !== undefined);
  if (shifts.length > 0) {
    nodes.push(paragraph('Rollen die in de loop van de casus verschoven:'), list(shifts.map((shift) => [shift])));
  }
  nodes.push(...context.kwadrant(sessie));
  return nodes;
}

/** `beleidsadviseur Energie: start: adviseur (stadsgericht) → later: financierder (stadsgericht) en …`. */
function shiftOf(deelnemer: Deelnemer, context: SessionContext): string | undefined {
  const caseRoles = deelnemer.rollen.filter((rol) => !isSessieRol(rol.rol));
  const fases: string[] = [];
  for (const rol of caseRoles) if (rol.fase !== undefined && !fases.includes(rol.fase)) fases.push(rol.fase);
  if (fases.length < 2) return undefined;
  const describe = (fase: string | undefined) =>
    opsomming(
      caseRoles
        .filter((rol) => rol.fase === fase)
        .map((rol) => `${rolLabel(rol.rol, context.logbook.config).toLowerCase()} (${gerichtLabel(rol.gericht).toLowerCase()})`),
    );
  const steps = fases.map((fase) => `${fase}: ${describe(fase)}`);
  const always = caseRoles.some((rol) => rol.fase === undefined) ? `; in alle fasen: ${describe(undefined)}` : '';
  return `${wie(deelnemer)}: ${steps.join(' → ')}${always}`;
}
