// The report's "Monitoring" section as mdast: short Dutch prose with the key numbers,
// GFM tables, and the charts as images (files in the document's asset folder).
import type { Heading, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { aantal, formatGetal, getalWoord, MAANDEN, opsomming } from '../core/dutch.js';
import type { Chart } from './charts/index.js';
import type { ActiviteitSoortId, Monitoring, SessieSoortId } from './monitoring.js';

const SESSIE_WOORDEN: Readonly<Record<SessieSoortId, readonly [string, string]>> = {
  interactief: ['interactieve bijeenkomst', 'interactieve bijeenkomsten'],
  evaluatie: ['evaluatiebijeenkomst', 'evaluatiebijeenkomsten'],
  intervisie: ['intervisiebijeenkomst', 'intervisiebijeenkomsten'],
  coaching: ['coachingsessie', 'coachingsessies'],
  anders: ['andere bijeenkomst', 'andere bijeenkomsten'],
};

const ACTIVITEIT_WOORDEN: Readonly<Record<ActiviteitSoortId, readonly [string, string]>> = {
  presentatie: ['presentatie', 'presentaties'],
  publicatie: ['publicatie', 'publicaties'],
  video: ['video', "video's"],
  artikel: ['artikel', 'artikelen'],
  anders: ['andere activiteit', 'andere activiteiten'],
};

export function monitoringSection(
  monitoring: Monitoring,
  charts: { sdg?: Chart | undefined; timeline?: Chart | undefined },
  assetDir: string,
): RootContent[] {
  const { sessies, deelnemers, casussen, rollen, activiteiten } = monitoring;
  const nodes: RootContent[] = [heading(2, 'Monitoring')];

  // Sessions and cases. A subsection without anything to count is left out.
  const inPeriode = periodPhrase(monitoring.periode.label);
  if (sessies.totaal > 0) {
    nodes.push(heading(3, 'Sessies'));
    const kinds = sessies.perSoort.filter((soort) => soort.aantal > 0);
    const kindText =
      sessies.totaal === 1
        ? `een ${SESSIE_WOORDEN[kinds[0]!.id][0]}`
        : opsomming(kinds.map((soort) => aantal(soort.aantal, ...SESSIE_WOORDEN[soort.id])));
    // With one session the case table below says it all; with more, say how they spread.
    const caseText =
      sessies.totaal === 1
        ? ''
        : ` De sessies gingen over ${aantal(casussen.inPeriode.totaal, 'casus', 'casussen')}` +
          (sessies.zonderCasus > 0 ? `; ${aantal(sessies.zonderCasus, 'sessie had', 'sessies hadden')} geen casus.` : '.');
    nodes.push(
      paragraph(
        `${inPeriode} ${sessies.totaal === 1 ? 'was' : 'waren'} er ${aantal(sessies.totaal, 'sessie', 'sessies')}: ${kindText}.${caseText}`,
      ),
      table(
        ['Soort sessie', 'Aantal'],
        [...kinds.map((soort) => [soort.label, formatGetal(soort.aantal)]), [strong('Totaal'), strong(formatGetal(sessies.totaal))]],
      ),
    );
  }

  // Participants.
  if (deelnemers.totaal > 0) {
    nodes.push(heading(3, 'Deelnemers'));
    const waar = herkomstZin(deelnemers);
    nodes.push(
      paragraph(
        `Aan ${sessies.totaal === 1 ? 'de sessie' : 'de sessies'} ${deelnemers.totaal === 1 ? 'nam' : 'namen'} ` +
          `${aantal(deelnemers.totaal, 'deelnemer', 'deelnemers')} deel, ${waar}, ` +
          `in ${aantal(deelnemers.uniekeFuncties, 'functie', 'verschillende functies')}. ` +
          (sessies.totaal > 1 ? 'Wie aan meer sessies meedeed, telt bij elke sessie mee.' : ''),
      ),
      table(
        ['Deelnemers', 'Aantal'],
        [
          ['Uit de eigen organisatie', formatGetal(deelnemers.intern)],
          ['Van buiten de organisatie', formatGetal(deelnemers.extern)],
          ...(deelnemers.onbekend > 0 ? [['Onbekend', formatGetal(deelnemers.onbekend)]] : []),
          [strong('Totaal'), strong(formatGetal(deelnemers.totaal))],
        ],
      ),
    );
  }

  // Cases: only when the period discussed any.
  if (casussen.inPeriode.totaal > 0) {
    nodes.push(heading(3, 'Casussen'), paragraph(caseSentence(casussen.inPeriode.totaal, casussen.alle.totaal)));
    nodes.push(
      table(
        ['Status', 'In deze periode', 'Alle casussen'],
        [
          ...casussen.alle.perStatus.map((status, index) => [
            status.label,
            formatGetal(casussen.inPeriode.perStatus[index]!.aantal),
            formatGetal(status.aantal),
          ]),
          [strong('Totaal'), strong(formatGetal(casussen.inPeriode.totaal)), strong(formatGetal(casussen.alle.totaal))],
        ],
      ),
    );
  }

  // SDGs: an empty chart of 17 bars says nothing, so only goals that were touched.
  const touched = monitoring.sdgs.filter((goal) => goal.sessies > 0);
  if (touched.length > 0) {
    nodes.push(
      heading(3, "Global Goals (SDG's)"),
      paragraph(
        `${sessies.totaal === 1 ? 'De sessie raakte' : 'De sessies raakten'} aan ${getalWoord(touched.length)} van de 17 Global Goals (SDG's): ` +
          `${opsomming(touched.map((goal) => `SDG ${goal.nummer} (${goal.naam})`))}.`,
      ),
    );
    if (charts.sdg) nodes.push(image(charts.sdg, assetDir));
  }

  // Roles.
  if (rollen.totaal > 0) {
    nodes.push(heading(3, 'Rollen'));
    const stad = rollen.perGericht.find((g) => g.id === 'stad')?.aantal ?? 0;
    const intern = rollen.perGericht.find((g) => g.id === 'intern')?.aantal ?? 0;
    const most = Math.max(...rollen.perParadigma.map((p) => p.aantal));
    const leading = rollen.perParadigma.filter((p) => p.aantal === most).map((p) => `de ${p.label.toLowerCase()}`);
    const onBorder = rollen.perParadigma.reduce((sum, p) => sum + p.aantal, 0) > rollen.totaal;
    nodes.push(
      paragraph(
        `In de werkvorm rollen en talenten ${rollen.totaal === 1 ? 'kwam' : 'kwamen'} ${aantal(rollen.totaal, 'rol', 'rollen')} aan bod: ` +
          `${getalWoord(stad)} stadsgericht en ${getalWoord(intern)} intern gericht. ` +
          meesteRollen(rollen.totaal, most, leading) +
          (onBorder ? " Een rol op de grens van twee paradigma's telt in de tabel bij allebei." : ''),
      ),
      table(
        ['Paradigma', 'Stadsgericht', 'Intern gericht', 'Totaal'],
        [
          ...rollen.perParadigma.map((p) => [p.label, formatGetal(p.stad), formatGetal(p.intern), formatGetal(p.aantal)]),
          [strong('Alle rollen'), strong(formatGetal(stad)), strong(formatGetal(intern)), strong(formatGetal(rollen.totaal))],
        ],
      ),
    );
  }

  // Over time.
  if (charts.timeline) {
    nodes.push(
      heading(3, 'Door de tijd'),
      image(charts.timeline, assetDir),
      table(
        ['Maand', 'Sessies', 'Deelnemers', 'Rollen', 'Stadsgericht', 'Intern gericht'],
        monitoring.perMaand.map((maand) => [
          maandKort(maand.maand),
          formatGetal(maand.sessies),
          formatGetal(maand.deelnemers),
          formatGetal(maand.rollen),
          formatGetal(maand.perGericht.find((g) => g.id === 'stad')?.aantal ?? 0),
          formatGetal(maand.perGericht.find((g) => g.id === 'intern')?.aantal ?? 0),
        ]),
      ),
    );
  }

  // Activities.
  if (activiteiten.totaal > 0) {
    const kinds = activiteiten.perSoort.filter((soort) => soort.aantal > 0);
    nodes.push(
      heading(3, 'Activiteiten'),
      paragraph(
        `${sessies.totaal > 0 ? 'Naast de sessies ' : `${inPeriode} `}${activiteiten.totaal === 1 ? 'was er' : 'waren er'} ${aantal(activiteiten.totaal, 'activiteit', 'activiteiten')}: ` +
          `${opsomming(kinds.map((soort) => aantal(soort.aantal, ...ACTIVITEIT_WOORDEN[soort.id])))}.`,
      ),
    );
  }

  return nodes;
}

/** Where the participants came from, with the unknown ones counted apart (never guessed). */
function herkomstZin(deelnemers: Monitoring['deelnemers']): string {
  const { totaal, intern, extern, onbekend } = deelnemers;
  if (totaal === 1) return intern === 1 ? 'uit de eigen organisatie' : extern === 1 ? 'van buiten de organisatie' : 'van wie niet is vastgelegd of die van de eigen organisatie is';
  const parts: string[] = [];
  if (intern === totaal) return 'allemaal uit de eigen organisatie';
  if (extern === totaal) return 'allemaal van buiten de organisatie';
  if (onbekend === totaal) return 'van wie niet is vastgelegd of ze van de eigen organisatie zijn';
  if (intern > 0) parts.push(`${getalWoord(intern)} uit de eigen organisatie`);
  if (extern > 0) parts.push(`${getalWoord(extern)} van buiten`);
  if (onbekend > 0) parts.push(`${getalWoord(onbekend)} van wie dat niet is vastgelegd`);
  return opsomming(parts);
}

/** `De meeste rollen (negen) hoorden bij …`, with the verb agreeing with one role. */
function meesteRollen(totaal: number, most: number, leading: readonly string[]): string {
  if (totaal === 1) return `De rol hoorde bij ${leading[0]}.`;
  if (leading.length === 1) return most === 1 ? `Eén rol hoorde bij ${leading[0]}.` : `De meeste rollen (${getalWoord(most)}) hoorden bij ${leading[0]}.`;
  if (most === 1) return `${opsomming(leading).replace(/^d/, 'D')} kregen elk één rol.`;
  return `De meeste rollen hoorden bij ${opsomming(leading)} (elk ${getalWoord(most)}).`;
}

function caseSentence(inPeriode: number, alle: number): string {
  if (alle === 0) return 'Het logboek telt nog geen casussen.';
  const telt = `Het logboek telt ${aantal(alle, 'casus', 'casussen')}`;
  if (alle === 1) return `${telt}; die kwam in deze periode ${inPeriode === 1 ? '' : 'niet '}aan bod.`;
  if (inPeriode === alle) return `${telt}; ze kwamen alle ${getalWoord(alle)} in deze periode aan bod.`;
  if (inPeriode === 0) return `${telt}; geen daarvan kwam in deze periode aan bod.`;
  return `${telt}; ${getalWoord(inPeriode)} daarvan ${inPeriode === 1 ? 'kwam' : 'kwamen'} in deze periode aan bod.`;
}

/** The opening words of a sentence about the period: `In het eerste kwartaal 2021`, `In maart 2021`, … */
export function periodPhrase(label: string): string {
  const part = /^((?:eerste|tweede|derde|vierde) (?:kwartaal|halfjaar)) (\d{4})$/.exec(label);
  if (part) return `In het ${part[1]} van ${part[2]}`;
  if (/^\d/.test(label) && label.includes(' t/m ')) return `Van ${label}`;
  if (/^\d{1,2} \p{L}+ \d{4}$/u.test(label)) return `Op ${label}`;
  if (/^\d{4}$/.test(label) || MAANDEN.some((maand) => label.startsWith(`${maand} `)) || label.startsWith('het ')) return `In ${label}`;
  return `In de periode ${label}`;
}

function maandKort(maand: string): string {
  return `${MAANDEN[Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;
}

function heading(depth: 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: value.trim() }] };
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [{ type: 'text', value }] };
}

function image(chart: Chart, assetDir: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'image', url: `${assetDir}/${chart.name}`, alt: chart.alt, title: chart.titel }] };
}

type Cell = string | PhrasingContent;

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  const cell = (value: Cell): TableCell => ({
    type: 'tableCell',
    children: [typeof value === 'string' ? { type: 'text', value } : value],
  });
  const row = (cells: readonly Cell[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  return {
    type: 'table',
    align: header.map((_, index) => (index === 0 ? 'left' : 'right')),
    children: [row(header), ...rows.map(row)],
  };
}
