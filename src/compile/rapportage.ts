// ef report: the rapportage of a period, modelled on the 1e and 2e rapportage.
// The rapportage's own text with the generated parts (campaign, sessions, portraits,
// monitoring, earlier opbrengsten) fitted into it: a part goes under the editorial
// heading of that name, or after the text; never twice, and never when it is empty.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { aantal, dateParts, formatBereik, formatDatum, formatGetal, hoofdletter, MAANDEN, opsomming, rangtelwoord, rangtelwoordVoluit } from '../core/dutch.js';
import { contains, eersteDag, type Period } from '../core/period.js';
import type { ResolvedPeriod } from '../model/resolve-period.js';
import type { Logbook, RapportageModel, SessieModel } from '../model/types.js';
import type { Audience, RenderDocument, RenderImage } from './document.js';
import { quadrantChart, sdgChart, timelineChart } from './charts/index.js';
import { computeMonitoring } from './monitoring.js';
import { monitoringSection } from './monitoring-section.js';
import { resolveAnchors } from './anchors.js';
import { bodyBlocks, opbrengstItems } from './body.js';
import { activiteitSoortLabel, deOrganisatie } from './labels.js';
import { asBlocks, heading, image, link, paragraph, strong, table, type Inline } from './mdast.js';
import { ONDERDELEN, type Onderdeel } from '../validate/schemas/kinds.js';
import { huisstijlVan, metLogo } from './huisstijl.js';
import { assertNoHiddenNames, namePolicy } from './privacy.js';
import { forAudience, selectPeriod } from './select.js';
import { sessionSection, volgnummers } from './session.js';
import { beknopteSessie } from './sessie-beknopt.js';
import { sessieWeergave, type SessieWeergave } from './sessie-weergave.js';

export interface RapportageOptions {
  /** How the sessions are shown; absent: in full up to MAX_VOLLEDIGE_SESSIES, else beknopt. */
  readonly sessies?: SessieWeergave | undefined;
}

/**
 * The rapportage's own id (`rapportage-2`) for its period, else `rapportage-<period>`
 * (`rapportage-2021-q3`); `-publiek` for the public. Only `[a-z0-9-]`.
 */
export function rapportageSlug(period: ResolvedPeriod, audience: Audience): string {
  let slug = period.rapportage ? safeSlug(period.rapportage.id) : `rapportage-${safeSlug(period.bron)}`;
  // Never the Logboek's name, never empty.
  if (slug === '' || /^logboek(-publiek)?$/.test(slug)) slug = `rapportage-${period.rapportage?.data.nummer ?? 'x'}`;
  return audience === 'publiek' ? `${slug}-publiek` : slug;
}

/** Lower case, `[a-z0-9-]` only. */
export function safeSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The rapportage of `period` for `audience`, as the document every renderer draws.
 * Names the audience may not see are taken out of the model before anything is built;
 * a document that would still show one is refused (InternalError), so nothing is written.
 */
