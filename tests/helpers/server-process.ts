import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './run-command';
import { tempDir } from './server';

/** The real server in its own process, so a test can kill it (SIGKILL) and start it again. */
export function serverProcess(databaseFile = join(tempDir('stapjes-db-'), 'stapjes.sqlite')) {
  let child: ChildProcess | null = null;
  let port = 0;
  const start = () =>
    new Promise<string>((resolveUrl, reject) => {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          STAPJES_DATABASE_FILE: databaseFile,
          STAPJES_DIST_DIR: tempDir('stapjes-nodist-'),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/[\d.]+:(\d+))/.exec(output);
        if (match) {
          port = Number(match[2]);
          resolveUrl(match[1]!);
        }
      });
      child.once('exit', (code) =>
        reject(new Error(`server exited (${code}) before starting: ${output}`)),
      );
    });
  return {
    databaseFile,
    start,
    /** Kills the server at once, as a power cut would: no cleanup runs. */
    kill: () =>
      new Promise<void>((done) => {
        if (!child || child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}
