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
const MARKER = '.installed';

function pomHash(): string {
  return createHash('sha256').update(fs.readFileSync(pomFile)).digest('hex');
}

export function neo4jInstalled(libDir = neo4jLibDir): boolean {
  const marker = path.join(libDir, MARKER);
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === pomHash();
}

/** One sentence from Maven's output: its first [ERROR] line, shortened. */
function firstMavenError(out: string): string | undefined {
  const line = out.split('\n').find((l) => l.includes('[ERROR]'));
  const clean = line?.replace(/\x1b\[[0-9;]*m/g, '').replace('[ERROR]', '').trim();
  return clean && clean.length > 240 ? `${clean.slice(0, 240)}…` : clean;
}

/**
 * Runs Maven on neo4j-local/pom.xml to copy Neo4j's jars into libDir. `mavenArgs` are passed
 * through (tests use them to point Maven at an unreachable mirror).
 */
export function fetchNeo4j(libDir: string, mavenArgs: string[] = []): void {
  fs.rmSync(libDir, { recursive: true, force: true });
  const res = spawnSync('mvn', ['-B', '-q', ...mavenArgs, '-f', pomFile, `-Dneo4j.lib.dir=${libDir}`, 'package'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.error || res.status !== 0) {
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;
    const why = firstMavenError(out) ?? `exit code ${res.status}`;
    const unreachable = /UnknownHost|Could not transfer|Connection refused|timed out|Network is unreachable/i.test(out);
    throw new UserFacingError(
      unreachable
        ? `Maven could not download Neo4j from Maven Central (${why}): check the network or the proxy in ~/.m2/settings.xml, or set NEO4J_URI to use an existing Neo4j.`
        : `Maven failed to fetch Neo4j (${why}): run "mvn -f ${pomFile} package" to see the full error.`,
    );
  }
  fs.writeFileSync(path.join(libDir, MARKER), pomHash() + '\n');
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
  fetchNeo4j(neo4jLibDir);
  log.info({ seconds: (Date.now() - started) / 1000 }, 'Neo4j fetched');
}