export function compileRapportage(original: Logbook, period: ResolvedPeriod, audience: Audience, options: RapportageOptions = {}): RenderDocument {
  const policy = namePolicy(original, audience);
  const logbook = forAudience(original, audience, policy);
  const rapportage = period.rapportage ? logbook.rapportages.find((r) => r.id === period.rapportage!.id) : undefined;
  const selection = selectPeriod(logbook, period);
  const slug = rapportageSlug(period, audience);
  const assetDir = `${slug}-beelden`;
  const images: RenderImage[] = [];
  const addImage = (name: string, svg: string, alt: string, titel: string): RootContent[] => {
    images.push({ name, svg, alt });
    // The title is the caption, drawn with the chart (a separate line could end up on another page).
    return [paragraph(image(`${assetDir}/${name}`, alt, titel))];
  };

  const onderdelen = rapportage?.data.onderdelen ?? ONDERDELEN;
  const parts = new Map<Onderdeel, Part>();
  const build: Record<Exclude<Onderdeel, 'inleiding'>, () => Part | undefined> = {
    campagne: () => campaign(selection.activiteiten),
    bijeenkomsten: () =>
      sessieWeergave(options.sessies, selection.sessies.length) === 'beknopt'
        ? beknopteSessies(selection.sessies)
        : sessions(selection.sessies, logbook, (sessie) => {
            const chart = quadrantChart(sessie, { audience, rollen: logbook.config.rollen });
            return chart ? addImage(quadrantName(sessie, logbook), chart.svg, chart.alt, chart.titel) : [];
          }),
    portretten: () => portraits(selection.portretten),
    monitoring: () => monitoring(logbook, period, assetDir, images),
    logboek: () => earlierOpbrengsten(logbook, period),
  };
  // Built in the order of `onderdelen`, so that images keep a stable order too.
  for (const onderdeel of onderdelen) {
    if (onderdeel === 'inleiding') continue;
    const part = build[onderdeel]();
    if (part) parts.set(onderdeel, part);
  }

  const editorial = onderdelen.includes('inleiding') ? editorialSections(rapportage, period, logbook, [...parts.keys()]) : [];
  const children = arrange(onderdelen, editorial, parts);

  const titel = rapportage ? rapportageTitel(rapportage) : `Rapportage ${period.label}`;
  const tree = { type: 'root' as const, children: asBlocks(children) };
  resolveAnchors(tree, [titel]);
  const huisstijl = huisstijlVan(logbook);
  const doc: RenderDocument = {
    slug,
    assetDir,
    meta: {
      titel,
      // Never the title again as its own subtitle.
      ondertitel: titel.includes(period.label) ? undefined : period.label,
      organisatie: logbook.config.organisatie,
      leerroute: logbook.config.leerroute,
      partners: logbook.config.partners,
      nummer: rapportage?.data.nummer,
      datum: period.tot,
      audience,
      huisstijl,
    },
    tree,
    images: metLogo(images, huisstijl),
  };
  assertNoHiddenNames(doc, policy);
  return doc;
}

/** A generated part: its own heading, a lead sentence, and its content (headings from level 3). */
interface Part {
  readonly titel: string;
  /** Said only when the part has no editorial text of its own above it. */
  readonly lead: readonly RootContent[];
  readonly content: readonly RootContent[];
}

interface EditorialSection {
  /** Lower-case heading; empty for text before the first heading. */
  readonly naam: string;
  readonly nodes: readonly RootContent[];
  /** Whether there is text under the heading (not just the heading). */
  readonly hasText: boolean;
}

/** Which editorial headings a generated part belongs under, by the words in them. */
const MATCHES: ReadonlyArray<readonly [Exclude<Onderdeel, 'inleiding'>, RegExp]> = [
  ['campagne', /campagne|communicatie|activiteiten/],
  ['bijeenkomsten', /bijeenkomst|sessie/],
  ['portretten', /portret/],
  ['monitoring', /monitoring|in cijfers/],
  ['logboek', /logboek/],
];

export function partForHeading(naam: string): Exclude<Onderdeel, 'inleiding'> | undefined {
  return MATCHES.find(([, pattern]) => pattern.test(naam))?.[0];
}

/**
 * The parts in the order of `onderdelen`. The editorial text (the `inleiding` part) keeps
 * its own order; a part whose name an editorial heading carries follows that section,
 * under its heading; the other parts get their own heading where `onderdelen` puts them.
 */
export function arrange(
  onderdelen: readonly Onderdeel[],
  editorial: readonly EditorialSection[],
  parts: ReadonlyMap<Onderdeel, Part>,
): RootContent[] {
  const placed = new Set<Onderdeel>();
  const nodes: RootContent[] = [];
  for (const onderdeel of onderdelen) {
    if (placed.has(onderdeel)) continue;
    placed.add(onderdeel);
    if (onderdeel === 'inleiding') {
      for (const section of editorial) {
        nodes.push(...section.nodes);
        const match = partForHeading(section.naam);
        const part = match === undefined ? undefined : parts.get(match);
        if (!part || placed.has(match!) || !onderdelen.includes(match!)) continue;
        placed.add(match!);
        nodes.push(...(section.hasText ? [] : part.lead), ...part.content);
      }
      continue;
    }
    const part = parts.get(onderdeel);
    if (part) nodes.push(heading(2, part.titel), ...part.lead, ...part.content);
  }
  return nodes;
}

