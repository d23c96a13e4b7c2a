import path from 'node:path';

export interface LocalNeo4jOptions {
  /** Folder holding conf/, data/, logs/, run/ of this Neo4j. */
  home: string;
  boltPort: number;
  /** Java heap, e.g. "1g"; set explicitly: Neo4j's default on a 24 GiB machine is ~6 GiB. */
  heap: string;
  /** Page cache, e.g. "512m"; the default would be ~half the machine's free memory. */
  pageCache: string;
}

/**
 * The neo4j.conf for a local Neo4j: Bolt on 127.0.0.1 only, HTTP off (the API talks Bolt),
 * auth off (nothing but this machine can reach the port), memory set explicitly.
 */
export function renderNeo4jConf(o: LocalNeo4jOptions): string {
  const dir = (name: string) => path.join(o.home, name);
  return [
    '# Written by budget-graph at each start; edit the environment variables, not this file.',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

/** JVM flags Neo4j's own launcher passes; without the --add-opens it fails at start on Java 17. */
export function jvmArgs(o: LocalNeo4jOptions): string[] {
  return [
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}
