import fs from 'node:fs';
import path from 'node:path';

/**
 * run/budget-graph.pid records which JVM serves this Neo4j home and which process started it,
 * so a second start can tell "in use" (owner alive) from "orphan of a crashed run" (owner dead).
 */
export interface PidRecord {
  javaPid: number;
  ownerPid: number;
  boltPort: number;
  startedAt: string;
}

export const pidFilePath = (home: string) => path.join(home, 'run', 'budget-graph.pid');

export function readPidFile(home: string): PidRecord | null {
  try {
    const rec = JSON.parse(fs.readFileSync(pidFilePath(home), 'utf8')) as Partial<PidRecord>;
    if (typeof rec.javaPid === 'number' && typeof rec.ownerPid === 'number' && typeof rec.boltPort === 'number') {
      return rec as PidRecord;
    }
  } catch {
    // missing or unreadable: treated as no record
  }
  return null;
}

export function writePidFile(home: string, rec: PidRecord): void {
  fs.writeFileSync(pidFilePath(home), JSON.stringify(rec) + '\n');
}

export function removePidFile(home: string): void {
  fs.rmSync(pidFilePath(home), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when pid is a JVM serving this home (guards against a recycled pid). */
export function isOurJava(pid: number, home: string): boolean {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('java') && cmd.includes(home);
  } catch {
    // No /proc (macOS): fall back to liveness only.
    return isAlive(pid);
  }
}
