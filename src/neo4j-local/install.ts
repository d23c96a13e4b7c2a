import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { neo4jLocalDir } from '../config/paths.js';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { requireJava, requireMaven } from './java-tools.js';

/** Folder the pom copies Neo4j's jars into (git-ignored). */
export const neo4jLibDir = path.join(neo4jLocalDir, 'lib');
const pomFile = path.join(neo4jLocalDir, 'pom.xml');
/** Written after a complete copy; holds the pom's hash so a pom change re-fetches. */
const markerFile = path.join(neo4jLibDir, '.installed');

function pomHash(): string {
  return createHash('sha256').update(fs.readFileSync(pomFile)).digest('hex');
}

export function neo4jInstalled(): boolean {
  return fs.existsSync(markerFile) && fs.readFileSync(markerFile, 'utf8').trim() === pomHash();
}

/**
 * Fetches Neo4j Community from Maven Central into neo4j-local/lib (once; later calls return at once).
 * Java and Maven must be on PATH; each missing piece gives one sentence saying what to do.
 */
export function ensureNeo4jInstalled(log: Logger): void {
  requireJava();
  if (neo4jInstalled()) return;
  requireMaven();
  log.info({ pom: pomFile }, 'fetching Neo4j from Maven Central (first run only)');
  const started = Date.now();
  fs.rmSync(neo4jLibDir, { recursive: true, force: true });
  const res = spawnSync('mvn', ['-B', '-q', '-f', pomFile, 'package'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.error || res.status !== 0) {
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;
    const firstError = out.split('\n').find((l) => l.includes('[ERROR]'))?.replace(/\x1b\[[0-9;]*m/g, '').trim();
    const unreachable = /UnknownHost|Could not transfer|Connection refused|timed out|Network is unreachable/i.test(out);
    throw new UserFacingError(
      unreachable
        ? `Maven could not download Neo4j from Maven Central (${firstError ?? 'network error'}): check the network or proxy (~/.m2/settings.xml), or set NEO4J_URI to use an existing Neo4j.`
        : `Maven failed to fetch Neo4j (${firstError ?? `exit code ${res.status}`}): run "mvn -f ${pomFile} package" to see the full error.`,
    );
  }
  fs.writeFileSync(markerFile, pomHash() + '\n');
  log.info({ seconds: (Date.now() - started) / 1000 }, 'Neo4j fetched');
}
