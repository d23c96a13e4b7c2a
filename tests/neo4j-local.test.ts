import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../src/config/paths.js';
import { createLogger } from '../src/log/logger.js';
import { startLocalNeo4j } from '../src/neo4j-local/launcher.js';
import { isAlive, pidFilePath, readPidFile } from '../src/neo4j-local/pid-file.js';
import { freePort } from '../src/neo4j-local/ports.js';

const log = createLogger('silent');
const small = { heap: '256m', pageCache: '64m' };
const tmpHomes: string[] = [];
function tmpHome(): string {
  const h = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-launcher-'));
  tmpHomes.push(h);
  return h;
}
afterAll(() => {
  for (const h of tmpHomes) fs.rmSync(h, { recursive: true, force: true });
});

const boltPortOf = (uri: string) => Number(new URL(uri.replace('bolt:', 'http:')).port);

describe('local Neo4j launcher', () => {
  it('refuses, in one sentence, a second start on a store another process is using', async () => {
    const home = inject('neo4jHome');
    if (!home) return; // an external test server: there is no local store to contend for
    await expect(startLocalNeo4j({ home, boltPort: await freePort(), ...small }, log, 60)).rejects.toThrow(
      /is already running for another budget-graph process \(pid \d+, Bolt port \d+\): stop that process first, or share it with NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+\./,
    );
  });

  it('says the store is locked when another Neo4j (not started by budget-graph) holds it', async () => {
    const home = inject('neo4jHome');
    if (!home) return;
    // Hide the pid file: to the launcher, the running test Neo4j is now a stranger holding the store lock.
    const pidFile = pidFilePath(home);
    const saved = fs.readFileSync(pidFile);
    fs.rmSync(pidFile);
    try {
      await expect(startLocalNeo4j({ home, boltPort: await freePort(), ...small }, log, 120)).rejects.toThrow(
        `The Neo4j data folder ${home} is locked by another process: stop the other Neo4j that uses it, or set NEO4J_LOCAL_HOME to another folder.`,
      );
    } finally {
      fs.writeFileSync(pidFile, saved);
    }
  }, 180_000);

  it('names the busy port and the variable to change', async () => {
    const busy = boltPortOf(inject('neo4jUri'));
    await expect(startLocalNeo4j({ home: tmpHome(), boltPort: busy, ...small }, log, 60)).rejects.toThrow(
      `Port ${busy} on 127.0.0.1 is already in use: set NEO4J_LOCAL_BOLT_PORT to a free port, or stop the program using it.`,
    );
  });

  it('leaves no JVM behind when the app is killed, and starts again on the same store', async () => {
    const home = tmpHome();
    const port = await freePort();
    // A child Node process starts Neo4j and is then killed with SIGKILL (a crash: no clean-up code runs).
    const script = path.join(projectRoot, 'tests', 'helpers', 'start-neo4j-child.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, home, String(port)], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => b.toString().includes('READY') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    const javaPid = readPidFile(home)!.javaPid;
    expect(isAlive(javaPid)).toBe(true);
    child.kill('SIGKILL');
    for (let i = 0; i < 120 && isAlive(javaPid); i++) await sleep(500);
    expect(isAlive(javaPid)).toBe(false);

    const again = await startLocalNeo4j({ home, boltPort: port, ...small }, log, 120);
    expect(again.pid).not.toBe(javaPid);
    await again.stop();
    expect(isAlive(again.pid)).toBe(false);
    expect(readPidFile(home)).toBeNull();
  }, 240_000);
});
