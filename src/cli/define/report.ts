// ef report [--period P]
import { Option, type Command } from '@commander-js/extra-typings';
import type { ReportOptions } from '../commands/report.js';
import { optionsFor, type DefineContext } from './context.js';
import { MAX_VOLLEDIGE_SESSIES, SESSIE_WEERGAVEN } from '../../compile/sessie-weergave.js';

/** The options `ef report` and `ef logbook` share. */
export function addOutputOptions<Args extends unknown[], Opts extends Record<string, unknown>, Globals extends Record<string, unknown>>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .addOption(new Option('--format <vormen>', 'md, html en/of pdf, gescheiden door komma\'s (standaard: md)'))
    .option('-q, --quiet', 'geen voortgang tonen (in CI en buiten een terminal toont ef die nooit)')
    .addOption(new Option('--out <map>', 'de map voor de uitvoer (standaard: reports/ naast het logboek)'))
    .addOption(
      new Option('--audience <doelgroep>', 'intern (standaard): met namen die intern getoond mogen worden; publiek: alleen namen met toestemming voor publicatie').choices([
        'intern',
        'publiek',
      ] as const),
    );
}

export const OUTPUT_HELP = `
Uitvoer: <map>/<naam>.md (en .html, .pdf met --format), met de grafieken als SVG in
<map>/<naam>-beelden/. Elk bestand wordt in zijn geheel vervangen; grafieken die niet
meer bij het document horen, verdwijnen. Zonder --out is <map> de map reports/ naast
het logboek: in een repository met een map logbook/ is dat reports/ in de repository,
anders reports/ in de map van het logboek. Een --out-map geldt vanaf de huidige map.

Publiek (--audience publiek): namen zonder toestemming "publiek" en portretten zonder
die toestemming blijven weg, functies blijven staan; de bestandsnaam krijgt -publiek.
Een naam met toestemming "geen" staat in geen enkele uitvoer. Het team staat er altijd in.

Heeft het logboek fouten, dan schrijft ef niets en meldt de fouten zoals ef check.

Exitcodes:
  0  klaar; de geschreven bestanden staan op de uitvoer, één per regel
  1  het logboek heeft fouten (er is niets geschreven)
  2  verkeerd gebruik (bijvoorbeeld een onbekende periode)
`;

export function defineReport({ program, configure, io, state }: DefineContext): void {
  addOutputOptions(
    configure(program.command('report'))
      .usage('[opties]')
      .description('stel de rapportage van een periode op: inleiding, campagne, bijeenkomsten, portretten, monitoring en het logboek tot nu toe')
      .addOption(
        new Option(
          '--period <periode>',
          'de periode: 2021, 2021-H1, 2021-Q1, 2021-03, 2021-01-01..2021-03-15, of een rapportage (rapportage-2 of 2); standaard de laatste rapportage',
        ),
      )
      .addOption(
        new Option(
          '--sessions <weergave>',
          `volledig: elke bijeenkomst helemaal; beknopt: van elke bijeenkomst alleen de casus, het aantal deelnemers en de opbrengsten (standaard: volledig tot en met ${MAX_VOLLEDIGE_SESSIES} bijeenkomsten in de periode, daarboven beknopt)`,
        ).choices(SESSIE_WEERGAVEN),
      ),
  )
    .addHelpText(
      'after',
      `
De bestandsnaam is die van de rapportage (rapportage-2.md) als de periode precies die
van een rapportage is, anders rapportage-<periode>.md (rapportage-2021-q3.md).

Bijeenkomsten: tot en met ${MAX_VOLLEDIGE_SESSIES} in de periode staat elke bijeenkomst er helemaal in.
Zijn het er meer, dan staan ze er beknopt in: van elke bijeenkomst de casus, het aantal
deelnemers en de opbrengsten; het hele verslag staat in het logboek. Met --sessions
volledig of --sessions beknopt kies je zelf.
${OUTPUT_HELP}
Voorbeelden:
  $ ef report                                  de laatste rapportage, naar reports/
  $ ef report --period rapportage-2            dezelfde als --period 2 of --period 2021-Q1
  $ ef report --period 2021-Q3 --format md,pdf
  $ ef report --period 2 --audience publiek --out publicatie
  $ ef report --period 2015 --sessions volledig  elke bijeenkomst helemaal, hoeveel ook
`,
    )
    .action(async (_options, command) => {
      const { report } = await import('../commands/report.js');
      state.exitCode = await report(optionsFor<ReportOptions>()(command.optsWithGlobals()), io);
    });
}
