// A logbook as people write it, pasted from Teams and WhatsApp: emoji with skin
// tones and flags, Arabic, Ukrainian, Greek, Turkish, bold "LinkedIn" letters, and
// a few Chinese characters. `ef report --format md,html,pdf` writes all three;
// `ef check` warns, at the exact place, only about what no shipped font can draw.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copyToTemp, efInProcess, fixture, tempDir } from '../helpers/ef.js';
import { flat, fontNames, readPdf } from '../fixtures/render-sample/pdf-text.js';

const ROOT = fixture('alle-schriften');
const SESSIE = 'sessies/2021-03-04-moestuin.md';

interface Json {
  messages: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
}

describe('ef check on text from anywhere', () => {
  it('warns where the PDF will show a placeholder, with file, line and column, and nowhere else', async () => {
    const result = await efInProcess(['check', '--format', 'json'], { cwd: ROOT });
    expect(result.code).toBe(0);
    const messages = (JSON.parse(result.stdout) as Json).messages.filter((m) => m.rule === 'pdf-character-missing');
    expect(messages.map((m) => [m.file, m.line, m.column, m.severity])).toEqual([
      [SESSIE, 21, 37, 'warning'],
      [SESSIE, 26, 45, 'warning'],
    ]);
    const lines = readFileSync(join(ROOT, SESSIE), 'utf8').split('\n');
    // The column points at the character itself (counted as editors count: UTF-16).
    expect(lines[20]!.slice(36, 37)).toBe('谢');
    expect(lines[25]!.slice(44, 46)).toBe('菜园');
    expect(messages[0]!.message).toContain('"谢" (U+8C22)');
    expect(messages[1]!.message).toContain('"菜" (U+83DC), "园" (U+56ED)');
    expect(messages[1]!.message).toContain('□');
  });

  it('checks ef.config.yaml too: its names reach the cover of every PDF', async () => {
    const root = copyToTemp(ROOT);
    const config = join(root, 'ef.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('Gemeente Voorbeeld', 'Gemeente Voorbeeld 市政府'));
    const result = await efInProcess(['check', '--format', 'json', '--no-cache'], { cwd: root });
    const messages = (JSON.parse(result.stdout) as Json).messages.filter((m) => m.file === 'ef.config.yaml');
    expect(messages.map((m) => [m.line, m.column, m.rule])).toEqual([[1, 33, 'pdf-character-missing']]);
  });

  it('stays silent on emoji, Arabic, Cyrillic, Greek, Turkish and mathematical letters', async () => {
    const root = copyToTemp(ROOT);
    const sessie = join(root, SESSIE);
    writeFileSync(sessie, readFileSync(sessie, 'utf8').replace(/谢谢/, 'xie xie').replace(/菜园/, 'cai yuan'));
    const result = await efInProcess(['check', '--format', 'json'], { cwd: root });
    expect((JSON.parse(result.stdout) as Json).messages).toEqual([]);
  });
});

describe('ef report --format md,html,pdf on text from anywhere', async () => {
  const out = tempDir();
  const result = await efInProcess(['report', '--period', '2021', '--format', 'md,html,pdf', '--out', out, '-q'], { cwd: ROOT });
  const bytes = new Uint8Array(readFileSync(join(out, 'rapportage-2021.pdf')));
  const pdf = await readPdf(bytes);
  const text = flat(pdf.text.join('\n'));

  it('writes all three formats and exits 0', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const name of ['rapportage-2021.md', 'rapportage-2021.html', 'rapportage-2021.pdf']) expect(result.stdout).toContain(name);
  });

  it('keeps every script in md and html, and in the PDF all but Chinese', () => {
    const md = readFileSync(join(out, 'rapportage-2021.md'), 'utf8');
    const html = readFileSync(join(out, 'rapportage-2021.html'), 'utf8');
    for (const piece of ['👍🏽', '🇳🇱', 'مرحبا', 'Привіт', 'Καλημέρα', 'teşekkürler', '𝐒𝐮𝐩𝐞𝐫', '谢谢']) {
      expect(md).toContain(piece);
      expect(html).toContain(piece);
    }
    for (const piece of ['Привіт усім!', 'Καλημέρα!', 'Çok güzel, teşekkürler.', '𝐒𝐮𝐩𝐞𝐫', '👍', '🎉', 'Türkçe']) expect(text).toContain(piece);
    expect(text).toContain('schreef □□ in het gastenboek');
    expect(text).not.toContain('谢');
  });

  it('embeds only fonts that ship with ef and still claims PDF/UA-1', () => {
    for (const font of fontNames(bytes)) expect(font).toMatch(/^(SourceSerif4|SourceSans3|NotoSerif|NotoNaskhArabic|NotoEmoji|NotoSansMath|NotoSansSymbols2?)-/);
    expect(pdf.metadata['pdfuaid:part']).toBe('1');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/StructTreeRoot/);
  });
});

describe('when the PDF cannot be made', () => {
  it('still writes md and html, and says in Dutch which file failed and why', async () => {
    vi.resetModules();
    vi.doMock('../../src/render/pdf.js', async () => {
      const { InternalError } = await import('../../src/core/errors.js');
      return {
        renderPdf: () => {
          throw new InternalError('Typst weigerde de PDF-broncode (nagebootst in deze test).');
        },
      };
    });
    try {
      const { run } = await import('../../src/cli/run.js');
      const out = tempDir();
      let stdout = '';
      let stderr = '';
      const code = await run({
        argv: ['report', '--period', '2021', '--format', 'md,html,pdf', '--out', out, '-q'],
        cwd: ROOT,
        env: { NO_COLOR: '1', TZ: 'UTC', LANG: 'C' },
        stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
        stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
      });
      expect(code).toBe(2);
      expect(readFileSync(join(out, 'rapportage-2021.md'), 'utf8')).toContain('Moestuin in de wijk');
      expect(readFileSync(join(out, 'rapportage-2021.html'), 'utf8')).toContain('Moestuin in de wijk');
      expect(stdout).toContain('rapportage-2021.html');
      expect(stdout).not.toContain('rapportage-2021.pdf');
      expect(stderr).toContain('rapportage-2021.pdf is niet gemaakt; rapportage-2021.md en rapportage-2021.html zijn wel geschreven.');
      expect(stderr).toContain('nagebootst in deze test');
    } finally {
      vi.doUnmock('../../src/render/pdf.js');
      vi.resetModules();
    }
  });
});
