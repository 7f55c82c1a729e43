// Privacy corpus (AVG): people without consent written in more than thirty ways, in every
// field and body kind of tests/fixtures/privacy-corpus. Every output of ef report, ef
// logbook, ef card and ef stats, in every format (md, html, pdf, svg, json) and for both
// audiences, is searched after a normalisation of its own (written here, independent of
// ef's matcher): character references and %-escapes decoded, NFKD, accents and invisible
// characters dropped, lower case, and then only the letters kept, so that no markup,
// tag, hyphenation or separator can hide a surname.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture, tempDir } from '../helpers/ef.js';
import { readPdf } from '../fixtures/render-sample/pdf-text.js';

const ROOT = fixture('privacy-corpus');

/** Every spelling in the fixture, with where it stands. */
const SPELLINGS: ReadonlyArray<readonly [spelling: string, where: string]> = [
  ["Gerrit Geheim's buren", 'sessie titel'],
  ['Gerrit Geheims plan', 'body, paragraph'],
  ['Gerrit *Geheim*', 'body, emphasis'],
  ['**Gerrit** Geheim', 'body, strong'],
  ['Gerrit _Ge_heim', 'body, underscores inside the word'],
  ['[Gerrit Geheim](https://example.org/plan)', 'body, link text'],
  ['(https://example.org/mensen/gerrit-geheim)', 'body, link address'],
  ['Gerrit\\\nGeheim', 'body, hard line break'],
  ['Ger\u00ADrit Geheim', 'body and organisatie, soft hyphen'],
  ['Ger&shy;rit Ge&shy;heim', 'body, &shy;'],
  ['Ger&shy;rit Geheim', 'casus criteria (YAML), &shy;'],
  ['Gerrit Ge\u200Bheim', 'body and activiteit publiek, zero-width space'],
  ['Gerrit Geh\u200Deim', 'body, zero-width joiner'],
  ['Ger\u200Crit Geheim', 'body, zero-width non-joiner'],
  ['Gerrit\u2060Geheim', 'body, word joiner instead of a space'],
  ['mevrouw Geheim', 'body, surname alone'],
  ['G. Geheim', 'body, rapportage titel and project (config), initial + surname'],
  ['G.J. Geheim', 'body and verslag, initials + surname'],
  ['Geheim, Gerrit', 'body, afwezig and rapportage heading, reverse order'],
  ['Geheim, G.', 'body and casus samenvatting, reverse with initial'],
  ['Geheim-achtige', 'body, hyphen suffix'],
  ['`Gerrit Geheim`', 'body, inline code'],
  ['<b>Gerrit</b> Geheim', 'body, raw HTML'],
  ['> Citaat van GERRIT GEHEIM', 'body, block quote, capitals'],
  ['| Gerrit Geheim | plan |', 'body, table cell'],
  ['Gerrit Geheim in een codeblok', 'body, fenced code'],
  ['## Verloop met Gerrit Geheim', 'body, heading (and its anchor)'],
  ['assistent van Gerrit Geheim', 'deelnemer functie (charts, ef stats)'],
  ['Coach van Gerrit Geheim', 'custom role label in ef.config.yaml'],
  ["Gerrit Geheim's buren.", 'project kort (ef card)'],
  ['Stichting Gerrit Geheim', 'casus betrokken'],
  ['Zoë Öztürk', 'NFC, body, table, portret'],
  ['Zoe\u0308 O\u0308ztu\u0308rk', 'NFD, body and casus initiatiefnemer'],
  ['ZOË ÖZTÜRK', 'capitals'],
  ['Zoe Ozturk', 'without accents'],
  ["Öztürk's winkel", 'possessive'],
  ['Öztürks aanpak', 'genitive'],
  ['Zo&euml;&nbsp;&Ouml;zt&uuml;rk', 'activiteit body, character references'],
  ['Buurtplein van Agnes van der Linden', 'casus titel (headings, anchors)'],
  ['mevrouw Van der Linden', 'tussenvoegsels with a capital'],
  ['Linden, Agnes van der', 'reverse with tussenvoegsels after'],
  ['A. van der Linden', 'initial + tussenvoegsels + surname'],
  ['Lindens aanpak', 'surname core with suffix'],
  ['Van der Linden, A.', 'reverse with initial (casus samenvatting)'],
  ['https://example.org/verslag/agnes-van-der-linden', 'activiteit link'],
  ['Bram Bijlsma', 'intern consent: hidden in public outputs (title, body, contactpersoon)'],
  ['B. Bijlsma', 'intern consent, initial'],
  ['ook Bijlsma', 'intern consent, surname alone'],
];

/** Surnames that must not be in an output, as letters only: hidden in every audience, and in the public one. */
const GEEN = ['geheim', 'ozturk', 'linden'];
const PUBLIEK_ONLY = ['bijlsma'];

