import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { jvmArgs, renderNeo4jConf, type LocalNeo4jOptions } from './conf.js';
import { explainStartFailure } from './diagnose.js';
import { neo4jLibDir } from './install.js';
import { isAlive, isOurJava, readPidFile, removePidFile, writePidFile } from './pid-file.js';
import { portAccepts, portIsFree } from './ports.js';

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM (SIGTERM: Neo4j shuts down cleanly; SIGKILL after 60 s). */
  stop(): Promise<void>;
}

/** Neo4j's real server entry point (the one `neo4j console` runs), from the Maven jars. */
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
/** util-linux's setpriv makes the kernel send SIGTERM to the JVM if this process dies (no orphans). */
const SETPRIV = '/usr/bin/setpriv';

/** Resolves true when the child exits, false after ms (the timer never holds the process open). */
function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function killPid(pid: number, log: Logger): Promise<void> {
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 120 && isAlive(pid); i++) await sleep(500);
  if (isAlive(pid)) {
    log.warn({ pid }, 'Neo4j did not stop within 60 s; killing it');
    process.kill(pid, 'SIGKILL');
  }
}

/**
 * Handles a JVM a previous start left behind: refuse while its owner lives (one JVM per store),
 * stop it when its owner is gone (a crashed run), forget the record when it is dead.
 */
async function settlePrevious(home: string, log: Logger): Promise<void> {
  const prev = readPidFile(home);
  if (!prev) return;
  if (isAlive(prev.javaPid) && isOurJava(prev.javaPid, home)) {
    if (prev.ownerPid !== process.pid && isAlive(prev.ownerPid)) {
      throw new UserFacingError(
        `The local Neo4j in ${home} is already running for another budget-graph process (pid ${prev.ownerPid}, ` +
          `Bolt port ${prev.boltPort}): stop that process first, or share it with NEO4J_URI=bolt://127.0.0.1:${prev.boltPort}.`,
      );
    }
    log.warn({ pid: prev.javaPid }, 'stopping a Neo4j left running by a crashed budget-graph run');
    await killPid(prev.javaPid, log);
  }
  removePidFile(home);
}

export async function startLocalNeo4j(o: LocalNeo4jOptions, log: Logger, timeoutSeconds: number): Promise<LocalNeo4j> {
  const home = path.resolve(o.home);
  for (const d of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) fs.mkdirSync(path.join(home, d), { recursive: true });
  await settlePrevious(home, log);
  if (!(await portIsFree(o.boltPort))) {
    throw new UserFacingError(
      `Port ${o.boltPort} on 127.0.0.1 is already in use: set NEO4J_LOCAL_BOLT_PORT to a free port, or stop the program using it.`,
    );
  }
  fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), renderNeo4jConf({ ...o, home }));

  const javaCmd = ['java', ...jvmArgs(o), '-cp', path.join(neo4jLibDir, '*'), ENTRY_POINT, `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`];
  const cmd = fs.existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'TERM', ...javaCmd] : javaCmd;
  const consoleLog = fs.openSync(path.join(home, 'logs', 'console.log'), 'w');
  const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ['ignore', consoleLog, consoleLog] });
  fs.closeSync(consoleLog);
  if (child.pid === undefined) throw new UserFacingError(`Could not start java: ${String(child.spawnfile)} did not run.`);
  const pid = child.pid;
  writePidFile(home, { javaPid: pid, ownerPid: process.pid, boltPort: o.boltPort, startedAt: new Date().toISOString() });
  // Last resort if this process exits without stop(): the JVM must not outlive it holding the store.
  const onExit = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', onExit);
  log.info({ pid, boltPort: o.boltPort, home, heap: o.heap, pageCache: o.pageCache }, 'starting local Neo4j');

  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      removePidFile(home);
      throw new UserFacingError(explainStartFailure(home, o.boltPort, child.exitCode));
    }
    if (await portAccepts(o.boltPort)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      removePidFile(home);
      throw new UserFacingError(
        `The local Neo4j did not accept connections within ${timeoutSeconds} s: see ${path.join(home, 'logs')}, or raise NEO4J_LOCAL_START_TIMEOUT.`,
      );
    }
    await sleep(250);
  }

  return {
    uri: `bolt://127.0.0.1:${o.boltPort}`,
    pid,
    async stop() {
      process.removeListener('exit', onExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 60_000))) {
          log.warn({ pid }, 'Neo4j did not stop within 60 s; killing it');
          child.kill('SIGKILL');
          await waitForExit(child, 10_000);
        }
      }
      removePidFile(home);
      log.info({ pid }, 'local Neo4j stopped');
    },
  };
}
