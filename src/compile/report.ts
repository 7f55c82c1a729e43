// ef report: the rapportage of a period, modelled on the 1e and 2e rapportage.
// Introduction, campaign, each session, portraits, monitoring, and the Logboek so far.
import type { RootContent } from 'mdast';
import { formatBereik, formatDatum, rangtelwoord } from '../model/dutch.js';
import { contains, type Period } from '../model/period.js';
import type { ResolvedPeriod } from '../model/resolve-period.js';
import type { Logbook, RapportageModel, SessieModel } from '../model/types.js';
import type { Audience, RenderDocument, RenderImage } from '../render/document.js';
import { quadrantChart, sdgChart, timelineChart } from '../render/charts/index.js';
import { computeMonitoring } from './monitoring.js';
import { monitoringSection } from './monitoring-section.js';
import { resolveAnchors, anchorLink } from './anchors.js';
import { bodyBlocks, groupOpbrengsten } from './body.js';
import { activiteitSoortLabel, sessieSoortLabel } from './labels.js';
import { aantal, asBlocks, heading, image, link, paragraph, table, type Inline } from './mdast.js';
import { assertNoHiddenNames, namePolicy } from './privacy.js';
import { forAudience, selectPeriod } from './select.js';
import { sessieAnker, sessionSection, volgnummers } from './session.js';

/**
 * The rapportage's own id (`rapportage-2`) for its period, else `rapportage-<period>`
 * (`rapportage-2021-q3`); `-publiek` for the public. Only `[a-z0-9-]`.
 */
export function reportSlug(period: ResolvedPeriod, audience: Audience): string {
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
export function compileReport(original: Logbook, period: ResolvedPeriod, audience: Audience): RenderDocument {
  const policy = namePolicy(original, audience);
  const logbook = forAudience(original, audience, policy);
  const rapportage = period.rapportage ? logbook.rapportages.find((r) => r.id === period.rapportage!.id) : undefined;
  const selection = selectPeriod(logbook, period);
  const slug = reportSlug(period, audience);
  const assetDir = `${slug}-beelden`;
  const images: RenderImage[] = [];
  const addImage = (name: string, svg: string, alt: string, titel: string): RootContent[] => {
    images.push({ name, svg, alt });
    return [paragraph(image(`${assetDir}/${name}`, alt, titel))];
  };

  const titel = rapportage ? rapportageTitel(rapportage) : `Rapportage ${period.label}`;
  const children: RootContent[] = [
    ...introduction(rapportage, period, logbook),
    ...campaign(selection.activiteiten),
    ...sessions(selection.sessies, logbook, (sessie) => {
      const chart = quadrantChart(sessie, { audience, rollen: logbook.config.rollen });
      return chart ? addImage(quadrantName(sessie, logbook), chart.svg, chart.alt, chart.titel) : [];
    }),
    ...portraits(selection.portretten),
    ...monitoring(logbook, period, assetDir, images),
    ...logbookSoFar(logbook, period),
  ];

  const tree = { type: 'root' as const, children: asBlocks(children) };
  resolveAnchors(tree, [titel]);
  const doc: RenderDocument = {
    slug,
    assetDir,
    meta: {
      titel,
      ondertitel: period.label,
      organisatie: logbook.config.organisatie,
      leerroute: logbook.config.leerroute,
      partners: logbook.config.partners,
      nummer: rapportage?.data.nummer,
      datum: period.tot,
      audience,
    },
    tree,
    images,
  };
  assertNoHiddenNames(doc, policy);
  return doc;
}

/** `1e rapportage (B2)`: the title from the file, with its code. */
function rapportageTitel(rapportage: RapportageModel): string {
  const { titel, code } = rapportage.data;
  return code && !titel.includes(code) ? `${titel} (${code})` : titel;
}

function introduction(rapportage: RapportageModel | undefined, period: ResolvedPeriod, logbook: Logbook): RootContent[] {
  const body = rapportage ? bodyBlocks(rapportage.body.children, rapportage.body, 2) : [];
  if (body.length > 0) {
    return body[0]?.type === 'heading' ? body : [heading(2, 'Inleiding'), ...body];
  }
  const bereik = formatBereik(period.van, period.tot);
  return [
    heading(2, 'Inleiding'),
    paragraph(
      `Deze rapportage beschrijft de leerroute ${logbook.config.leerroute} van ${logbook.config.organisatie} ` +
        `over ${period.label === bereik ? `de periode ${bereik}` : `${period.label} (${bereik})`}: de campagne, ` +
        'de bijeenkomsten met hun opbrengsten, de portretten, de monitoring en het logboek tot nu toe.',
    ),
  ];
}

function campaign(activiteiten: Logbook['activiteiten']): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Campagne en communicatie')];
  if (activiteiten.length === 0) return [...nodes, paragraph('In deze periode zijn geen presentaties, publicaties of andere activiteiten vastgelegd.')];
  nodes.push(
    paragraph(
      `In deze periode ${activiteiten.length === 1 ? 'was er' : 'waren er'} ${aantal(activiteiten.length, 'activiteit', 'activiteiten')} ` +
        'om de leerroute onder de aandacht te brengen:',
    ),
    table(
      ['Datum', 'Soort', 'Voor wie', 'Wat'],
      activiteiten.map((activiteit) => {
        const { titel, link: url } = activiteit.data;
        return [formatDatum(activiteit.data.datum), activiteitSoortLabel(activiteit.data.soort), activiteit.data.publiek, url ? [link(url, titel)] : titel];
      }),
    ),
  );
  return nodes;
}