const REFERENCES: Record<string, string> = { shy: '', nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', euml: 'e', ouml: 'o', uuml: 'u', zwj: '', zwnj: '' };

/** The letters a reader could see, from any output: the test's own normalisation. */
function letters(text: string): string {
  let decoded = text;
  for (let round = 0; round < 2; round++) {
    decoded = decoded
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
      .replace(/&([a-z]+);/gi, (whole, name: string) => REFERENCES[name.toLowerCase()] ?? whole);
  }
  decoded = decoded.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return decoded
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Markup files are read as they are and with their tags taken out; embedded SVGs too. */
function readings(name: string, content: string): string[] {
  if (!name.endsWith('.html') && !name.endsWith('.svg')) return [content];
  const embedded = [...content.matchAll(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
  return [content, content.replace(/<[^>]*>/g, ''), ...embedded.flatMap((svg) => [svg, svg.replace(/<[^>]*>/g, '')])];
}

interface Built {
  /** Output name → every reading of it. */
  readonly outputs: Map<string, string[]>;
}

async function build(args: readonly string[]): Promise<Built> {
  const out = tempDir();
  const result = await efInProcess([...args, '--root', ROOT, '--out', out]);
  expect(result.stderr.replace(/^Let op: de naam van de contactpersoon.*\n/m, '')).toBe('');
  expect(result.code).toBe(0);
  const outputs = new Map<string, string[]>();
  const walk = async (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        await walk(path, `${name}/`);
        continue;
      }
      outputs.set(`(file name) ${name}`, [name]);
      if (entry.name.endsWith('.pdf')) {
        const facts = await readPdf(new Uint8Array(readFileSync(path)));
        outputs.set(name, [facts.text.join('\n'), JSON.stringify(facts.info), JSON.stringify(facts.metadata), facts.xmp, facts.structure.join('\n'), facts.links.join('\n')]);
      } else {
        const content = readFileSync(path, 'utf8');
        outputs.set(name, readings(entry.name, content));
      }
    }
  };
  await walk(out, '');
  return { outputs };
}

function leaks(built: Built, surnames: readonly string[]): string[] {
  const found: string[] = [];
  for (const [name, texts] of built.outputs) {
    for (const text of texts) {
      const seen = letters(text);
      for (const surname of surnames) if (seen.includes(surname)) found.push(`${surname} in ${name}`);
    }
  }
  return [...new Set(found)];
}

describe('privacy corpus: more than thirty spellings, every output, both audiences', () => {
  const built = new Map<string, Built>();

  beforeAll(async () => {
    for (const audience of ['intern', 'publiek'] as const) {
      built.set(`report ${audience}`, await build(['report', '--period', '1', '--audience', audience, '--format', 'md,html,pdf']));
      built.set(`logbook ${audience}`, await build(['logbook', '--audience', audience, '--format', 'md,html,pdf']));
    }
    built.set('card', await build(['card', '--format', 'md,html,pdf']));
  }, 240_000);

  it('the corpus holds at least thirty spellings, each written in the fixture as listed', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(30);
    const files = ['ef.config.yaml', ...['sessies', 'casussen', 'activiteiten', 'portretten', 'rapportages'].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`))];
    const all = files.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    for (const [spelling, where] of SPELLINGS) expect(all.includes(spelling), `${spelling} (${where})`).toBe(true);
  });

  it('no name with toestemming geen in any output (md, html and its attributes, svg, pdf text and metadata, file names)', () => {
    for (const [which, output] of built) {
      expect(output.outputs.size, which).toBeGreaterThanOrEqual(6);
      expect(leaks(output, GEEN), which).toEqual([]);
    }
  });

  it('no name with only internal consent in a public output; it stays in the internal ones', () => {
    for (const which of ['report publiek', 'logbook publiek', 'card']) expect(leaks(built.get(which)!, PUBLIEK_ONLY), which).toEqual([]);
    expect(leaks(built.get('report intern')!, PUBLIEK_ONLY)).not.toEqual([]);
  });

  it('the team and people with consent keep their names, and the placeholder shows where a name was', () => {
    for (const [which, output] of built) {
      if (which === 'card') continue;
      const md = [...output.outputs].find(([name]) => name.endsWith('.md') && !name.startsWith('('))![1][0]!;
      expect(md, which).toContain('Tessa Teamlid');
      expect(md, which).toContain('(naam weggelaten)');
    }
    const intern = [...built.get('report intern')!.outputs].find(([name]) => name === 'rapportage-1.md')![1][0]!;
    expect(intern).toContain('Bram Bijlsma, wijkregisseur (gemeente Proefstad, intern)');
    expect(intern).toContain('- assistent van (naam weggelaten) (gemeente Proefstad, intern)');
    expect(intern).toContain('[(naam weggelaten)](https://example.org/plan) schreef het, en het verslag ook.');
    expect(intern).toContain('Tessa Teamlid vertelt over het plein en over (naam weggelaten) gedoe.');
  });

  for (const audience of ['intern', 'publiek'] as const) {
    it(`ef stats (${audience}, text and --json) names no one without consent, also not in functions and role labels`, async () => {
      for (const json of [false, true]) {
        const result = await efInProcess(['stats', '--root', ROOT, '--audience', audience, ...(json ? ['--json'] : [])]);
        expect(result.code, result.stderr).toBe(0);
        const seen = letters(result.stdout);
        for (const surname of audience === 'publiek' ? [...GEEN, ...PUBLIEK_ONLY] : GEEN) expect(seen.includes(surname), surname).toBe(false);
        expect(result.stdout).toContain('assistent van (naam weggelaten)');
        expect(result.stdout).toContain('Coach van (naam weggelaten)');
      }
    });
  }
});

describe('privacy: the final search of the output refuses, and says where the name came from', () => {
  it('a name in a place ef does not redact (a role id) stops ef stats --json: exit 1, source line, no name in the message', async () => {
    const root = copyToTemp(ROOT);
    const config = join(root, 'ef.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  - id: buurtcoach', '  - id: geheim-coach'));
    const sessie = join(root, 'sessies', '2021-02-10-gesprek-gerrit-geheim.md');
    writeFileSync(sessie, readFileSync(sessie, 'utf8').replace('rol: buurtcoach', 'rol: geheim-coach'));
    const result = await efInProcess(['stats', '--root', root, '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ef: Een naam zonder toestemming zou in de JSON van ef stats komen/);
    expect(result.stderr).toContain('De naam komt uit ef.config.yaml:12:9,');
    // The name itself is not printed (CI logs can be public); file names are the logbook's own.
    expect(result.stderr).not.toContain('Gerrit');
    expect(result.stderr).not.toContain('Geheim');
  });
});
