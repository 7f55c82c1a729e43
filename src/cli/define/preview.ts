// ef preview [--port N] [--no-open]
import type { PreviewOptions } from '../commands/preview.js';
import { optionsFor, type DefineContext } from './context.js';

export function definePreview({ program, configure, io, state }: DefineContext): void {
  configure(program.command('preview'))
    .usage('[opties]')
    .description('bekijk de rapportages, het logboek en de projectkaart in je browser terwijl je schrijft')
    .option('--port <poort>', 'de poort op 127.0.0.1 (standaard: 4747; 0 kiest een vrije poort)')
    .option('--no-open', 'open de browser niet vanzelf')
    .addHelpText(
      'after',
      `
ef preview start een kleine webserver op je eigen computer (alleen 127.0.0.1, niet
bereikbaar voor anderen) en zet het adres als eerste regel op het scherm. De eerste
pagina noemt elke rapportage, het Logboek, de projectkaart en de monitoringcijfers,
met de uitkomst van ef check. Elk document ziet eruit zoals ef report --format html
het maakt, intern of publiek (te kiezen in de pagina).

Sla je een bestand van het logboek op, dan werken de open pagina's zichzelf bij.
Heeft het logboek fouten, dan staan die boven het document, elk met een link die het
bestand op de goede regel in VS Code opent; daaronder blijft de laatste versie zonder
fouten staan. ef preview schrijft niets weg.

Exitcodes:
  130  gestopt met Ctrl-C
  2    verkeerd gebruik, bijvoorbeeld een poort die al bezet is

Voorbeelden:
  $ ef preview                   start op http://127.0.0.1:4747/ en opent de browser
  $ ef preview --port 5000 --no-open
`,
    )
    .action(async (_options, command) => {
      const { preview } = await import('../commands/preview.js');
      state.exitCode = await preview(optionsFor<PreviewOptions>()(command.optsWithGlobals()), io);
    });
}
