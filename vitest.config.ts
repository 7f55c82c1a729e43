// How `npm test` runs:
// - a worker per core and one more: vitest's default (one per core but one) leaves half of
//   a 2-core machine idle, and the extra worker keeps the cores busy while a test waits
//   for a child process (Chromium, the PTY driver, git);
// - test files share their worker's loaded modules (isolate: false), so ef's code is
//   loaded once per worker instead of once per file. The few files that replace modules
//   (vi.mock, vi.doMock) are projects of their own: vitest gives each project fresh
//   workers, so their replacements reach no other file and vice versa. (The threads pool
//   would start faster, but ef check's worker module answers any worker thread's
//   messages, vitest's included; forks it is.)
// - the slowest files start first, so that no long file is left running alone at the end.
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that replace ef's own modules or Node's: they need a module registry of their own. */
const ISOLATED = ['tests/unit/environment-errors.test.ts', 'tests/e2e/report-any-text.test.ts'];

/** `npm run test:install` runs this one, with vitest.install.config.ts. */
const INSTALL = 'tests/e2e/install.test.ts';

/** The slowest files (mostly waiting for child processes: Chromium, Typst, ef), first in line. */
const SLOW_FIRST = [
  'tests/browser/html-browser.test.ts',
  'tests/e2e/report-determinism.test.ts',
  'tests/e2e/scaffold-pty.test.ts',
  'tests/browser/preview-browser.test.ts',
  'tests/fuzz/check.fuzz.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return index === -1 ? SLOW_FIRST.length : index;
    };
    return sorted.map((spec, order) => ({ spec, order })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    // Generous: on a busy machine a test that spawns processes can take long; a timeout only
    // catches a hang (no test asserts a time).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/helpers/setup.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: availableParallelism() + 1,
    // As many from the start: with shared workers, vitest 3's pool ends an idle extra worker
    // with an unhandled "Terminating worker thread" rejection (and exit code 1).
    minWorkers: availableParallelism() + 1,
    sequence: { sequencer: SlowFirst },
    projects: [
      { extends: true, test: { name: 'ef', include: ['tests/**/*.test.ts'], exclude: [...ISOLATED, INSTALL] } },
      ...ISOLATED.map((file) => ({ extends: true as const, test: { name: basename(file, '.test.ts'), include: [file] } })),
    ],
  },
});
