// Started by tests/neo4j-local.test.ts as a separate process that then gets killed:
// starts a local Neo4j in the given home and port, prints READY, and waits.
import { createLogger } from '../../src/log/logger.js';
import { startLocalNeo4j } from '../../src/neo4j-local/launcher.js';

const [home, port] = process.argv.slice(2);
await startLocalNeo4j({ home: home!, boltPort: Number(port), heap: '256m', pageCache: '64m' }, createLogger('silent'), 120);
process.stdout.write('READY\n');
setInterval(() => {}, 1 << 30);
