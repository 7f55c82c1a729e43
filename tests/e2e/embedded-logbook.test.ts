import { describe, expect, it } from 'vitest';
import { checkJson, efInProcess, PROJECT } from '../helpers/ef.js';
import { join } from 'node:path';

describe('the embedded Delft logbook', () => {
  it('passes ef check from the repository root', async () => {
    const { code, json } = await checkJson(PROJECT);
    expect(json.messages).toEqual([]);
    expect(code).toBe(0);
    expect(json.files).toBeGreaterThanOrEqual(11);
  });

  it('is found from a folder inside it too', async () => {
    const result = await efInProcess(['check'], { cwd: join(PROJECT, 'logbook/sessies') });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/geen fouten/);
  });
});
