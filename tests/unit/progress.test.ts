import { describe, expect, it } from 'vitest';
import { progressFor } from '../../src/cli/progress.js';

function io(isTTY: boolean, env: Record<string, string> = {}) {
  let stderr = '';
  return {
    io: { cwd: '/', env, stdout: { write: () => true }, stderr: { isTTY, write: (text: string) => (stderr += text) } },
    output: () => stderr,
  };
}

describe('progress of long builds', () => {
  it('shows a line per document and format on a terminal', () => {
    const { io: terminal, output } = io(true);
    const progress = progressFor(terminal, false);
    progress.start('rapportage-2.pdf');
    progress.done('rapportage-2.pdf');
    expect(output()).toMatch(/^ {2}… rapportage-2\.pdf wordt gemaakt\r\u001b\[2K {2}✔ rapportage-2\.pdf \(\d+,\d s\)\n$/);
  });

  it.each([
    ['in CI', io(true, { CI: 'true' }), false],
    ['with --quiet', io(true), true],
    ['outside a terminal', io(false), false],
  ])('is silent %s', (_name, { io: target, output }, quiet) => {
    const progress = progressFor(target, quiet);
    progress.start('logboek.md');
    progress.done('logboek.md');
    expect(output()).toBe('');
  });
});
