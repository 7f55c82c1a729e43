// ef card as a command: Markdown and HTML files, the committed card of the embedded
// logbook, refusals for a logbook with errors and for a config without project.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, PROJECT, tempDir, efInProcess } from '../helpers/ef.js';

describe('ef card', () => {
  it('writes projectkaart.md and .html and prints the paths; the md equals the committed reports/projectkaart.md', async () => {
    const out = tempDir();
    const result = await efInProcess(['card', '--format', 'md,html', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => line.split('/').at(-1))).toEqual(['logo.svg', 'projectkaart.md', 'projectkaart.html']);
    expect(readdirSync(out).sort()).toEqual(['projectkaart-beelden', 'projectkaart.html', 'projectkaart.md']);
    expect(readFileSync(join(out, 'projectkaart.md'), 'utf8')).toBe(readFileSync(join(PROJECT, 'reports/projectkaart.md'), 'utf8'));
    expect(readFileSync(join(out, 'projectkaart.html'), 'utf8')).toContain('<h1>Delft: Leerroute publiek ondernemerschap</h1>');
    // Delft's contact is a team, not a person: it needs no consent, and ef has nothing to warn about.
    expect(readFileSync(join(out, 'projectkaart.md'), 'utf8')).toContain('- **Contactpersoon gemeente:** Team Publiek Ondernemen\n');
    expect(result.stderr).toBe('');
  });

  it('refuses a logbook with errors (exit 1) and writes nothing', async () => {
    const out = tempDir();
    const result = await efInProcess(['card', '--root', fixture('rules'), '--out', join(out, 'kaart')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Er is niets gemaakt');
    expect(existsSync(join(out, 'kaart'))).toBe(false);
  });

  it('explains in Dutch what to add when the config has no project (exit 2)', async () => {
    const out = tempDir();
    const result = await efInProcess(['card', '--root', fixture('card-zonder-project'), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ef.config.yaml heeft nog geen project');
    expect(result.stderr).toContain('gemeente');
    expect(readdirSync(out)).toEqual([]);
  });

  it('rejects an unknown format', async () => {
    const result = await efInProcess(['card', '--format', 'docx', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Onbekende uitvoervorm');
  });
});
