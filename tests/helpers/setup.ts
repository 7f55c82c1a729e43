// Runs before every test file (vitest's setupFiles), also when files share a worker.
import { afterAll } from 'vitest';
import { removeTempDirs } from './ef.js';

afterAll(removeTempDirs);
