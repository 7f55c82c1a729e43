// Messages that point the right way: each one says what is wrong in the words of the
// person who wrote it, and what to write instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture } from '../helpers/ef.js';

interface JsonMessage {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
  fix?: string;
}

const SESSIE = (frontmatter: string) => `---\n${frontmatter}\n---\n\n## Opbrengsten\n\n- Een opbrengst.\n`;
const BASIS = [
  'titel: Moestuin in de wijk',
  'datum: 2021-03-04',
  'soort: interactief',
  'casus: buurtmoestuin',
  'begeleiding: [Anna de Vries]',
];
const DEELNEMER = ['deelnemers:', '  - functie: wijkregisseur'];

/** Checks a copy of the minimal logbook with extra files; the messages of all files. */
async function check(files: Record<string, string>): Promise<{ stdout: string; messages: JsonMessage[] }> {
  const root = copyToTemp(fixture('valid-minimal'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const json = await efInProcess(['check', '--format', 'json', '--no-cache'], { cwd: root });
  const human = await efInProcess(['check', '--no-cache'], { cwd: root });
  return { stdout: human.stdout, messages: (JSON.parse(json.stdout) as { messages: JsonMessage[] }).messages };
}

const sessie = (...lines: string[]) => ({ 'sessies/2021-03-04-moestuin.md': SESSIE(lines.join('\n')) });

describe('messages that point the right way', () => {
  it('a Dutch date is one message that gives the ISO form, not "does not exist"', async () => {
    const { messages } = await check(sessie(...BASIS.map((l) => (l.startsWith('datum') ? 'datum: 12-04-2021' : l)), ...DEELNEMER));
    expect(messages.filter((m) => m.file === 'sessies/2021-03-04-moestuin.md')).toEqual([
      {
        file: 'sessies/2021-03-04-moestuin.md',
        line: 3,
        column: 8,
        severity: 'error',
        rule: 'schema-format',
        message: 'De datum 12-04-2021 staat in de Nederlandse volgorde (dag, maand, jaar). Schrijf hem als 2021-04-12: eerst het jaar, dan de maand en de dag.',
        fix: '`ef fix` maakt hiervan `2021-04-12`.',
      },
    ]);
  });

  it('an SDG written as text is named by its place in the list, not as "SDG 1"', async () => {
    const { messages } = await check(sessie(...BASIS, 'sdgs: [11, "4"]', ...DEELNEMER));
    const message = messages.find((m) => m.rule === 'schema-type')!;
    expect(message.message).toBe('Het tweede item van `sdgs` moet een getal zijn, maar is de tekst "4". Schrijf het getal zonder aanhalingstekens.');
    expect(message.message).not.toMatch(/SDG \d/);
    expect(message.fix).toBe('`ef fix` maakt hiervan `4`.');
  });

  it('a text with an unquoted colon says to put it between quotes, not that something is missing', async () => {
    const { messages } = await check({
      'casussen/buurtmoestuin.md':
        '---\ntitel: Buurtmoestuin\nstatus: lopend\ninitiatiefnemer: bewoners\nsdgs: [2]\ncriteria:\n' +
        '  vraag_uit_de_stad: Zij vroegen om een visie toekomstvisie: de gemeente denkt mee.\n' +
        '  voorbeeld: Ja.\n  veranderende_samenleving: Ja.\n---\n',
    });
    expect(messages).toEqual([
      {
        file: 'casussen/buurtmoestuin.md',
        line: 7,
        column: 3,
        severity: 'error',
        rule: 'yaml-syntax',
        message:
          'De tekst bij `vraag_uit_de_stad` bevat zelf een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel. Zet de tekst tussen aanhalingstekens ("…").',
        fix: '`ef fix` zet de tekst tussen aanhalingstekens.',
      },
    ]);
    // Also when ef fix cannot be sure (a `#` in the text), the advice is the same.
    const unsure = await check(sessie('titel: Terugblik: wat #1 leerde', ...BASIS.slice(1), ...DEELNEMER));
    const syntax = unsure.messages.filter((m) => m.rule === 'yaml-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.message).toContain('Zet de tekst tussen aanhalingstekens');
    expect(syntax[0]!.message).not.toContain('ontbreekt');
    expect(syntax[0]!.fix).toBeUndefined();
  });

  it('tabs used to indent give one message, with the repair', async () => {
    const { messages } = await check(
      sessie(...BASIS, 'deelnemers:', '\t- functie: wijkregisseur', '\t  rollen:', '\t\t- rol: verbinder', '\t\t  paradigma: responsief', '\t\t  gericht: stad'),
    );
    expect(messages).toEqual([
      {
        file: 'sessies/2021-03-04-moestuin.md',
        line: 8,
        column: 1,
        severity: 'error',
        rule: 'yaml-syntax',
        message:
          'De gegevens zijn geen geldige YAML: deze regel springt in met een tab (net als nog 4 regels hieronder). YAML kent alleen spaties om in te springen.',
        fix: '`ef fix` vervangt de tabs door spaties.',
      },
    ]);
  });

  it('an unknown role says that a logbook may add its own under rollen: in ef.config.yaml', async () => {
    const { messages } = await check(sessie(...BASIS, ...DEELNEMER, '    rollen:', '      - rol: wijkcoach', '        paradigma: responsief', '        gericht: stad'));
    const message = messages.find((m) => m.rule === 'schema-enum')!;
    expect(message.message).toContain('Een eigen rol kan ook: zet hem onder `rollen:` in ef.config.yaml');
  });

  it('accepts a word from the vocabulary in any letter case, everywhere, with a hint and a fix', async () => {
    const { messages, stdout } = await check(
      sessie(
        ...BASIS.map((l) => (l.startsWith('soort') ? 'soort: Intervisie' : l)),
        ...DEELNEMER,
        '    toestemming: Publiek',
        '    naam: Karel',
        '    rollen:',
        '      - rol: Verbinder',
        '        paradigma: Responsief',
        '        gericht: STAD',
      ),
    );
    // (The participant has no `intern`: that hint is another rule's, and not what this test is about.)
    expect(messages.filter((m) => m.rule !== 'intern-missing').map((m) => [m.line, m.severity, m.rule, m.fix])).toEqual([
      [4, 'info', 'vocabulary-case', '`ef fix` maakt hiervan `intervisie`.'],
      [9, 'info', 'vocabulary-case', '`ef fix` maakt hiervan `publiek`.'],
      [12, 'info', 'vocabulary-case', '`ef fix` maakt hiervan `verbinder`.'],
      [13, 'info', 'vocabulary-case', '`ef fix` maakt hiervan `responsief`.'],
      [14, 'info', 'vocabulary-case', '`ef fix` maakt hiervan `stad`.'],
    ]);
    expect(messages[0]!.message).toBe('"Intervisie" leest ef als `intervisie`; de woordenlijst schrijft het met kleine letters.');
    expect(stdout).toContain('geen fouten');
    const casus = await check({
      'casussen/buurtmoestuin.md':
        '---\ntitel: Buurtmoestuin\nstatus: Afgerond\ninitiatiefnemer: bewoners\nsdgs: [2]\ncriteria:\n  vraag_uit_de_stad: Ja.\n  voorbeeld: Ja.\n  veranderende_samenleving: Ja.\n---\n',
    });
    expect(casus.messages.map((m) => m.rule)).toEqual(['vocabulary-case']);
  });

  it('accepts intern: ja and nee with a hint and a fix, and says exactly what to write otherwise', async () => {
    const ja = await check(sessie(...BASIS, ...DEELNEMER, '    intern: ja', '  - functie: voorzitter', '    intern: Nee'));
    expect(ja.messages.map((m) => [m.line, m.severity, m.rule, m.fix])).toEqual([
      [9, 'info', 'ja-nee', '`ef fix` maakt hiervan `true`.'],
      [11, 'info', 'ja-nee', '`ef fix` maakt hiervan `false`.'],
    ]);
    expect(ja.messages[0]!.message).toBe('"ja" leest ef als `true`. Bij `intern` bij deelnemer 1 hoort `true` (ja) of `false` (nee).');
    const misschien = await check(sessie(...BASIS, ...DEELNEMER, '    intern: misschien'));
    expect(misschien.messages.map((m) => m.message)).toEqual(['`intern` bij deelnemer 1 moet `true` of `false` zijn, maar is de tekst "misschien".']);
  });

  it('warns about every Markdown file in the logbook that ef does not read, and says where it should go', async () => {
    const body = SESSIE([...BASIS, ...DEELNEMER].join('\n'));
    const { messages, stdout } = await check({
      'sessie/2021-03-05-typfout.md': body,
      'logbook/casussen/genest.md': body,
      'sessies/2021/2021-03-06-submap.md': body,
      'sessies/2021-03-07-hoofdletters.MD': body,
      'notities.md': '# Notities\n',
      'README.md': '# Het logboek\n',
      'sessies/_concept.md': body,
    });
    const ignored = messages.filter((m) => m.rule === 'file-ignored');
    expect(ignored.map((m) => [m.file, m.severity, m.line, m.column])).toEqual([
      ['logbook/casussen/genest.md', 'warning', 1, 1],
      ['notities.md', 'warning', 1, 1],
      ['sessie/2021-03-05-typfout.md', 'warning', 1, 1],
      ['sessies/2021-03-07-hoofdletters.MD', 'warning', 1, 1],
      ['sessies/2021/2021-03-06-submap.md', 'warning', 1, 1],
    ]);
    const reason = (file: string) => ignored.find((m) => m.file === file)!.message;
    expect(reason('sessie/2021-03-05-typfout.md')).toBe(
      'ef leest dit bestand niet: sessies horen direct in de map `sessies/` van het logboek, niet in `sessie/`. Verplaats het naar `sessies/2021-03-05-typfout.md`.',
    );
    expect(reason('logbook/casussen/genest.md')).toContain('Verplaats het naar `casussen/genest.md`.');
    expect(reason('sessies/2021/2021-03-06-submap.md')).toContain('Verplaats het naar `sessies/2021-03-06-submap.md`.');
    expect(reason('sessies/2021-03-07-hoofdletters.MD')).toContain('Noem het `sessies/2021-03-07-hoofdletters.md`.');
    expect(reason('notities.md')).toContain('ef leest alleen bestanden direct in `casussen/`, `sessies/`');
    expect(stdout).not.toContain('geen fouten');
  });
});
