// ef editor [--out MAP]
import type { EditorOptions } from '../commands/editor.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineEditor({ program, configure, io, state }: DefineContext): void {
  configure(program.command('editor'))
    .usage('[opties]')
    .description('zet VS Code klaar voor het logboek: formulieren en keuzelijsten (Front Matter CMS), schema\'s, taken en aanbevolen extensies')
    .option('--out <map>', 'de map die je in VS Code opent (standaard: de Git-repository van het logboek, anders de map van het logboek)')
    .addHelpText(
      'after',
      `
Wat er komt (in de map die je in VS Code opent):
  frontmatter.json             formulieren voor elk soort bestand (Front Matter CMS)
  .vscode/settings.json        instellingen; bestaande instellingen blijven staan
  .vscode/extensions.json      aanbevolen extensies (VS Code vraagt of je ze wilt)
  .vscode/tasks.json           taken: controleren, nieuwe sessie, nieuwe casus
  .vscode/ef-schemas/          JSON Schema's (zoals ef schema ze maakt)
  .githooks/pre-commit         controle vóór elke commit (alleen als hij er nog niet is)

Alles komt uit dezelfde regels als ef check. Draai ef editor opnieuw na een nieuwe
casus of een nieuw teamlid: dan staan die ook in de keuzelijsten. Een settings.json
met commentaar laat ef staan; ef zegt dan wat je zelf moet toevoegen.

Voorbeelden:
  $ ef editor
  $ ef editor --out ..
`,
    )
    .action(async (_options, command) => {
      const { editor } = await import('../commands/editor.js');
      state.exitCode = await editor(optionsFor<EditorOptions>()(command.optsWithGlobals()), io);
    });
}
