// ef stats [--period P] [--format json] [--audience A]
import { Option } from '@commander-js/extra-typings';
import type { StatsOptions } from '../commands/stats.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineStats({ program, configure, io, state }: DefineContext): void {
  configure(program.command('stats'))
    .usage('[opties]')
    .description('toon de monitoringcijfers: sessies, deelnemers, casussen, SDG\'s en rollen, ook per maand')
    .option(
      '--period <periode>',
      'alleen deze periode: 2021, 2021-H1, 2021-Q1, 2021-03, 2021-01-01..2021-03-15 of een rapportage (rapportage-2 of 2); ' +
        'standaard het hele logboek, van de eerste tot de laatste sessie of activiteit',
    )
    .addOption(new Option('--format <vorm>', 'uitvoer: human (een tabel) of json (vaste volgorde van de sleutels, voor andere programma\'s)').choices(['human', 'json']))
    .option('--json', 'hetzelfde als --format json')
    .addOption(
      new Option('--audience <doelgroep>', 'intern (standaard) of publiek: welke namen in functies en eigen rollen mogen blijven staan, zoals bij ef report').choices([
        'intern',
        'publiek',
      ]),
    )
    .addHelpText(
      'after',
      `
Deelnemers worden per sessie geteld: wie twee keer meedoet, telt twee keer.
Een rol op de grens van twee paradigma's telt bij allebei; toehoorder en
verslaglegger zijn rollen in de sessie en tellen niet mee.
Een naam zonder toestemming in een functie of een eigen rol wordt
"(naam weggelaten)", net als in de rapportages.

Exitcodes:
  0  de cijfers staan hierboven
  1  het logboek heeft fouten (zie ef check); er is niets geteld
  2  verkeerd gebruik, bijvoorbeeld een periode die ef niet kent

Voorbeelden:
  $ ef stats                       het hele logboek
  $ ef stats --period 2021-Q1      het eerste kwartaal van 2021
  $ ef stats --period 2 --format json   de periode van de 2e rapportage, als JSON
`,
    )
    .action(async (_options, command) => {
      const { stats } = await import('../commands/stats.js');
      state.exitCode = await stats(optionsFor<StatsOptions>()(command.optsWithGlobals()), io);
    });
}
