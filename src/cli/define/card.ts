// ef card [--format md,html] [--out MAP]
import { Option } from '@commander-js/extra-typings';
import type { CardOptions } from '../commands/card.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineCard({ program, configure, io, state }: DefineContext): void {
  configure(program.command('card'))
    .usage('[opties]')
    .description('maak de projectkaart voor A&O fonds Gemeenten: de gegevens uit ef.config.yaml en de cijfers van het logboek')
    .addOption(new Option('--format <vormen>', 'md, html en/of pdf, gescheiden door komma\'s (standaard: md)'))
    .addOption(new Option('--out <map>', 'de map voor de uitvoer (standaard: reports/ naast het logboek)'))
    .addHelpText(
      'after',
      `
De kaart volgt de projectkaarten van A&O fonds Gemeenten: "<Gemeente>: <project>",
Gemeente, Project, Contactpersoon, Contactgegevens, Domein of Beleidsthema, Looptijd en
"Het project in het kort", met daaronder de cijfers uit het logboek (bijeenkomsten,
casussen, deelnemers en Global Goals). De gegevens staan onder project: in
ef.config.yaml.

De kaart is openbaar. De naam van de contactpersoon staat er alleen op met
toestemming: publiek; anders staat er het team. Zet bij contact een functioneel adres
(een teammailbox), geen persoonlijk e-mailadres of mobiel nummer.

Uitvoer: <map>/projectkaart.md (en .html, .pdf met --format); zonder --out is <map>
de map reports/ naast het logboek.

Exitcodes:
  0  klaar; de geschreven bestanden staan op de uitvoer, één per regel
  1  het logboek heeft fouten (er is niets geschreven)
  2  verkeerd gebruik, of ef.config.yaml heeft geen project:

Voorbeelden:
  $ ef card
  $ ef card --format md,html --out publicatie
`,
    )
    .action(async (_options, command) => {
      const { card } = await import('../commands/card.js');
      state.exitCode = await card(optionsFor<CardOptions>()(command.optsWithGlobals()), io);
    });
}
