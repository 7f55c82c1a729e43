// Privacy (AVG): every name in tests/fixtures/privacy-namen, at every consent level, is
// looked for in every output (Markdown, HTML, SVG, file names) of `ef report` and
// `ef logbook`, for both audiences, in any spelling (case, accents, slugs, entities).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { efInProcess, fixture, tempDir } from '../helpers/ef.js';
import { mentions, readTextTree } from '../golden/helpers.js';
import { readPdf } from '../fixtures/render-sample/pdf-text.js';

const ROOT = fixture('privacy-namen');

// Every name in the fixture, by what it may do.
const TEAM = ['Tessa Teamlid', 'Tom Teamlid'];
const PUBLIEK = ['Pieter Publiek'];
const INTERN = ['Ingrid Intern', 'Xander Extern', 'Hanna Halfjaar'];
const GEEN = ['Gerrit Geheim', 'José Geen', 'Greta Geenportret'];

type Output = { files: Record<string, string>; names: string[] };

async function build(command: 'report' | 'logbook', audience: 'intern' | 'publiek'): Promise<Output> {
  const out = tempDir();
  const args = command === 'report' ? ['report', '--period', '1'] : ['logbook'];
  const result = await efInProcess([...args, '--root', ROOT, '--audience', audience, '--format', 'md,html', '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const files = readTextTree(out);
  return { files, names: Object.keys(files) };
}

describe('privacy: names in every output, for both audiences', () => {
  const outputs = {} as Record<'report-intern' | 'report-publiek' | 'logbook-intern' | 'logbook-publiek', Output>;

  beforeAll(async () => {
    outputs['report-intern'] = await build('report', 'intern');
    outputs['report-publiek'] = await build('report', 'publiek');
    outputs['logbook-intern'] = await build('logbook', 'intern');
    outputs['logbook-publiek'] = await build('logbook', 'publiek');
  });

  it('the lists above hold every name in the fixture', () => {
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else for (const match of readFileSync(path, 'utf8').matchAll(/^\s*-?\s*(?:naam|persoon): (.+)$/gm)) found.add(match[1]!.trim());
      }
    };
    walk(ROOT);
    expect([...found].sort()).toEqual([...TEAM, ...PUBLIEK, ...INTERN, ...GEEN].sort());
  });

  it('a name with toestemming geen appears in no output at all, not even intern', () => {
    for (const [which, output] of Object.entries(outputs)) {
      for (const name of GEEN) {
        for (const [file, content] of Object.entries(output.files)) {
          expect(mentions(content, name), `${name} in ${which}: ${file}`).toBe(false);
        }
        expect(output.names.some((file) => mentions(file, name)), `${name} in a file name of ${which}`).toBe(false);
      }
    }
  });

  it('the public version has no name without public consent, in text, charts, links or file names', () => {
    for (const which of ['report-publiek', 'logbook-publiek'] as const) {
      const output = outputs[which];
      for (const name of [...INTERN, ...GEEN]) {
        for (const [file, content] of Object.entries(output.files)) {
          expect(mentions(content, name), `${name} in ${which}: ${file}`).toBe(false);
        }
        expect(output.names.some((file) => mentions(file, name))).toBe(false);
      }
      expect(output.names.every((file) => file.includes('-publiek'))).toBe(true);
    }
  });

  it('the public version keeps the functions, the team and the names with public consent', () => {
    const md = outputs['report-publiek'].files['rapportage-1-publiek.md']!;
    for (const name of [...TEAM, ...PUBLIEK]) expect(mentions(md, name), name).toBe(true);
    for (const functie of ['beleidsmedewerker Openbare Ruimte', 'voorzitter bewonersvereniging', 'ondernemer aan het plein', 'projectleider', 'bewoner']) {
      expect(md).toContain(functie);
    }
    expect(md).toContain('(naam weggelaten)');
    expect(md).toContain('- Pieter Publiek, wijkregisseur (gemeente Proefstad, intern)');
    expect(md).toContain('- beleidsmedewerker Openbare Ruimte (gemeente Proefstad, intern)');
  });

  it('the internal version shows the names with internal consent, and the team', () => {
    const md = outputs['report-intern'].files['rapportage-1.md']!;
    for (const name of [...TEAM, ...PUBLIEK, ...INTERN]) expect(mentions(md, name), name).toBe(true);
    expect(md).toContain('- Ingrid Intern, beleidsmedewerker Openbare Ruimte (gemeente Proefstad, intern)');
    const logboek = outputs['logbook-intern'].files['logboek.md']!;
    expect(mentions(logboek, 'Ingrid Intern')).toBe(true);
  });

  it('portraits appear only where their consent allows', () => {
    const intern = outputs['report-intern'].files['rapportage-1.md']!;
    const publiek = outputs['report-publiek'].files['rapportage-1-publiek.md']!;
    expect(intern).toContain('### De wijkregisseur aan het woord');
    expect(intern).toContain('### Een beleidsmedewerker over samenwerken');
    expect(publiek).toContain('### De wijkregisseur aan het woord');
    expect(publiek).not.toContain('Een beleidsmedewerker over samenwerken');
    for (const md of [intern, publiek]) expect(md).not.toContain('Portret zonder toestemming');
  });

  it('a link whose address holds a hidden name keeps only its text', () => {
    const intern = outputs['report-intern'].files['rapportage-1.md']!;
    expect(intern).toContain('Zie ook zijn pagina en [het plan](https://example.org/plan).');
    expect(intern).toContain('[Presentatie door Ingrid Intern en Tessa Teamlid](https://example.org/verslag/ingrid-intern)');
    const publiek = outputs['report-publiek'].files['rapportage-1-publiek.md']!;
    expect(publiek).toContain('- **Presentatie door (naam weggelaten) en Tessa Teamlid**. Presentatie, 10 maart 2021.');
    expect(publiek).not.toContain('example.org/verslag');
  });
});