function sessions(sessies: readonly SessieModel[], logbook: Logbook, kwadrant: (sessie: SessieModel) => RootContent[]): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Bijeenkomsten')];
  if (sessies.length === 0) return [...nodes, paragraph('In deze periode zijn er geen bijeenkomsten geweest.')];
  nodes.push(paragraph(`In deze periode ${sessies.length === 1 ? 'was er' : 'waren er'} ${aantal(sessies.length, 'bijeenkomst', 'bijeenkomsten')}.`));
  const context = { logbook, depth: 3, casussenGetoond: new Set<string>(), kwadrant };
  for (const sessie of sessies) nodes.push(...sessionSection(sessie, context));
  return nodes;
}

/** `kwadrant-2021-01-28.svg`, `-2`, `-3` for later sessions that day: from the date, never the file name. */
function quadrantName(sessie: SessieModel, logbook: Logbook): string {
  const index = volgnummers(logbook).get(sessie)?.dag ?? 1;
  return `kwadrant-${sessie.data.datum}${index > 1 ? `-${index}` : ''}.svg`;
}

function portraits(portretten: Logbook['portretten']): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Portretten')];
  if (portretten.length === 0) return [...nodes, paragraph('In deze periode zijn geen portretten verschenen.')];
  for (const portret of portretten) {
    const { titel, datum, persoon, functie } = portret.data;
    nodes.push(heading(3, titel), paragraph(`${formatDatum(datum)} · ${persoon}, ${functie}`), ...bodyBlocks(portret.body.children, portret.body, 4));
  }
  return nodes;
}

function monitoring(logbook: Logbook, period: Period, assetDir: string, images: RenderImage[]): RootContent[] {
  const figures = computeMonitoring(logbook, period);
  const charts = { sdg: sdgChart(figures), timeline: timelineChart(figures) };
  for (const chart of [charts.sdg, charts.timeline]) if (chart) images.push({ name: chart.name, svg: chart.svg, alt: chart.alt });
  return monitoringSection(figures, charts, assetDir);
}

function logbookSoFar(logbook: Logbook, period: ResolvedPeriod): RootContent[] {
  const nodes: RootContent[] = [
    heading(2, 'Het logboek tot nu toe'),
    paragraph(`Alle opbrengsten van de leerroute tot en met ${formatDatum(period.tot)}, per casus en per datum.`),
  ];
  const sessies = logbook.sessies.filter((sessie) => sessie.data.datum <= period.tot);
  const groups = groupOpbrengsten(sessies);
  if (groups.length === 0) return [...nodes, paragraph('Er zijn nog geen opbrengsten vastgelegd.')];
  for (const group of groups) {
    nodes.push(heading(3, group.casus ? group.casus.data.titel : 'Zonder casus'));
    for (const { datum, sessies: perSessie } of group.datums) {
      nodes.push(heading(4, formatDatum(datum)));
      for (const { sessie, items } of perSessie) {
        const soort = sessieSoortLabel(sessie.data.soort).toLowerCase();
        const lead: Inline[] = contains(period, sessie.data.datum)
          ? ['Uit ', anchorLink(sessieAnker(sessie), sessie.data.titel), ` (${soort}, hierboven beschreven):`]
          : [`Uit ${sessie.data.titel} (${soort}${earlierReport(sessie, logbook)}):`];
        nodes.push(paragraph(...lead), { type: 'list', ordered: false, spread: false, children: [...items] });
      }
    }
  }
  return nodes;
}

/** `, besproken in de 1e rapportage` when an earlier rapportage covered the session. */
function earlierReport(sessie: SessieModel, logbook: Logbook): string {
  const covering = logbook.rapportages.find((rapportage) => contains(rapportage.periode, sessie.data.datum));
  return covering ? `, besproken in de ${rangtelwoord(covering.data.nummer)} rapportage` : '';
}
