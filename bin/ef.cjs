#!/usr/bin/env node
// What npm links as `ef`. CommonJS, so that a command starts without Node's ES module
// loader; all logic lives in the bundle (dist/cli/start.cjs, see src/cli/start.ts).
require('../dist/cli/start.cjs');
