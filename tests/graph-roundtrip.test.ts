import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { testExecutor, wipe } from './helpers/graph.js';

describe('graph executor on the Neo4j the test run started', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
  });

  it('writes with parameters and reads the same values back, money as an exact string', async () => {
    // A parameter that looks like Cypher stays data.
    const label = "福州市人力资源和社会保障局' }) DETACH DELETE (x) //";
    await db.write(cypher('testing/create-probe'), { key: 'p1', label, amount: '3644.00' });
    const rows = await db.read(cypher('testing/read-probe'), { key: 'p1' });
    expect(rows).toEqual([{ label, amount: '3644.00' }]);
  });

  it('runs several statements in one transaction and rolls all of them back on failure', async () => {
    await expect(
      db.writeTransaction('test', async (tx) => {
        await tx.run(cypher('testing/create-probe'), { key: 'p2', label: 'a', amount: '1' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.read(cypher('testing/read-probe'), { key: 'p2' })).toEqual([]);
  });

  it('creates constraints and indexes idempotently', async () => {
    const n = await setupSchema(db);
    const first = await db.read(cypher('schema/list-constraints'));
    await setupSchema(db);
    const second = await db.read(cypher('schema/list-constraints'));
    expect(second).toEqual(first);
    // Every CREATE CONSTRAINT line of the script exists once.
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(n);
    expect(first.map((r) => r.name)).toContain('document_key');
  });

  it('reads map keys that name inherited properties (__proto__, constructor, toString) as plain data', async () => {
    const rows = await db.read(cypher('testing/special-keys'), { a: { polluted: true }, b: 'b' });
    const m = rows[0]!.m as Record<string, unknown>;
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.keys(m).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'plain', 'toString']);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toEqual({ polluted: true });
    expect({ ...m, ['__proto__']: undefined }).toMatchObject({ constructor: 'b', toString: 'c', hasOwnProperty: 'd', plain: 'e' });
    expect((m as { polluted?: unknown }).polluted).toBeUndefined();
    // A parameter object with its own __proto__ key (as JSON.parse makes from a request) goes as data too.
    const [echo] = await db.read(cypher('testing/echo-list'), { items: [JSON.parse('{"__proto__": {"polluted": true}, "a": "x"}')] });
    const sent = (echo!.items as Record<string, unknown>[])[0]!;
    expect(Object.keys(sent).sort()).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
  });

  it('reads a record larger than a Bolt chunk whole, multi-byte characters across chunk ends included', async () => {
    // ~1 MB of names and amounts in one record: Neo4j splits it into chunks of at most 64 KiB, and
    // with 3-byte characters some chunk ends fall inside a character.
    const items = Array.from({ length: 20000 }, (_, i) => ({ name: `福州市第${i}项人才发展专项资金${'€'.repeat(i % 5)}`, amount: `${i}.${String(i % 100).padStart(2, '0')}`, line: i }));
    const rows = await db.read(cypher('testing/echo-list'), { items });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.items).toEqual(items);
  });
});

/**
 * patches/neo4j-driver-core+*.patch (patches/README.md): a result keeps its caller's stack as an
 * Error, formatted only if the query fails, where the driver puts it on the error as before.
 */
describe('the patched driver result', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
  });
  afterAll(async () => {
    await db.close();
  });

  it("formats the caller's stack only when the query fails, and then puts it on the error", async () => {
    const session = db.driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
    try {
      const result = session.run(cypher('testing/fail-read').text, { zero: 0 });
      expect((result as unknown as { _stack: unknown })._stack).toBeInstanceOf(Error);
      const error = await result.then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/by zero/);
      expect(error?.stack).toContain('graph-roundtrip.test.ts');
    } finally {
      await session.close();
    }
  });
});

/**
 * patches/neo4j-driver-bolt-connection+*.patch (patches/README.md): the driver hands a message of
 * several chunks on as one buffer, not as a CombinedBuffer that walks every chunk per byte read.
 * Fails when `npm ci` did not apply the patch (or a new driver version changed the code it patches).
 */
describe('the patched Bolt dechunker', () => {
  const driverRequire = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  type Buf = { _buffer?: Buffer; _buffers?: unknown[]; length: number };
  const { Dechunker } = driverRequire('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker: new () => { onmessage: (m: Buf) => void; write: (b: Buf) => void } };
  const ChannelBuffer = (driverRequire('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (b: Buffer) => Buf }).default;

  it('gives a message of two chunks as one contiguous buffer holding both', () => {
    const messages: Buf[] = [];
    const dechunker = new Dechunker();
    dechunker.onmessage = (m) => messages.push(m);
    // Chunk 'ab', chunk 'cde', then the 00 00 message end, each chunk with its 2-byte length.
    dechunker.write(new ChannelBuffer(Buffer.from([0, 2, 0x61, 0x62, 0, 3, 0x63, 0x64, 0x65, 0, 0])));
    expect(messages).toHaveLength(1);
    expect(messages[0]!._buffers).toBeUndefined();
    expect(messages[0]!._buffer?.toString('latin1')).toBe('abcde');
  });
});
