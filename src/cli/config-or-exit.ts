import { readConfig, type ServerConfig } from '../server/config';
import { ROOT_DIR } from './paths';

/** The server's settings from the environment; a wrong setting is named on stderr and ends the command with 2. */
export function configOrExit(env: NodeJS.ProcessEnv): ServerConfig {
  try {
    return readConfig(env, ROOT_DIR);
  } catch (error) {
    console.error(`Stapjes cannot start: ${(error as Error).message}`);
    process.exit(2);
  }
}
