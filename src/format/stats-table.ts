// `ef stats` in the terminal: the monitoring figures as plain, aligned Dutch tables.
// No colours: the output is read in a terminal and pasted into mails and issues.
import type { Monitoring } from '../compile/monitoring.js';
import { formatBereik, formatGetal } from '../core/dutch.js';
import { escapeControls } from '../core/escape.js';

type Row = readonly string[];

export function formatStatsTable(monitoring: Monitoring): string {
  const { periode, sessies, deelnemers, casussen, rollen, activiteiten } = monitoring;
  const open = periode.van === '0000-01-01';
  const range = formatBereik(periode.van, periode.tot);
  const title = escapeControls(`Monitoring: ${periode.label}${open || periode.label.includes(range) ? '' : ` (${range})`}`);
  const blocks: string[] = [`${title}\n${'='.repeat(Math.min(title.length, 78))}`];

  blocks.push(
    section('Sessies', ['soort', 'aantal'], [
      ...sessies.perSoort.map((soort) => [soort.label, n(soort.aantal)]),
      ['zonder casus', n(sessies.zonderCasus)],
      ['totaal', n(sessies.totaal)],
    ]),
  );

  blocks.push(
    section('Deelnemers (per sessie geteld)', ['', 'aantal'], [
      ['uit de eigen organisatie', n(deelnemers.intern)],
      ['van buiten de organisatie', n(deelnemers.extern)],
      ...(deelnemers.onbekend > 0 ? [['onbekend (geen intern in het bestand)', n(deelnemers.onbekend)]] : []),
      ['totaal', n(deelnemers.totaal)],
      ['verschillende functies', n(deelnemers.uniekeFuncties)],
    ]),
  );
  if (deelnemers.functies.length > 0) {
    blocks.push(
      section('Functies', ['functie', 'keer', 'intern', 'extern'], deelnemers.functies.map((f) => [f.functie, n(f.aantal), n(f.intern), n(f.extern)])),
    );
  }

  blocks.push(
    section('Casussen', ['status', 'in periode', 'alle'], [
      ...casussen.alle.perStatus.map((status, index) => [
        status.label,
        n(casussen.inPeriode.perStatus[index]!.aantal),
        n(status.aantal),
      ]),
      ['totaal', n(casussen.inPeriode.totaal), n(casussen.alle.totaal)],
    ]),
  );

  const touched = monitoring.sdgs.filter((goal) => goal.sessies > 0);
  blocks.push(
    touched.length === 0
      ? "Global Goals (SDG's)\n  geen sessie is aan een SDG gekoppeld"
      : section(
          `Global Goals (SDG's): ${formatGetal(touched.length)} van de 17`,
          ['SDG', 'naam', 'sessies'],
          touched.map((goal) => [String(goal.nummer), goal.naam, n(goal.sessies)]),
          2,
        ),
  );

  const stad = rollen.perGericht.find((g) => g.id === 'stad')?.aantal ?? 0;
  const intern = rollen.perGericht.find((g) => g.id === 'intern')?.aantal ?? 0;
  blocks.push(
    section(
      'Rollen per paradigma (een rol op de grens telt bij beide)',
      ['paradigma', 'stadsgericht', 'intern gericht', 'totaal'],
      [
        ...rollen.perParadigma.map((p) => [p.label, n(p.stad), n(p.intern), n(p.aantal)]),
        ['alle rollen', n(stad), n(intern), n(rollen.totaal)],
      ],
    ),
  );
  const used = rollen.perRol.filter((rol) => rol.aantal > 0);
  if (used.length > 0) blocks.push(section('Rollen', ['rol', 'aantal'], used.map((rol) => [rol.label, n(rol.aantal)])));

  if (monitoring.perMaand.length > 0) {
    blocks.push(
      section(
        'Per maand',
        ['maand', 'sessies', 'deelnemers', 'rollen', 'stad', 'intern', 'rechtm.', 'prest.', 'samenw.', 'resp.'],
        monitoring.perMaand.map((maand) => [
          maand.maand,
          n(maand.sessies),
          n(maand.deelnemers),
          n(maand.rollen),
          ...maand.perGericht.map((g) => n(g.aantal)),
          ...maand.perParadigma.map((p) => n(p.aantal)),
        ]),
      ),
    );
  }

  blocks.push(
    section('Activiteiten', ['soort', 'aantal'], [
      ...activiteiten.perSoort.map((soort) => [soort.label, n(soort.aantal)]),
      ['totaal', n(activiteiten.totaal)],
    ]),
  );
  return `${blocks.join('\n\n')}\n`;
}

function n(value: number): string {
  return formatGetal(value);
}

/** A titled table: the first `textColumns` columns left-aligned, the numbers right-aligned. */
function section(title: string, header: Row, rows: readonly Row[], textColumns = 1): string {
  // Text from the logbook must not steer the terminal: no control characters, one line.
  const all = [header, ...rows].map((row) => row.map((cell) => escapeControls(cell)));
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ''))));
  const format = (row: Row) =>
    `  ${row
      .map((cell, column) => (column < textColumns ? pad(cell, widths[column]!, 'end') : pad(cell, widths[column]!, 'start')))
      .join('  ')
      .trimEnd()}`;
  const rule = `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`;
  return [title, ...all.slice(0, 1).map(format), rule, ...all.slice(1).map(format)].join('\n');
}

/** Width in terminal columns: code points, with combining accents taking none. */
function width(value: string): number {
  return [...value.normalize('NFC')].filter((char) => !/\p{M}/u.test(char)).length;
}

function pad(value: string, size: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, size - width(value)));
  return side === 'start' ? fill + value : value + fill;
}
