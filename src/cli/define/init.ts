// ef init [map]
import type { InitCommandOptions } from '../commands/init.js';
import { optionsFor, type DefineContext } from './context.js';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function defineInit({ program, configure, io, state }: DefineContext): void {
  configure(program.command('init'))
    .usage('[map] [opties]')
    .description('begin een nieuw logboek: ef.config.yaml, de mappen, een README, .gitignore en een GitHub-workflow')
    .argument('[map]', 'waar het logboek komt (standaard: de huidige map); een nieuwe map wordt aangemaakt')
    .option('--organisatie <naam>', 'de organisatie, bijvoorbeeld "Gemeente Altena"')
    .option('--leerroute <naam>', 'de naam van de leerroute, bijvoorbeeld "Excellent Faciliteren"')
    .option('--team <naam>', 'iemand uit het team dat de sessies begeleidt (herhaal per persoon)', collect)
    .option('--titel <tekst>', 'de titel van het logboek (standaard: "Logboek <leerroute>")')
    .option('--ef-bron <bron>', 'waar npm ef vandaan haalt in package.json: een versie, een Git-adres of een tarball (standaard: deze versie uit het npm-register)')
    .option('--workflow <soort>', 'de GitHub-workflow: npm (installeert ef uit package.json, standaard) of actie (de GitHub Action van ef)')
    .option('--sjablonen', 'zet ook een kopie van de standaardsjablonen in templates/, om zelf aan te passen')
    .option('--force', 'ook in een map die niet leeg is: vult alleen aan wat ontbreekt, overschrijft nooit een bestand')
    .option('--no-input', 'stel geen vragen, ook niet op een terminal')
    .addHelpText(
      'after',
      `
ef init begint alleen in een lege (of nieuwe) map; een map met alleen .git telt als
leeg. Met --force mag de map al bestanden bevatten: ef zet dan alleen neer wat nog
ontbreekt en laat elk bestaand bestand, ook ef.config.yaml, precies zoals het is.

Op een terminal vraagt ef naar wat ontbreekt. Zonder terminal (of met --no-input)
zijn --organisatie, --leerroute en ten minste één --team verplicht.

Wat er komt: ef.config.yaml, de mappen casussen/ sessies/ activiteiten/ portretten/
rapportages/, README.md (uitleg voor wie het logboek bijhoudt), .gitignore,
package.json (installeert @excellent-faciliteren/ef, deze versie), .editorconfig,
alles voor VS Code en .github/workflows/ef.yml (ef check bij elke pull request; op
main de openbare rapportages op GitHub Pages en alle PDF's als download).

Daarna: npm install, en dan npx --no-install ef new-case, new-session en check.

Exitcodes:
  0    het logboek is gemaakt
  1    de map is niet leeg (zonder --force)
  2    een optie ontbreekt of klopt niet
  130  afgebroken met Ctrl-C

Voorbeelden:
  $ ef init altena
  $ ef init altena --organisatie "Gemeente Altena" --leerroute "Excellent Faciliteren" \\
      --team "Anna de Vries" --team "Bram Jansen"
  $ ef init altena --ef-bron ../excellent-faciliteren-ef-1.0.0.tgz
  $ ef init altena --workflow actie
  $ ef init . --force              vul een bestaand logboek aan met wat ontbreekt
`,
    )
    .action(async (dir, options) => {
      const { init } = await import('../commands/init.js');
      state.exitCode = await init(dir, optionsFor<InitCommandOptions>()(options), io);
    });
}
