// ef logbook: the Logboek Excellent Faciliteren. Every opbrengst, by case and then by
// date, each group linked to the session it came from; the sessions themselves are
// listed at the end, so that every link stays inside the document (Markdown, HTML, PDF).
import type { RootContent } from 'mdast';
import { compareCodeUnits } from '../load/discover.js';
import { aantal, formatBereik, formatDatum, formatDatumMetDag, hoofdletter, opsomming } from '../core/dutch.js';
import { eersteDag, laatsteDag } from '../core/period.js';
import type { Logbook, SessieModel } from '../model/types.js';
import type { Audience, RenderDocument } from './document.js';
import { anchorLink, resolveAnchors, withAnchor } from './anchors.js';
import { groupOpbrengsten, opbrengstItems } from './body.js';
import { deOrganisatie, herkomst, logbookTitel, sdgLabel, sessieSoortLabel, statusLabel, wie } from './labels.js';
import { asBlocks, heading, list, paragraph, strong, type Inline } from './mdast.js';
import { huisstijlVan, metLogo } from './huisstijl.js';
import { assertNoHiddenNames, namePolicy } from './privacy.js';
import { forAudience } from './select.js';
import { begeleidingTekst, sessieKop } from './session.js';

export function logbookSlug(audience: Audience): string {
  return audience === 'publiek' ? 'logboek-publiek' : 'logboek';
}

const anker = (sessie: SessieModel) => `bijeenkomst:${sessie.id}`;

/** The whole Logboek for `audience`: the opbrengsten by case and date, then the sessions they came from. */
export function compileLogbook(original: Logbook, audience: Audience): RenderDocument {
  const policy = namePolicy(original, audience);
  const logbook = forAudience(original, audience, policy);
  const { config } = logbook;
  const titel = logbookTitel(config);
  const slug = logbookSlug(audience);
  const groups = groupOpbrengsten(logbook.sessies);
  const opbrengsten = logbook.sessies.reduce((sum, sessie) => sum + opbrengstItems(sessie).length, 0);
  const eerste = logbook.sessies[0]?.data.datum;
  const laatste = logbook.sessies[logbook.sessies.length - 1]?.data.datum;

  const children: RootContent[] = [
    paragraph(
      `Dit logboek bundelt de opbrengsten van de bijeenkomsten van de leerroute ${config.leerroute} van ${deOrganisatie(config.organisatie)}. ` +
        'Elke bijeenkomst sluit af met haar opbrengsten. Hier staan ze per casus en per datum, ' +
        'met bij elke groep een verwijzing naar de bijeenkomst waar ze vandaan komen.',
    ),
    paragraph(
      eerste && laatste
        ? `${hoofdletter(aantal(opbrengsten, 'opbrengst', 'opbrengsten'))} uit ${aantal(logbook.sessies.length, 'bijeenkomst', 'bijeenkomsten')}` +
            ` (${formatBereik(eersteDag(eerste), laatsteDag(laatste))}), over ${aantal(groups.filter((g) => g.casus).length, 'casus', 'casussen')}.`
        : 'Er zijn nog geen bijeenkomsten vastgelegd.',
    ),
  ];

  for (const group of groups) {
    children.push(heading(2, group.casus ? group.casus.data.titel : 'Zonder casus'));
    if (group.casus) {
      const data = group.casus.data;
      children.push(paragraph(`Casus, ${statusLabel(data.status).toLowerCase()}. Initiatiefnemer: ${data.initiatiefnemer}.`));
    }
    for (const { datum, sessies } of group.datums) {
      children.push(heading(3, formatDatum(datum)));
      for (const { sessie, items } of sessies) {
        children.push(
          paragraph('Uit ', anchorLink(anker(sessie), sessie.data.titel), ` (${sessieSoortLabel(sessie.data.soort).toLowerCase()}):`),
          { type: 'list', ordered: false, spread: false, children: [...items] },
        );
      }
    }
  }

  if (logbook.sessies.length > 0) {
    children.push(heading(2, 'Bijeenkomsten'), paragraph('Alle bijeenkomsten van de leerroute, op datum.'));
    for (const sessie of logbook.sessies) children.push(...sessionEntry(sessie, logbook));
  }

  const tree = { type: 'root' as const, children: asBlocks(children) };
  resolveAnchors(tree, [titel]);
  const huisstijl = huisstijlVan(logbook);
  const doc: RenderDocument = {
    slug,
    assetDir: `${slug}-beelden`,
    meta: {
      titel,
      ondertitel: undefined,
      organisatie: config.organisatie,
      leerroute: config.leerroute,
      partners: config.partners,
      nummer: undefined,
      datum: documentDate(logbook),
      audience,
      huisstijl,
    },
    tree,
    images: metLogo([], huisstijl),
  };
  assertNoHiddenNames(doc, policy);
  return doc;
}

function sessionEntry(sessie: SessieModel, logbook: Logbook): RootContent[] {
  const rows: Inline[][] = [
    [strong('Datum:'), ` ${formatDatumMetDag(sessie.data.datum)}`],
    [strong('Soort:'), ` ${sessieSoortLabel(sessie.data.soort)}`],
  ];
  if (sessie.casus) rows.push([strong('Casus:'), ` ${sessie.casus.data.titel}`]);
  rows.push([strong('Begeleiding:'), ` ${begeleidingTekst(sessie.data.begeleiding)}`]);
  rows.push([
    strong('Aanwezig:'),
    ` ${opsomming(sessie.data.deelnemers.map((deelnemer) => `${wie(deelnemer)} (${herkomst(deelnemer, logbook.config)})`))}`,
  ]);
  if (sessie.data.afwezig.length > 0) rows.push([strong('Afwezig:'), ` ${opsomming(sessie.data.afwezig)}`]);
  if (sessie.sdgs.length > 0) rows.push([strong("SDG's:"), ` ${opsomming(sessie.sdgs.map(sdgLabel))}`]);
  return [withAnchor(heading(3, sessieKop(sessie)), anker(sessie)), list(rows)];
}

/** The date of the Logboek: its latest session or activity (never the clock; the same for both audiences). */
function documentDate(logbook: Logbook): string {
  const dates = [...logbook.sessies, ...logbook.activiteiten].map((item) => laatsteDag(item.data.datum)).sort(compareCodeUnits);
  return dates[dates.length - 1] ?? logbook.rapportages[logbook.rapportages.length - 1]?.periode.tot ?? '1970-01-01';
}
