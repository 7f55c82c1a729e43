// ef editor: write the editor support (Front Matter CMS, VS Code, schemas, hook).
import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfigOrReport } from '../../editor/config.js';
import { defaultWorkspace, logbookPathFrom, planEditor, readIfFile } from '../../editor/generate.js';
import { writeGenerated } from '../../editor/write.js';
import { discoverFiles } from '../../load/discover.js';
import type { Io } from '../../core/io.js';

export interface EditorOptions {
  readonly root?: string;
  readonly out?: string;
}

export async function editor(options: EditorOptions, io: Io): Promise<number> {
  const loaded = await loadConfigOrReport(options.root, io);
  if (!loaded.ok) return loaded.exitCode;
  const workspace = options.out !== undefined ? resolve(io.cwd, options.out) : defaultWorkspace(loaded.root);
  const casussen = (await discoverFiles(loaded.root)).filter((entry) => entry.kind === 'casus').map((entry) => entry.id);
  const plan = planEditor({
    config: loaded.config,
    logbookPath: logbookPathFrom(workspace, loaded.root),
    casussen,
    existing: (path) => readIfFile(join(workspace, path)),
  });
  const files = plan.files.filter((file) => !(file.onlyIfMissing === true && readIfFile(join(workspace, file.path)) !== undefined));
  const written = await writeGenerated(workspace, files, io.cwd);
  for (const file of files) if (file.executable) await chmod(join(workspace, file.path), 0o755);
  for (const path of written) io.stdout.write(`${path}\n`);
  for (const skip of plan.skipped) {
    io.stderr.write(`Let op: ${skip.path} is niet bijgewerkt, want ${skip.reason}. Voeg de instellingen van ef zelf toe (zie ef editor --help), of haal het bestand weg en draai ef editor opnieuw.\n`);
  }
  return 0;
}
