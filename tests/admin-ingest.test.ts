import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeds } from '../loaders/seed-fixtures.js';
import { startHttpServer, type HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { graphFingerprint } from './helpers/ingest.js';

const TOKEN = 'test-admin-token-0123456789';

interface IngestAnswer {
  documentKey?: string;
  status?: string;
  errors?: { message: string; extensions: { code: string } }[];
}

async function ingest(server: HttpServer, bytes: Uint8Array, auth?: string, name = 'doc.txt') {
  const res = await fetch(`${server.url}/admin/ingest?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(auth ? { authorization: auth } : {}) },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as IngestAnswer };
}

describe('POST /admin/ingest: writes need the admin token', () => {
  let db: GraphExecutor;
  let logged = '';
  let readOnly: HttpServer;
  let admin: HttpServer;
  const [seed] = seeds().sort((a, b) => a.bytes.length - b.bytes.length);
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
    await setupSchema(db);
    readOnly = await startTestServer(db);
    // Everything the admin server logs, at the most verbose level, to look for the token afterwards.
    const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => ((logged += chunk.toString()), cb()) });
    admin = await startHttpServer(db, pino({ level: 'trace' }, sink), '127.0.0.1', 0, { admin: { token: TOKEN, maxSize: '1mb' } });
  });
  afterAll(async () => {
    await readOnly.close();
    await admin.close();
    await wipe(db);
    await db.close();
  });

  it('is off without ADMIN_TOKEN: 403, the API is read-only, nothing written', async () => {
    const before = await graphFingerprint(db);
    const { status, body } = await ingest(readOnly, seed!.bytes, `Bearer ${TOKEN}`);
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(/read-only.*ADMIN_TOKEN/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer test-admin-token-0123456780'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token without Bearer', TOKEN],
  ])('refuses %s with 401, nothing written', async (_what, auth) => {
    const before = await graphFingerprint(db);
    const { status, body } = await ingest(admin, seed!.bytes, auth);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('writes a document with the right token, and the same bytes again change nothing', async () => {
    const first = await ingest(admin, seed!.bytes, `Bearer ${TOKEN}`, seed!.fileName);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('CREATED');
    const after = await graphFingerprint(db);
    expect(after.nodes).toBeGreaterThan(10);
    const again = await ingest(admin, seed!.bytes, `Bearer ${TOKEN}`, seed!.fileName);
    expect(again.body).toMatchObject({ status: 'UNCHANGED', documentKey: first.body.documentKey });
    expect(await graphFingerprint(db)).toEqual(after);
  });

  it.each([
    ['not a budget document', new TextEncoder().encode('春眠不觉晓\n处处闻啼鸟\n'), /line 1: expected a budget or plan document/],
    ['a truncated document (cut inside a character)', null, /truncated file/],
    ['an empty body', new Uint8Array(0), /must be the text of one budget document/],
  ])('answers %s with 400 BAD_USER_INPUT and leaves the graph exactly as before', async (_what, bytes, message) => {
    const before = await graphFingerprint(db);
    const text = seed!.bytes;
    // Cut one byte into the first three-byte (Chinese) character after the middle of the file.
    let cut = Math.floor(text.length / 2);
    while ((text[cut]! & 0xf0) !== 0xe0) cut++;
    const { status, body } = await ingest(admin, bytes ?? text.slice(0, cut + 1), `Bearer ${TOKEN}`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses a document over MAX_INGEST_SIZE with 413', async () => {
    const { status, body } = await ingest(admin, new Uint8Array(2 * 1024 * 1024).fill(0x41), `Bearer ${TOKEN}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never logs the token', () => {
    expect(logged).toContain('document ingested over HTTP');
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(TOKEN.slice(0, 12));
  });
});
