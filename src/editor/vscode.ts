// The VS Code side: settings (schemas for ef.config.yaml, Markdown comfort), the
// recommended extensions, and tasks that run ef with its messages in the Problems panel.
import type { SchemaKind } from './json-schema.js';

export const RECOMMENDED_EXTENSIONS = [
  // Forms for the frontmatter: pick-lists, a date picker, Dutch labels (frontmatter.json).
  'eliostruyf.vscode-front-matter',
  // Completion and checks for ef.config.yaml from config.schema.json.
  'redhat.vscode-yaml',
  // Pull requests without leaving VS Code.
  'github.vscode-pull-request-github',
] as const;

export interface VscodeInput {
  /** Where the schema files are, relative to the workspace (`.vscode/ef-schemas`). */
  readonly schemaDir: string;
  /** The logbook folder relative to the workspace (`logbook`, or `` when it is the workspace). */
  readonly logbookPath: string;
}

/** The settings ef owns; they are merged into an existing settings.json. */
export function vscodeSettings(input: VscodeInput): Record<string, unknown> {
  const inLogbook = (path: string) => (input.logbookPath === '' ? path : `${input.logbookPath}/${path}`);
  const schema = (kind: SchemaKind) => `./${input.schemaDir}/${kind}.schema.json`;
  return {
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'files.insertFinalNewline': true,
    '[markdown]': { 'editor.wordWrap': 'on' },
    // The Red Hat YAML extension checks .yaml files, not the frontmatter inside Markdown:
    // that is what Front Matter CMS (frontmatter.json) and `ef check` are for.
    'yaml.schemas': { [schema('config')]: [inLogbook('ef.config.yaml')] },
    'yaml.validate': true,
    'yaml.completion': true,
    'frontMatter.content.fmHighlight': true,
  };
}

export function vscodeExtensions(): Record<string, unknown> {
  return { recommendations: [...RECOMMENDED_EXTENSIONS] };
}

interface Task {
  readonly label: string;
  readonly command: string;
  readonly detail: string;
  readonly problems: boolean;
  readonly group?: 'test' | 'build';
}

const TASKS: readonly Task[] = [
  { label: 'ef: logboek controleren', command: 'npx --no-install ef check --no-color', detail: 'Controleer alle bestanden; de meldingen komen bij Problemen.', problems: true, group: 'test' },
  { label: 'ef: alleen mijn wijzigingen controleren', command: 'npx --no-install ef check --changed --no-color', detail: 'Controleer wat je nog niet gecommit hebt.', problems: true },
  { label: 'ef: logboek repareren', command: 'npx --no-install ef fix', detail: 'Repareer wat maar één goed antwoord heeft (hoofdletters, datums, SDG\'s als tekst, fieldGroup-regels van het formulier) en toon elke wijziging.', problems: false },
  { label: 'ef: nieuwe sessie', command: 'npx --no-install ef new-session', detail: 'Maak een nieuwe sessie aan na een bijeenkomst; ef vraagt wat het nodig heeft.', problems: false },
  { label: 'ef: nieuwe casus', command: 'npx --no-install ef new-case', detail: 'Maak een nieuwe casus aan.', problems: false },
  { label: 'ef: editor bijwerken', command: 'npx --no-install ef editor', detail: 'Werk de keuzelijsten bij (bijvoorbeeld na een nieuwe casus).', problems: false },
];

/** `ef check` prints `  pad:regel:kolom  fout|waarschuwing|hint  melding  regel-id`. */
function problemMatchers(): unknown[] {
  const severities: Array<[string, string]> = [
    ['fout', 'error'],
    ['waarschuwing', 'warning'],
    ['hint', 'info'],
  ];
  return severities.map(([word, severity]) => ({
    owner: 'ef',
    source: 'ef',
    severity,
    fileLocation: ['relative', '${workspaceFolder}'],
    pattern: {
      regexp: `^\\s+(\\S.*):(\\d+):(\\d+)\\s+${word}\\s+(.*?)\\s+([a-z][a-z0-9-]*)$`,
      file: 1,
      line: 2,
      column: 3,
      message: 4,
      code: 5,
    },
  }));
}

export function vscodeTasks(): { version: string; tasks: unknown[] } {
  return {
    version: '2.0.0',
    tasks: TASKS.map((task) => ({
      label: task.label,
      detail: task.detail,
      type: 'shell',
      command: task.command,
      options: { cwd: '${workspaceFolder}' },
      problemMatcher: task.problems ? problemMatchers() : [],
      presentation: { reveal: 'always', panel: 'shared', focus: !task.problems },
      ...(task.group ? { group: task.group } : {}),
    })),
  };
}
