// ef init [map]: a fresh logbook with config, folders, README, .gitignore and CI workflow.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { efSource, occupants, planInit, writeInit } from '../../scaffold/init.js';
import { WORKFLOW_KINDS, type WorkflowKind } from '../../scaffold/init-workflow.js';
import { askInit, DEFAULT_LEERROUTE, type InitDraft } from '../../scaffold/init-prompt.js';
import { PromptCancelled } from '../../scaffold/prompt.js';
import { displayPath } from '../../core/paths.js';
import { interactiveStreams, reportCancelled } from '../../scaffold/terminal.js';
import type { Io } from '../../core/io.js';
import { opsomming } from '../../core/dutch.js';

export interface InitCommandOptions {
  readonly organisatie?: string;
  readonly leerroute?: string;
  readonly team?: string[];
  readonly titel?: string;
  readonly efBron?: string;
  readonly workflow?: string;
  readonly sjablonen?: boolean;
  readonly force?: boolean;
  readonly input?: boolean;
}

export async function init(dirArgument: string | undefined, options: InitCommandOptions, io: Io): Promise<number> {
  const dir = resolve(io.cwd, dirArgument ?? '.');
  const shownDir = displayPath(dir, io.cwd);
  if (await isFile(dir)) throw new UsageError(`${shownDir} is een bestand, geen map. Geef een (nieuwe of lege) map op.`);

  const present = await occupants(dir);
  if (present.length > 0 && options.force !== true) {
    const sample = present.sort().slice(0, 3).join(', ') + (present.length > 3 ? ', …' : '');
    io.stderr.write(
      `ef: ${shownDir === '.' ? 'deze map' : `de map ${shownDir}`} is niet leeg (er staat al: ${sample}); er is niets aangemaakt.\n` +
        'Kies een lege of nieuwe map, of gebruik --force: dan vult ef alleen aan wat ontbreekt en overschrijft het niets.\n',
    );
    return 1;
  }

  const { draft, problems } = readFlags(options);
  if (problems.length > 0) throw new UsageError(problems.join(' '));
  // Before any question: a wrong --ef-bron should not cost the user their answers.
  const ef = await efSource(options.efBron, io.cwd, dir);

  let answers = draft;
  const streams = interactiveStreams(options, io);
  if (streams) {
    try {
      answers = await askInit(draft, streams);
    } catch (error) {
      if (error instanceof PromptCancelled) return reportCancelled(io);
      throw error;
    }
  } else {
    const missing = [
      ...(answers.organisatie === undefined ? ['--organisatie'] : []),
      ...(answers.leerroute === undefined ? ['--leerroute'] : []),
      ...(answers.team?.length ? [] : ['--team']),
    ];
    if (missing.length > 0) {
      const list = opsomming(missing);
      throw new UsageError(`Voor een nieuw logboek ${missing.length === 1 ? 'ontbreekt de optie' : 'ontbreken de opties'} ${list}. Er is niets aangemaakt.`, {
        hint: `Bijvoorbeeld: ef init altena --organisatie "Gemeente Altena" --leerroute "${DEFAULT_LEERROUTE}" --team "Naam Een" --team "Naam Twee"`,
      });
    }
  }

  const leerroute = answers.leerroute!;
  const files = await planInit(
    { organisatie: answers.organisatie!, leerroute, titel: options.titel?.trim() || `Logboek ${leerroute}`, team: answers.team! },
    { ef, workflow: workflowKind(options.workflow), templates: options.sjablonen === true },
  );
  const result = await writeInit(dir, files);

  const where = shownDir === '.' ? 'deze map' : shownDir;
  io.stdout.write(`Nieuw logboek in ${where}:\n${result.created.map((path) => `  ${path}\n`).join('')}`);
  if (result.kept.length > 0) {
    io.stdout.write(`\nBestond al en is niet aangeraakt:\n${result.kept.map((path) => `  ${path}\n`).join('')}`);
  }
  const cd = shownDir === '.' ? '' : `cd ${shownDir.includes(' ') ? `"${shownDir}"` : shownDir} && `;
  const steps: Array<[string, string]> = [
    [`${cd}npm install`, 'installeert ef; zet package-lock.json ook in git'],
    ['npx --no-install ef new-case', 'de eerste casus'],
    ['npx --no-install ef new-session', 'na elke bijeenkomst'],
    ['npx --no-install ef check', 'controleert het hele logboek'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  io.stdout.write(
    `\nZo ga je verder:\n${steps.map(([command, why], index) => `  ${index + 1}. ${command.padEnd(width)}  ${why}\n`).join('')}` +
      'Meer uitleg staat in README.md.\n',
  );
  if (ef.fromRegistry) {
    io.stdout.write(
      `\npackage.json haalt ${ef.name} ${ef.spec} uit het npm-register. Halen jullie ef ergens anders vandaan\n` +
        '(een Git-adres of een tarball)? Geef dat dan op met --ef-bron, of zet het zelf in package.json.\n',
    );
  }
  return 0;
}

function readFlags(options: InitCommandOptions): { draft: InitDraft; problems: string[] } {
  const draft: InitDraft = {};
  const problems: string[] = [];
  if (options.organisatie !== undefined) {
    if (options.organisatie.trim() === '') problems.push('--organisatie is leeg.');
    else draft.organisatie = options.organisatie.trim();
  }
  if (options.leerroute !== undefined) {
    if (options.leerroute.trim() === '') problems.push('--leerroute is leeg.');
    else draft.leerroute = options.leerroute.trim();
  }
  if (options.team !== undefined) {
    const team: string[] = [];
    for (const naam of options.team.map((text) => text.trim())) {
      if (naam === '') problems.push('Een --team is leeg.');
      else if (team.includes(naam)) problems.push(`${naam} staat twee keer bij --team.`);
      else team.push(naam);
    }
    draft.team = team;
  }
  if (options.efBron !== undefined && options.efBron.trim() === '') problems.push('--ef-bron is leeg.');
  if (options.workflow !== undefined && !WORKFLOW_KINDS.includes(options.workflow as WorkflowKind)) {
    problems.push(`--workflow ${options.workflow} bestaat niet; kies npm of actie.`);
  }
  return { draft, problems };
}

function workflowKind(value: string | undefined): WorkflowKind {
  return value === 'actie' ? 'actie' : 'npm';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
