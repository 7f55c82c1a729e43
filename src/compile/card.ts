// The project card as A&O fonds Gemeenten publishes it for every project it funds
// (seed 003): "<Gemeente>: <project>", the facts, "Het project in het kort", and here
// the logbook's own figures. The card is public: a contact person is named only with
// `toestemming: publiek`, otherwise the card names the team.
import type { List, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { formatBereik, formatDatum } from '../core/dutch.js';
import type { Logbook } from '../model/types.js';
import type { RenderDocument } from './document.js';
import { SDGS } from '../vocabulary/index.js';
import { parseBody } from '../load/body.js';
import { bodyBlocks } from './body.js';
import { heading, image, link, paragraph, strong, type Inline } from './mdast.js';
import { computeMonitoring, logbookPeriod } from './monitoring.js';
import { huisstijlVan, metLogo } from './huisstijl.js';
import { logbookTitel } from './labels.js';
import { assertNoHiddenNames, namePolicy, redactTree } from './privacy.js';

export const CARD_SLUG = 'projectkaart';

export interface CardFacts {
  /** `Delft: Leerroute publiek ondernemerschap`. */
  readonly kop: string;
  /** `Gemeente Delft` (a region stays as it is written). */
  readonly gemeente: string;
  readonly regels: ReadonlyArray<{ readonly label: string; readonly waarde: string }>;
  readonly kort: string | undefined;
  readonly cijfers: ReadonlyArray<{ readonly label: string; readonly waarde: string }>;
  /** The date of the figures: the last session or activity (never the clock). */
  readonly stand: string | undefined;
  /** True when `contactpersoon` is set but may not be shown (no `toestemming: publiek`). */
  readonly naamVerborgen: boolean;
}

export class MissingProjectError extends Error {}

/** The facts of the card; throws MissingProjectError when the config has no `project`. */
export function cardFacts(logbook: Logbook): CardFacts {
  const { config } = logbook;
  const project = config.project;
  if (!project) throw new MissingProjectError('no project');

  const plaats = project.gemeente.replace(/^gemeente\s+/i, '');
  const regels: Array<{ label: string; waarde: string }> = [{ label: 'Project', waarde: project.project }];
  let naamVerborgen = false;
  if (project.contactpersoon !== undefined) {
    // A team or a role is no person: it needs no consent. A person's name still does.
    const zichtbaar = project.toestemming === 'publiek' || !isPersoonsnaam(project.contactpersoon, config);
    naamVerborgen = !zichtbaar;
    regels.push({ label: 'Contactpersoon gemeente', waarde: zichtbaar ? project.contactpersoon : teamInPlaatsVanNaam(logbook) });
  }
  if (project.contact !== undefined) regels.push({ label: 'Contactgegevens', waarde: project.contact });
  if (project.domein !== undefined) regels.push({ label: 'Domein', waarde: project.domein });
  if (project.beleidsthema !== undefined) regels.push({ label: 'Beleidsthema', waarde: project.beleidsthema });
  const looptijd = project.looptijd ?? looptijdUitData(project.begin, project.eind);
  if (looptijd !== undefined) regels.push({ label: 'Looptijd', waarde: looptijd });

  const period = logbookPeriod(logbook);
  const figures = computeMonitoring(logbook, period);
  const sdgNummers = new Set<number>([
    ...logbook.casussen.flatMap((casus) => casus.data.sdgs),
    ...logbook.sessies.flatMap((sessie) => sessie.sdgs),
  ]);
  const sdgs = SDGS.filter((goal) => sdgNummers.has(goal.nummer)).map((goal) => `${goal.nummer} ${goal.naam}`);
  const { deelnemers } = figures;
  const cijfers = [
    { label: 'Bijeenkomsten', waarde: String(figures.sessies.totaal) },
    { label: 'Casussen', waarde: String(figures.casussen.alle.totaal) },
    {
      label: 'Deelnemers',
      waarde:
        `${deelnemers.totaal} (${deelnemers.intern} van de eigen organisatie, ${deelnemers.extern} van buiten` +
        `${deelnemers.onbekend > 0 ? `, ${deelnemers.onbekend} onbekend` : ''}; per bijeenkomst geteld)`,
    },
    { label: "Global Goals (SDG's)", waarde: sdgs.length > 0 ? sdgs.join(', ') : 'nog geen' },
  ];
  const dates = [...logbook.sessies, ...logbook.activiteiten].map((item) => item.data.datum);
  return {
    kop: `${plaats}: ${project.project}`,
    gemeente: /^gemeente\s/i.test(project.gemeente) ? project.gemeente : `Gemeente ${project.gemeente}`,
    regels,
    kort: project.kort,
    cijfers,
    stand: dates.length > 0 ? period.tot : undefined,
    naamVerborgen,
  };
}

/** Words that start the name of a team, department or role rather than a person. */
const GEEN_PERSOON = /^(team|afdeling|bureau|cluster|programma|programmateam|projectteam|werkgroep|sector|directie|gemeente|organisatie|servicepunt|loket|het|de)\b/i;

/**
 * Whether a contactpersoon is a person's name (and so needs consent): not when it reads
 * as a team or department ("Team Publiek Ondernemen") or is a function of the team
 * ("Publiek Ondernemer"); a team member's own name is a person.
 */
export function isPersoonsnaam(contactpersoon: string, config: Logbook['config']): boolean {
  const value = contactpersoon.trim();
  if (config.team.some((lid) => lid.naam.toLowerCase() === value.toLowerCase())) return true;
  if (GEEN_PERSOON.test(value)) return false;
  if (config.team.some((lid) => lid.functie !== undefined && lid.functie.toLowerCase() === value.toLowerCase())) return false;
  return true;
}

/** What the card says instead of a name without public consent: the team's function, or the team. */
function teamInPlaatsVanNaam(logbook: Logbook): string {
  const { config } = logbook;
  const lid = config.team.find((member) => member.naam === config.project?.contactpersoon);
  if (lid?.functie !== undefined) return `${lid.functie}, team ${config.leerroute}`;
  return `Team ${config.leerroute}`;
}

function looptijdUitData(begin: string | undefined, eind: string | undefined): string | undefined {
  if (begin !== undefined && eind !== undefined) return formatBereik(begin, eind);
  if (begin !== undefined) return `vanaf ${formatDatum(begin)}`;
  if (eind !== undefined) return `tot en met ${formatDatum(eind)}`;
  return undefined;
}

/** The card as a document: the tree starts below the heading, which is `meta.titel`. */
export function compileCard(logbook: Logbook): RenderDocument {
  const facts = cardFacts(logbook);
  const tree: RootContent[] = [paragraph(facts.gemeente), labelled(facts.regels)];
  if (facts.kort !== undefined) tree.push(heading(2, 'Het project in het kort'), ...kortAlsMarkdown(facts.kort));
  tree.push(
    heading(2, 'In cijfers'),
    paragraph(
      `Uit het ${logbookTitel(logbook.config)}`,
      facts.stand !== undefined ? `, stand ${formatDatum(facts.stand)}:` : ':',
    ),
    labelled(facts.cijfers),
  );
  const policy = namePolicy(logbook, 'publiek');
  const huisstijl = huisstijlVan(logbook);
  const doc: RenderDocument = {
    slug: CARD_SLUG,
    assetDir: `${CARD_SLUG}-beelden`,
    meta: {
      titel: policy.redact(facts.kop),
      ondertitel: undefined,
      organisatie: logbook.config.organisatie,
      leerroute: logbook.config.leerroute,
      partners: logbook.config.partners,
      nummer: undefined,
      // A logbook without any session or activity has no date of its own: the project's.
      datum: facts.stand ?? logbook.config.project?.eind ?? logbook.config.project?.begin ?? logbook.rapportages.at(-1)?.periode.tot ?? '1970-01-01',
      audience: 'publiek',
      huisstijl,
      vorm: 'kaart',
    },
    tree: redactTree({ type: 'root', children: tree }, policy),
    images: metLogo([], huisstijl),
  };
  assertNoHiddenNames(doc, policy);
  return doc;
}

/** "Het project in het kort" is Markdown: paragraphs and lists stay, made safe like any body text. */
function kortAlsMarkdown(kort: string): RootContent[] {
  const root = parseBody(kort, 1);
  return bodyBlocks(root.children, root, 3);
}

const EMAIL = /([^\s,;:<>()"']+@[^\s,;:<>()"']+\.[A-Za-z]{2,})/;

/** An e-mail address in a value becomes a mailto link; the rest stays text. */
function withMailLinks(value: string): Inline[] {
  return value
    .split(EMAIL)
    .filter((part) => part !== '')
    .map((part) => (EMAIL.test(part) && part.match(EMAIL)?.[0] === part ? link(`mailto:${part}`, part) : part));
}

function labelled(rows: ReadonlyArray<{ readonly label: string; readonly waarde: string }>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: rows.map((row) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(strong(`${row.label}:`), ' ', ...withMailLinks(row.waarde))],
    })),
  };
}

const markdown = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', setext: false, rule: '-', fences: true })
  .use(remarkGfm);

/** The card in Markdown, in the shape of seed 003: `# <Gemeente>: <project>`, then the rest. */
export function cardMarkdown(doc: RenderDocument): string {
  const logo = doc.meta.huisstijl?.logo;
  const root: Root = {
    type: 'root',
    children: [
      heading(1, doc.meta.titel),
      ...(logo ? [paragraph(image(`${doc.assetDir}/${logo.name}`, logo.alt))] : []),
      ...doc.tree.children,
    ],
  };
  // remark escapes every `&` before a letter (`A\&O`); only `&name;` and `&#` can start a reference.
  const text = markdown.stringify(root).replace(/\\&(?!#|[A-Za-z0-9]+;)/g, '&');
  return `${text.replace(/\r\n?/g, '\n').trimEnd()}\n`;
}
