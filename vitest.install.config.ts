// `npm run test:install`: ef as a municipality installs it (tests/e2e/install.test.ts:
// npm pack, npm install of the tarball, then the README's commands). It is a chain of npm
// and ef processes that alone takes longer than the rest of the suite on two cores, so it
// runs on its own, after `npm test`, in .ci/run and in the workflow.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/install.test.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
