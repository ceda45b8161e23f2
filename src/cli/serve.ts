/** `npm run serve`: serves an existing build, the packs and the sync endpoint (no build step). */
import { configOrExit } from './config-or-exit';
import { startServer } from '../server/main';

const config = configOrExit(process.env);
const { url, stop } = await startServer(config);
console.log(`Stapjes is running at ${url}`);
console.log(`Packs: ${url}/challenges/index.json`);
console.log(`Sync endpoint: ${url}/api/v1 (database: ${config.databaseFile})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stop().then(() => process.exit(0)));
}