/** `1e rapportage (B2)`: the title from the file, with its code. */
function rapportageTitel(rapportage: RapportageModel): string {
  const { titel, code } = rapportage.data;
  return code && !titel.includes(code) ? `${titel} (${code})` : titel;
}

/** The rapportage's own text split at its level-2 headings; a generated introduction without one. */
function editorialSections(
  rapportage: RapportageModel | undefined,
  period: ResolvedPeriod,
  logbook: Logbook,
  present: readonly Onderdeel[],
): EditorialSection[] {
  const body = rapportage ? bodyBlocks(rapportage.body.children, rapportage.body, 2) : [];
  if (body.length === 0) return [{ naam: 'inleiding', nodes: [heading(2, 'Inleiding'), generatedIntroduction(period, logbook, present)], hasText: true }];
  const blocks = body[0]?.type === 'heading' ? body : [heading(2, 'Inleiding'), ...body];
  const sections: Array<{ naam: string; nodes: RootContent[]; hasText: boolean }> = [];
  for (const node of blocks) {
    if (node.type === 'heading' && node.depth <= 2) sections.push({ naam: toString(node).trim().toLowerCase(), nodes: [node], hasText: false });
    else {
      const current = sections[sections.length - 1]!;
      current.nodes.push(node);
      current.hasText = true;
    }
  }
  return sections;
}

const PART_WORDS: Readonly<Record<Exclude<Onderdeel, 'inleiding'>, string>> = {
  campagne: 'de campagne',
  bijeenkomsten: 'de bijeenkomsten met hun opbrengsten',
  portretten: 'de portretten',
  monitoring: 'de monitoring',
  logboek: 'de opbrengsten van eerdere bijeenkomsten',
};

function generatedIntroduction(period: ResolvedPeriod, logbook: Logbook, present: readonly Onderdeel[]): RootContent {
  const words = present.filter((part): part is Exclude<Onderdeel, 'inleiding'> => part !== 'inleiding').map((part) => PART_WORDS[part]);
  return paragraph(
    `Deze rapportage beschrijft de leerroute ${logbook.config.leerroute} van ${deOrganisatie(logbook.config.organisatie)} ` +
      `over ${overPeriode(period)}` +
      (words.length > 0 ? `: ${opsomming(words)}.` : '. In deze periode is er niets vastgelegd.'),
  );
}

/** `het tweede kwartaal 2021`, `maart 2021`, `2021`, `de periode 1 januari t/m 15 maart 2021`: after "over". */
export function overPeriode(period: Pick<Period, 'label' | 'van' | 'tot'>): string {
  const { label } = period;
  if (/^(eerste|tweede|derde|vierde) (kwartaal|halfjaar) \d{4}$/.test(label)) return `het ${label}`;
  if (/^\d{4}$/.test(label) || /^\p{L}+ \d{4}$/u.test(label)) return label;
  return `de periode ${formatBereik(period.van, period.tot)}`;
}


/** Every activity with its own text and links, as a list: what, when, for whom. */
function campaign(activiteiten: Logbook['activiteiten']): Part | undefined {
  if (activiteiten.length === 0) return undefined;
  const lead = paragraph(
    `In deze periode ${activiteiten.length === 1 ? 'was er' : 'waren er'} ${aantal(activiteiten.length, 'activiteit', 'activiteiten')} ` +
      'om de leerroute onder de aandacht te brengen:',
  );
  const items = activiteiten.map((activiteit) => {
    const { titel, link: url, datum, soort, publiek } = activiteit.data;
    const kop = paragraph(strong(url ? link(url, titel) : titel), `. ${activiteitSoortLabel(soort)}, ${formatDatum(datum)}. Voor wie: ${publiek}.`);
    return { blocks: [kop, ...bodyBlocks(activiteit.body.children, activiteit.body, 4)] as never[] };
  });
  const list: RootContent = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: item.blocks })),
  };
  return { titel: 'Campagne en communicatie', lead: [], content: [lead, list] };
}

