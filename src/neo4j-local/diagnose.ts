import fs from 'node:fs';
import path from 'node:path';

/** The last lines of a log file, or '' when it does not exist. */
export function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Turns the logs of a Neo4j that exited during start into one sentence a user can act on.
 */
export function explainStartFailure(home: string, boltPort: number, exitCode: number | null): string {
  const logs = [tail(path.join(home, 'logs', 'console.log'), 40), tail(path.join(home, 'logs', 'neo4j.log'), 40)].join('\n');
  if (/FileLockException|Unable to obtain lock|Lock file has been locked|store_lock/i.test(logs)) {
    return (
      `The Neo4j data folder ${home} is locked by another process: stop the other Neo4j that uses it, ` +
      `or set NEO4J_LOCAL_HOME to another folder.`
    );
  }
  if (/BindException|Address already in use|PortBindException/i.test(logs)) {
    return `Port ${boltPort} on 127.0.0.1 is already in use: set NEO4J_LOCAL_BOLT_PORT to a free port, or stop the program using it.`;
  }
  if (/OutOfMemoryError|Could not reserve enough space/i.test(logs)) {
    return `The local Neo4j ran out of memory at start: lower or raise NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE to fit this machine.`;
  }
  const last = logs.split('\n').filter((l) => /ERROR|Exception|Error:/.test(l)).slice(-1)[0]?.trim();
  return (
    `The local Neo4j exited during start (exit code ${exitCode ?? 'signal'})` +
    (last ? `: ${last}` : '') +
    `. See ${path.join(home, 'logs')} for details.`
  );
}
