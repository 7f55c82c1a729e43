// ef schema [--out MAP]
import type { SchemaOptions } from '../commands/schema.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineSchema({ program, configure, io, state }: DefineContext): void {
  configure(program.command('schema'))
    .usage('[opties]')
    .description('maak JSON Schema\'s van elk soort bestand en van ef.config.yaml, voor editors')
    .option('--out <map>', 'schrijf <soort>.schema.json in deze map in plaats van alles als één JSON-object op de uitvoer')
    .addHelpText(
      'after',
      `
De schema's (JSON Schema draft 2020-12) komen uit dezelfde regels als ef check: er is
niets met de hand aan geschreven. Ze zijn er voor editors (aanvullen, keuzelijsten,
kronkels onder fouten); het laatste woord heeft ef check. Eigen rollen uit
ef.config.yaml staan in de keuzelijst van de sessie.

Soorten: casus, sessie, activiteit, portret, rapportage en config (ef.config.yaml).

Exitcodes:
  0  klaar
  2  verkeerd gebruik, of ef.config.yaml klopt niet (zie ef check)

Voorbeelden:
  $ ef schema                          alle schema's als één JSON-object
  $ ef schema --out .vscode/schemas    casus.schema.json, sessie.schema.json, …
  $ ef editor                          schema's én de instellingen voor VS Code
`,
    )
    .action(async (_options, command) => {
      const { schema } = await import('../commands/schema.js');
      state.exitCode = await schema(optionsFor<SchemaOptions>()(command.optsWithGlobals()), io);
    });
}
