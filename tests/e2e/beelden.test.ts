// Photos and drawings in a logbook, from `ef check` to every report format: found and
// checked where they are referenced, copied next to the Markdown, embedded in the HTML
// and the PDF, numbered as figures, stripped of private metadata in every copy, and
// left out of the public version when they are for the team only.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture, tempDir, type CheckJson } from '../helpers/ef.js';
import {
  TINY_JPEG,
  carriesPrivateData,
  distinctJpeg,
  exifTags,
  jpegWithPrivateData,
  makePng,
  pngWithPrivateData,
  quantisationTable,
  webpWithPrivateData,
} from '../helpers/images.js';
import { readPdf } from '../fixtures/render-sample/pdf-text.js';

const SESSIE = 'sessies/2021-03-04-moestuin.md';

/** valid-minimal with five pictures in beelden/ (each carrying GPS, serial and owner), shown by the session and a portrait. */
function logbookWithPictures(): string {
  const root = copyToTemp(fixture('valid-minimal'));
  mkdirSync(join(root, 'beelden/intern'), { recursive: true });
  writeFileSync(join(root, 'beelden/team.jpg'), jpegWithPrivateData());
  writeFileSync(join(root, 'beelden/schets.png'), pngWithPrivateData(makePng(40, 20)));
  writeFileSync(join(root, 'beelden/poster.webp'), webpWithPrivateData());
  writeFileSync(
    join(root, 'beelden/tekening.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" onload="alert(1)"><script>alert(2)</script><rect width="200" height="100" fill="#2E7D4F"/></svg>',
  );
  writeFileSync(join(root, 'beelden/intern/wand.jpg'), jpegWithPrivateData(distinctJpeg(1)));
  writeFileSync(join(root, 'beelden/tuinier.jpg'), jpegWithPrivateData(distinctJpeg(2)));
  const sessie = readFileSync(join(root, SESSIE), 'utf8').replace(
    '## Opbrengsten',
    [
      'De dag begon met een kennismaking. ![Het team bij de start](../beelden/team.jpg "Het team bij de start. Foto: gemeente Voorbeeld")',
      '',
      '![Schets van de moestuin met zes bakken](../beelden/schets.png)',
      '',
      '![Poster van de moestuindag][poster]',
      '',
      '![Tekening van de wijk](../beelden/tekening.svg "De wijk, getekend door bewoners")',
      '',
      '![Een wand vol plakbriefjes](../beelden/intern/wand.jpg "De wand na afloop")',
      '',
      '![De tuinier tussen de bakken](../beelden/tuinier.jpg "De tuinier aan het werk")',
      '',
      '[poster]: ../beelden/poster.webp "De poster van de moestuindag"',
      '',
      '## Opbrengsten',
    ].join('\n'),
  );
  writeFileSync(join(root, SESSIE), sessie);
  mkdirSync(join(root, 'portretten'));
  writeFileSync(
    join(root, 'portretten/2021-03-10-tuinier.md'),
    '---\ntitel: De tuinier\ndatum: 2021-03-10\npersoon: Pieter Post\nfunctie: vrijwilliger moestuin\ntoestemming: intern\n---\n\n![De tuinier tussen de bakken](../beelden/tuinier.jpg)\n\nOver de moestuin.\n',
  );
  return root;
}

function dataUris(html: string): Array<{ mime: string; bytes: Buffer }> {
  return [...html.matchAll(/src="data:(image\/[a-z+]+);base64,([A-Za-z0-9+/=]+)"/g)].map((m) => ({ mime: m[1]!, bytes: Buffer.from(m[2]!, 'base64') }));
}

/** The JPEG streams a PDF embeds as they are (DCTDecode). */
function embeddedJpegs(pdf: Uint8Array): Buffer[] {
  const bytes = Buffer.from(pdf);
  const found: Buffer[] = [];
  for (let at = bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff])); at !== -1; at = bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]), at + 3)) {
    const end = bytes.indexOf(Buffer.from('endstream'), at);
    found.push(bytes.subarray(at, end));
  }
  return found;
}

