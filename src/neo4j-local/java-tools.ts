import { spawnSync } from 'node:child_process';
import { UserFacingError } from '../errors.js';

/** Major version of the `java` on PATH, or a UserFacingError when there is none. */
export function requireJava(): number {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new UserFacingError(
      'Java was not found on PATH: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless), ' +
        'or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  // `java -version` prints e.g. openjdk version "17.0.15" 2025-04-15 on stderr.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(res.stderr + res.stdout);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : 0;
  if (major < 17) {
    throw new UserFacingError(
      `Java ${major || '(unknown version)'} is too old for Neo4j 5.26: install JDK 17 or newer, or set NEO4J_URI.`,
    );
  }
  return major;
}

export function requireMaven(): void {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new UserFacingError(
      'Maven (mvn) was not found on PATH: it fetches Neo4j from Maven Central on first start. ' +
        'Install it (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}
