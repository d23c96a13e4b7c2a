import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchNeo4j } from '../src/neo4j-local/install.js';
import { requireJava, requireMaven } from '../src/neo4j-local/java-tools.js';

describe('fetching Neo4j with Maven', () => {
  it('says in one sentence that Maven Central is unreachable, and what to do', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-mvn-'));
    // A mirror nothing listens on, and an empty local repository: Maven must go to the network.
    fs.writeFileSync(path.join(dir, 'settings.xml'), '<settings><mirrors><mirror><id>down</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/</url></mirror></mirrors></settings>');
    try {
      expect(() => fetchNeo4j(path.join(dir, 'lib'), ['-s', path.join(dir, 'settings.xml'), `-Dmaven.repo.local=${path.join(dir, 'repo')}`])).toThrow(
        /^Maven could not download Neo4j from Maven Central \(.+\): check the network or the proxy in ~\/\.m2\/settings\.xml, or set NEO4J_URI to use an existing Neo4j\.$/,
      );
      expect(fs.existsSync(path.join(dir, 'lib', '.installed'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Java and Maven on PATH', () => {
  it('names the missing tool and what to do', () => {
    const saved = process.env.PATH;
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-empty-path-'));
    process.env.PATH = empty;
    try {
      expect(() => requireJava()).toThrow(/^Java was not found on PATH: install a JDK 17 or newer .*, or set NEO4J_URI to use an existing Neo4j\.$/);
      expect(() => requireMaven()).toThrow(/^Maven \(mvn\) was not found on PATH: .* or set NEO4J_URI to use an existing Neo4j\.$/);
    } finally {
      process.env.PATH = saved;
      fs.rmSync(empty, { recursive: true, force: true });
    }
    expect(requireJava()).toBeGreaterThanOrEqual(17);
  });
});