function sessions(sessies: readonly SessieModel[], logbook: Logbook, kwadrant: (sessie: SessieModel) => RootContent[]): Part | undefined {
  if (sessies.length === 0) return undefined;
  const lead = [paragraph(`In deze periode ${sessies.length === 1 ? 'was er' : 'waren er'} ${aantal(sessies.length, 'bijeenkomst', 'bijeenkomsten')}.`)];
  const context = { logbook, depth: 3, casussenGetoond: new Set<string>(), kwadrant };
  const content: RootContent[] = [];
  for (const sessie of sessies) content.push(...sessionSection(sessie, context));
  return { titel: 'Bijeenkomsten', lead, content };
}

/**
 * Every session in a few lines. The sentence that says so stands in the content, not the
 * lead: a reader must always know the full record is elsewhere, also under an editorial heading.
 */
function beknopteSessies(sessies: readonly SessieModel[]): Part | undefined {
  if (sessies.length === 0) return undefined;
  const een = sessies.length === 1;
  const uitleg = paragraph(
    `In deze periode ${een ? 'was er' : 'waren er'} ${aantal(sessies.length, 'bijeenkomst', 'bijeenkomsten')}. ` +
      `Van ${een ? 'de' : 'elke'} bijeenkomst staan hier kort de casus, het aantal deelnemers en de opbrengsten; ` +
      'het hele verslag, met het verloop, de rollen en de leerpunten, staat in het logboek.',
  );
  return { titel: 'Bijeenkomsten', lead: [], content: [uitleg, ...perMaand(sessies).flatMap(maandBlok)] };
}

/**
 * A heading per month with its sessions below it: the contents then list a handful of
 * months instead of hundreds of sessions (seven pages of them in a quarter's PDF).
 */
function maandBlok({ maand, sessies }: { maand: string; sessies: readonly SessieModel[] }): RootContent[] {
  const { year, month } = dateParts(`${maand}-01`);
  return [heading(3, hoofdletter(`${MAANDEN[month - 1]} ${year}`)), ...sessies.flatMap((sessie) => beknopteSessie(sessie, 4))];
}

/** The sessions by month (`2015-01`), in the order given, which is by date. */
function perMaand(sessies: readonly SessieModel[]): Array<{ maand: string; sessies: SessieModel[] }> {
  const maanden: Array<{ maand: string; sessies: SessieModel[] }> = [];
  for (const sessie of sessies) {
    const maand = sessie.data.datum.slice(0, 7);
    if (maanden.at(-1)?.maand !== maand) maanden.push({ maand, sessies: [] });
    maanden.at(-1)!.sessies.push(sessie);
  }
  return maanden;
}

/** `kwadrant-2021-01-28.svg`, `-2`, `-3` for later sessions that day: from the date, never the file name. */
function quadrantName(sessie: SessieModel, logbook: Logbook): string {
  const index = volgnummers(logbook).get(sessie)?.dag ?? 1;
  return `kwadrant-${sessie.data.datum}${index > 1 ? `-${index}` : ''}.svg`;
}

function portraits(portretten: Logbook['portretten']): Part | undefined {
  if (portretten.length === 0) return undefined;
  const content: RootContent[] = [];
  for (const portret of portretten) {
    const { titel, datum, persoon, functie } = portret.data;
    content.push(heading(3, titel), paragraph(`${formatDatum(datum)} · ${persoon}, ${functie}`), ...bodyBlocks(portret.body.children, portret.body, 4));
  }
  return { titel: 'Portretten', lead: [], content };
}

/** The figures of the period; nothing when the period had no session and no activity. */
function monitoring(logbook: Logbook, period: Period, assetDir: string, images: RenderImage[]): Part | undefined {
  const figures = computeMonitoring(logbook, period);
  if (figures.sessies.totaal === 0 && figures.activiteiten.totaal === 0) return undefined;
  // An SDG chart with 17 empty bars is no information: only when a session touched a goal.
  const sdg = figures.sdgs.some((goal) => goal.sessies > 0) ? sdgChart(figures) : undefined;
  const timeline = timelineChart(figures);
  for (const chart of [sdg, timeline]) if (chart) images.push({ name: chart.name, svg: chart.svg, alt: chart.alt });
  const [, ...content] = monitoringSection(figures, { sdg, timeline }, assetDir);
  return { titel: 'Monitoring', lead: [], content };
}