// The PDF carries text in its pages, its metadata and its structure tags (alt text):
// all of it is read back and searched, for both commands and both audiences.
describe('privacy: names in the PDF, for both audiences', () => {
  async function pdfText(command: 'report' | 'logbook', audience: 'intern' | 'publiek'): Promise<string> {
    const out = tempDir();
    const args = command === 'report' ? ['report', '--period', '1'] : ['logbook'];
    const result = await efInProcess([...args, '--root', ROOT, '--audience', audience, '--format', 'pdf', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const pdf = readdirSync(out).find((name) => name.endsWith('.pdf'))!;
    const facts = await readPdf(new Uint8Array(readFileSync(join(out, pdf))));
    // Hyphenation and line breaks split names in the page text; join them back.
    const pages = facts.text.join('\n').replace(/\u00AD/g, '').replace(/-\n/g, '').replace(/\s+/g, ' ');
    return [pages, JSON.stringify(facts.info), JSON.stringify(facts.metadata), facts.structure.join('\n'), facts.links.join('\n')].join('\n');
  }

  for (const command of ['report', 'logbook'] as const) {
    it(`${command}: geen-names nowhere, intern names only in the internal PDF`, async () => {
      const intern = await pdfText(command, 'intern');
      const publiek = await pdfText(command, 'publiek');
      for (const name of GEEN) {
        expect(mentions(intern, name), `${name} in intern ${command} PDF`).toBe(false);
        expect(mentions(publiek, name), `${name} in publiek ${command} PDF`).toBe(false);
      }
      for (const name of INTERN) expect(mentions(publiek, name), `${name} in publiek ${command} PDF`).toBe(false);
      for (const name of [...TEAM, ...PUBLIEK]) expect(mentions(publiek, name), `${name} in publiek ${command} PDF`).toBe(true);
      if (command === 'report') expect(mentions(intern, 'Ingrid Intern')).toBe(true);
    }, 60_000);
  }
});
