// The project's commands as a person runs them, in child processes: their exit code and output,
// or a running `npm run serve` and its address.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Finished {
  code: number | null;
  output: string;
}

/** Runs a command to its end (or kills it after `timeoutMs`) and returns its exit code and output. */
export function run(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 30_000) {
  return new Promise<Finished>((done) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

export interface Serving {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts `node scripts/serve.mjs` (what `npm run serve` runs) and waits for the address it prints. */
export function serve(args: string[], env: Record<string, string> = {}) {
  return new Promise<Serving>((done, fail) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const stop = () =>
      new Promise<void>((stopped) => {
        if (child.exitCode !== null) return stopped();
        child.once('exit', () => stopped());
        child.kill();
      });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) done({ url, child, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
}
