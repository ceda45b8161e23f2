import { resolve } from 'node:path';

/** The repository's top folder, wherever the command is started from. */
export const ROOT_DIR = resolve(import.meta.dirname, '../..');
export const CHALLENGES_DIR = resolve(ROOT_DIR, 'challenges');
export const DIST_DIR = resolve(ROOT_DIR, 'dist');