/**
 * The opbrengsten of the sessions before this period, compactly: one line per session
 * and its items. The sessions of the period itself stand above with their own
 * opbrengsten; the whole Logboek is its own document (`ef logbook`).
 */
function earlierOpbrengsten(logbook: Logbook, period: ResolvedPeriod): Part | undefined {
  const earlier: SessieModel[] = [];
  for (const sessie of logbook.sessies) {
    if (eersteDag(sessie.data.datum) >= period.van) break;
    earlier.push(sessie);
  }
  if (earlier.length > MAX_EARLIER_SESSIONS) return earlierPerQuarter(earlier, period);
  const content: RootContent[] = [];
  for (const sessie of earlier) {
    const items = opbrengstItems(sessie);
    if (items.length === 0) continue;
    const lead: Inline[] = [strong(sessie.data.titel), ` (${formatDatum(sessie.data.datum)}${earlierReport(sessie, logbook)}):`];
    content.push(paragraph(...lead), { type: 'list', ordered: false, spread: false, children: [...items] });
  }
  if (content.length === 0) return undefined;
  const lead = paragraph(
    `De opbrengsten van de bijeenkomsten vóór ${formatDatum(period.van)}, kort op een rij. ` +
      'Het hele Logboek, met alle opbrengsten per casus, is een eigen document.',
  );
  return { titel: 'Het logboek tot nu toe', lead: [], content: [lead, ...content] };
}

/** Up to this many earlier sessions are listed with their opbrengsten; more become a table per quarter. */
export const MAX_EARLIER_SESSIONS = 24;

/**
 * A long history in numbers: per quarter how many sessions and opbrengsten, so that a
 * quarterly report of a logbook with thousands of sessions stays a quarterly report.
 */
function earlierPerQuarter(earlier: readonly SessieModel[], period: ResolvedPeriod): Part | undefined {
  const rows = new Map<string, { label: string; sessies: number; opbrengsten: number }>();
  for (const sessie of earlier) {
    const opbrengsten = sessie.opbrengstenAantal;
    if (opbrengsten === 0) continue;
    const [year, month] = [Number(sessie.data.datum.slice(0, 4)), Number(sessie.data.datum.slice(5, 7))];
    const quarter = Math.floor((month - 1) / 3) + 1;
    const key = `${year}-${quarter}`;
    const row = rows.get(key) ?? { label: `${rangtelwoordVoluit(quarter)} kwartaal ${year}`, sessies: 0, opbrengsten: 0 };
    row.sessies += 1;
    row.opbrengsten += opbrengsten;
    rows.set(key, row);
  }
  if (rows.size === 0) return undefined;
  const totaal = [...rows.values()].reduce((sum, row) => ({ sessies: sum.sessies + row.sessies, opbrengsten: sum.opbrengsten + row.opbrengsten }), { sessies: 0, opbrengsten: 0 });
  const lead = paragraph(
    `Vóór ${formatDatum(period.van)} leverden ${aantal(totaal.sessies, 'bijeenkomst', 'bijeenkomsten')} samen ` +
      `${aantal(totaal.opbrengsten, 'opbrengst', 'opbrengsten')} op. Ze staan allemaal, per casus, in het Logboek, een eigen document; ` +
      'hier alleen de aantallen per kwartaal.',
  );
  const rowsOut = [...rows.values()].map((row) => [hoofdletter(row.label), formatGetal(row.sessies), formatGetal(row.opbrengsten)]);
  return { titel: 'Het logboek tot nu toe', lead: [], content: [lead, table(['Kwartaal', 'Bijeenkomsten', 'Opbrengsten'], rowsOut)] };
}

/** `, besproken in de 1e rapportage` when an earlier rapportage covered the session. */
function earlierReport(sessie: SessieModel, logbook: Logbook): string {
  const covering = logbook.rapportages.find((rapportage) => contains(rapportage.periode, sessie.data.datum));
  return covering ? `; besproken in de ${rangtelwoord(covering.data.nummer)} rapportage` : '';
}