describe('a logbook with photos and drawings', () => {
  let root: string;
  let out: string;
  const files: Record<string, Buffer> = {};

  beforeAll(async () => {
    root = logbookWithPictures();
    out = tempDir();
    for (const audience of ['intern', 'publiek']) {
      const result = await efInProcess(['report', '--root', root, '--period', '2021', '--format', 'md,html,pdf', '--audience', audience, '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    const walk = (dir: string, prefix = '') => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        else files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name));
      }
    };
    walk(out);
  }, 120_000);

  it('passes ef check', async () => {
    const result = await efInProcess(['check', '--root', root, '--format', 'json']);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json.messages).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('copies each picture once next to the Markdown, under a safe name, and points at it', () => {
    expect(Object.keys(files).filter((name) => name.startsWith('rapportage-2021-beelden/')).sort()).toEqual([
      'rapportage-2021-beelden/kwadrant-2021-03-04.svg',
      'rapportage-2021-beelden/poster.webp',
      'rapportage-2021-beelden/schets.png',
      'rapportage-2021-beelden/sdg-dekking.svg',
      'rapportage-2021-beelden/team.jpg',
      'rapportage-2021-beelden/tekening.svg',
      'rapportage-2021-beelden/tuinier.jpg',
      'rapportage-2021-beelden/wand.jpg',
    ]);
    const md = files['rapportage-2021.md']!.toString('utf8');
    expect(md).toContain('De dag begon met een kennismaking.\n\n![Het team bij de start](rapportage-2021-beelden/team.jpg)\n\n_Figuur 1. Het team bij de start. Foto: gemeente Voorbeeld_');
    expect(md).toContain('![Poster van de moestuindag](rapportage-2021-beelden/poster.webp)\n\n_Figuur 3. De poster van de moestuindag_');
    expect(md).not.toContain('[afbeelding:');
    expect(md).not.toContain('../beelden/');
  });

  it('numbers photos and charts together as figures, with captions', () => {
    const md = files['rapportage-2021.md']!.toString('utf8');
    const captions = [...md.matchAll(/^_Figuur (\d+)\.? ?(.*)_$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(captions).toEqual([
      '1 Het team bij de start. Foto: gemeente Voorbeeld',
      '2 Schets van de moestuin met zes bakken',
      '3 De poster van de moestuindag',
      '4 De wijk, getekend door bewoners',
      '5 De wand na afloop',
      '6 De tuinier aan het werk',
      '7 Rollen naar het NSOB-model: Moestuin in de wijk',
      // The portrait (consent for internal use) with its photo.
      '8 De tuinier tussen de bakken',
      '9 Aantal sessies per Global Goal',
    ]);
    const html = files['rapportage-2021.html']!.toString('utf8');
    expect([...html.matchAll(/<figcaption>(Figuur \d+)/g)].map((m) => m[1])).toEqual(captions.map((c) => `Figuur ${c.split(' ')[0]}`));
  });

  it('embeds every picture in the HTML as a figure with alt text, size and caption, and loads nothing', () => {
    const html = files['rapportage-2021.html']!.toString('utf8');
    expect(html).toMatch(/<figure><img src="data:image\/jpeg;base64,[^"]+" alt="Het team bij de start" width="16" height="8"><figcaption>Figuur 1\. Het team bij de start\. Foto: gemeente Voorbeeld<\/figcaption><\/figure>/);
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Schets van de moestuin met zes bakken" width="40" height="20">/);
    expect(html).toMatch(/<img src="data:image\/webp;base64,[^"]+" alt="Poster van de moestuindag" width="16" height="8">/);
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="Tekening van de wijk" width="200" height="100">/);
    expect(html).toContain("img-src data:");
    expect(html).not.toMatch(/<img[^>]+src="(?!data:)/);
    const svg = dataUris(html).find((uri) => uri.mime === 'image/svg+xml' && uri.bytes.includes('#2E7D4F'))!;
    expect(svg.bytes.toString('utf8')).not.toMatch(/script|onload/);
  });

  it('embeds every picture in the PDF with its alt text in the tags', async () => {
    const pdf = await readPdf(new Uint8Array(files['rapportage-2021.pdf']!));
    const tags = pdf.structure.join(' ');
    for (const alt of ['Het team bij de start', 'Schets van de moestuin met zes bakken', 'Poster van de moestuindag', 'Tekening van de wijk', 'Een wand vol plakbriefjes']) {
      expect(tags).toContain(`Figure[${alt}]`);
    }
    const text = pdf.text.join('\n');
    expect(text).toContain('Figuur 1. Het team bij de start. Foto: gemeente Voorbeeld');
    expect(text).toContain('Figuur 9. Aantal sessies per Global Goal');
  });

  it('strips GPS, serial number and owner from every copy in every output', () => {
    const copies: Array<[string, Uint8Array]> = [];
    for (const [name, bytes] of Object.entries(files)) {
      if (/\.(jpg|png|webp|svg)$/.test(name)) copies.push([name, bytes]);
      if (name.endsWith('.html')) for (const [i, uri] of dataUris(bytes.toString('utf8')).entries()) copies.push([`${name} #${i}`, uri.bytes]);
      if (name.endsWith('.pdf')) {
        copies.push([name, bytes]);
        for (const [i, jpeg] of embeddedJpegs(bytes).entries()) copies.push([`${name} jpeg #${i}`, jpeg]);
      }
    }
    // Intern and publiek: the photos in the folders, in the HTML (7 + 5) and in the PDFs.
    expect(copies.filter(([name]) => name.includes('#')).length).toBeGreaterThan(12);
    expect(embeddedJpegs(files['rapportage-2021.pdf']!).length).toBeGreaterThan(0);
    for (const [name, bytes] of copies) {
      expect(carriesPrivateData(bytes), name).toEqual([]);
      if (bytes[0] === 0xff && bytes[1] === 0xd8) expect(exifTags(bytes), name).toEqual([]);
    }
    // …while the files in the logbook still carry it.
    expect(carriesPrivateData(readFileSync(join(root, 'beelden/team.jpg')))).toHaveLength(4);
  });

  it('leaves internal photos and the photo of a portrait without public consent out of the public version, keeping the caption', () => {
    const names = Object.keys(files).filter((name) => name.startsWith('rapportage-2021-publiek-beelden/'));
    expect(names).not.toContain('rapportage-2021-publiek-beelden/wand.jpg');
    expect(names).not.toContain('rapportage-2021-publiek-beelden/tuinier.jpg');
    expect(names).toContain('rapportage-2021-publiek-beelden/team.jpg');
    const md = files['rapportage-2021-publiek.md']!.toString('utf8');
    expect(md).toContain('_De wand na afloop (foto alleen intern)_');
    expect(md).toContain('_De tuinier aan het werk (foto alleen intern)_');
    expect(md).not.toMatch(/wand\.jpg|tuinier\.jpg/);
    // The same pictures, byte for byte, are nowhere in the public HTML or PDF.
    const html = files['rapportage-2021-publiek.html']!.toString('utf8');
    expect(html).toContain('De wand na afloop (foto alleen intern)');
    expect(dataUris(html).filter((uri) => uri.mime === 'image/jpeg')).toHaveLength(1);
    for (const name of ['wand.jpg', 'tuinier.jpg']) {
      const table = quantisationTable(files[`rapportage-2021-beelden/${name}`]!);
      expect(files['rapportage-2021.pdf']!.includes(table), name).toBe(true);
      expect(files['rapportage-2021-publiek.pdf']!.includes(table), name).toBe(false);
    }
    // Figures in the public version are numbered without the ones left out.
    expect([...md.matchAll(/^_Figuur (\d+)/gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('ef check on pictures', () => {
  it('locates a missing file, a path outside beelden/, a wrong or broken file, missing alt text and a large file', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    mkdirSync(join(root, 'beelden'));
    writeFileSync(join(root, 'beelden/ok.jpg'), TINY_JPEG);
    writeFileSync(join(root, 'beelden/anim.gif'), 'GIF89a');
    writeFileSync(join(root, 'beelden/kapot.jpg'), TINY_JPEG.subarray(0, 200));
    writeFileSync(join(root, 'beelden/eigenlijk-png.jpg'), makePng(2, 2));
    let seed = 1;
    const noise = (): number => (seed = (seed * 16807) % 2147483647) & 0xff;
    writeFileSync(join(root, 'beelden/groot.png'), makePng(1000, 760, () => [noise(), noise(), noise()]));
    const outside = join(tempDir(), 'geheim.jpg');
    writeFileSync(outside, TINY_JPEG);
    symlinkSync(outside, join(root, 'beelden/link.jpg'));
    const lines = [
      '![Bestaat niet](../beelden/weg.jpg)',
      '![Van internet](https://example.org/foto.jpg)',
      '![Buiten het logboek](../../geheim.jpg)',
      '![Een GIF](../beelden/anim.gif)',
      '![Afgebroken](../beelden/kapot.jpg)',
      '![Verkeerde naam](../beelden/eigenlijk-png.jpg)',
      '![](../beelden/ok.jpg)',
      '![Groot](../beelden/groot.png)',
      '![Verwijzing naar buiten](../beelden/link.jpg)',
    ];
    const path = join(root, SESSIE);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('## Opbrengsten', `Zie: ${lines.join('\n\n')}\n\n## Opbrengsten`));
    const first = original.slice(0, original.indexOf('## Opbrengsten')).split('\n').length;

    const result = await efInProcess(['check', '--root', root, '--format', 'json']);
    const json = JSON.parse(result.stdout) as CheckJson;
    const found = json.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.rule}`);
    expect(found).toEqual([
      `${first}:6 error image-missing`,
      `${first + 2}:1 error image-outside-beelden`,
      `${first + 4}:1 error image-outside-beelden`,
      `${first + 6}:1 error image-unsupported`,
      `${first + 8}:1 error image-corrupt`,
      `${first + 10}:1 error image-corrupt`,
      `${first + 12}:1 error image-alt-missing`,
      `${first + 14}:1 warning image-large`,
      `${first + 16}:1 error image-outside-beelden`,
    ]);
    expect(json.messages.map((m) => m.file.endsWith(SESSIE))).not.toContain(false);
    const message = (rule: string) => json.messages.find((m) => m.rule === rule)!.message;
    expect(message('image-large')).toMatch(/beelden\/groot\.png is groot \(2,2 MB\)/);
    expect(message('image-missing')).toContain('beelden/weg.jpg bestaat niet');
    expect(json.messages.find((m) => m.message.includes('eigenlijk-png'))!.message).toContain('is een PNG-bestand');
    expect(result.code).toBe(1);

    // A report refuses the logbook with the same messages.
    const report = await efInProcess(['report', '--root', root, '--period', '2021', '--out', tempDir()]);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('image-outside-beelden');
  });
});

describe('ef check and its cache', () => {
  it('finds a picture that broke while the Markdown that shows it stayed the same', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    mkdirSync(join(root, 'beelden'));
    writeFileSync(join(root, 'beelden/team.jpg'), TINY_JPEG);
    const path = join(root, SESSIE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Opbrengsten', '![Het team](../beelden/team.jpg)\n\n## Opbrengsten'));
    expect((await efInProcess(['check', '--root', root])).code).toBe(0);
    writeFileSync(join(root, 'beelden/team.jpg'), TINY_JPEG.subarray(0, 100));
    const again = await efInProcess(['check', '--root', root, '--format', 'json']);
    expect((JSON.parse(again.stdout) as CheckJson).messages.map((m) => m.rule)).toEqual(['image-corrupt']);
    expect(again.code).toBe(1);
  });
});

describe('a drawing that names someone', () => {
  it('is left out where that name may not appear, like the name itself', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    mkdirSync(join(root, 'beelden'));
    writeFileSync(join(root, 'beelden/plattegrond.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><text x="5" y="20">Bak 3: Pieter Post</text></svg>');
    const path = join(root, SESSIE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Opbrengsten', '![Plattegrond van de tuin](../beelden/plattegrond.svg "Wie welke bak heeft")\n\n## Opbrengsten'));
    mkdirSync(join(root, 'portretten'));
    writeFileSync(join(root, 'portretten/2021-03-10-tuinier.md'), '---\ntitel: De tuinier\ndatum: 2021-03-10\npersoon: Pieter Post\nfunctie: vrijwilliger\ntoestemming: intern\n---\n\nOver de moestuin.\n');
    const out = tempDir();
    for (const audience of ['intern', 'publiek']) {
      expect((await efInProcess(['report', '--root', root, '--period', '2021', '--audience', audience, '--out', out])).code).toBe(0);
    }
    expect(readdirSync(join(out, 'rapportage-2021-beelden'))).toContain('plattegrond.svg');
    expect(readdirSync(join(out, 'rapportage-2021-publiek-beelden'))).not.toContain('plattegrond.svg');
    const md = readFileSync(join(out, 'rapportage-2021-publiek.md'), 'utf8');
    expect(md).toContain('_Wie welke bak heeft (foto weggelaten)_');
    expect(md).not.toContain('Pieter');
  });
});
