// The check rule pdf-character-missing: one located warning per line with text
// no shipped font can draw, and for ordinary text not a single font file read.
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';

async function freshRule() {
  vi.resetModules();
  const rule = await import('../../src/validate/rules/pdf-characters.js');
  const coverage = await import('../../src/fonts/coverage.js');
  return { check: rule.checkPdfCharacters, fontsRead: coverage.fontsRead };
}

function messagesOf(check: (file: VFile) => void, text: string) {
  const file = new VFile({ path: 'sessies/x.md', value: text });
  check(file);
  return file.messages.map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, fatal: m.fatal, reason: m.reason }));
}

describe('pdf-character-missing', () => {
  it('reads no font for Dutch, Turkish, Polish or French text', async () => {
    const { check, fontsRead } = await freshRule();
    // Word's quotes and dashes, the euro sign and ™ are on the fast path too.
    const text = '---\ntitel: Çok güzel\n---\n\nZoë, Łódź, naïef, ’s-Hertogenbosch, café — “citaat” … € 5,– • Lego™\n'.repeat(2000);
    expect(messagesOf(check, text)).toEqual([]);
    expect(fontsRead()).toBe(false);
  });

  it('warns once per line at the first character the PDF cannot show, naming each distinct one', async () => {
    const { check, fontsRead } = await freshRule();
    const text = ['---', 'titel: Bezoek 👍 uit 北京', '---', '', 'Emoji 🎉, Arabisch مرحبا en Oekraïens Привіт: geen melding.', '谢谢, 谢谢 en 菜园 en 你好!'].join('\n');
    const messages = messagesOf(check, text);
    expect(fontsRead()).toBe(true);
    expect(messages.map(({ line, column, rule, fatal }) => ({ line, column, rule, fatal }))).toEqual([
      { line: 2, column: 22, rule: 'pdf-character-missing', fatal: false },
      { line: 6, column: 1, rule: 'pdf-character-missing', fatal: false },
    ]);
    expect(messages[0]!.reason).toContain('"北" (U+5317), "京" (U+4EAC)');
    expect(messages[1]!.reason).toContain('"谢" (U+8C22), "菜" (U+83DC), "园" (U+56ED) en nog 2 andere');
    expect(messages[1]!.reason).toMatch(/In de PDF staat op die plek □/);
  });

  it('reports the first 50 lines one by one and then the number of lines left, once', async () => {
    const { check } = await freshRule();
    const messages = messagesOf(check, 'Een regel met 你好.\n'.repeat(200));
    expect(messages).toHaveLength(51);
    expect(messages[50]).toMatchObject({ line: 51, column: 15 });
    expect(messages[50]!.reason).toContain('Vanaf hier staan nog 150 regels');
  });

  it('shows no invisible or terminal-moving characters in its message', async () => {
    const { check } = await freshRule();
    // A Chinese character with a variation selector, then a right-to-left override.
    const [message] = messagesOf(check, 'x 你\uFE0F\u202E y');
    expect(message!.reason).toContain('"你" (U+4F60 U+FE0F)');
    expect(message!.reason).not.toMatch(/[\uFE0F\u202E]/u);
  });
});
