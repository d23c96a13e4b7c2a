import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../src/config/paths.js';
import { isAlive, readPidFile } from '../src/neo4j-local/pid-file.js';
import { freePort } from '../src/neo4j-local/ports.js';

const CLI = path.join(projectRoot, 'src', 'cli', 'main.ts');
const children: ChildProcess[] = [];
const homes: string[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const h of homes) fs.rmSync(h, { recursive: true, force: true });
});

/** The real CLI (`budget-graph serve`) as a child process; resolves once it prints that it is ready. */
async function startCli(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('budget-graph is ready')) resolve();
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before it was ready:\n${out}`)));
  });
  return { child, port, output: () => out, exited };
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

/**
 * A slow client: sends a GraphQL request's headers now (with Expect: 100-continue, so the server's
 * "100 Continue" proves it has taken the request in), and the body only when told. Until then the
 * request is in flight on the server. `done` resolves with the raw HTTP response.
 */
function slowRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const sock = net.connect({ port, host: '127.0.0.1' });
  let response = '';
  let onContinue: () => void = () => {};
  const started = new Promise<void>((resolve) => (onContinue = resolve));
  sock.on('data', (b: Buffer) => {
    response += b.toString();
    if (response.includes('100 Continue')) onContinue();
  });
  const done = new Promise<string>((resolve, reject) => {
    sock.once('end', () => resolve(response));
    sock.once('error', reject);
  });
  done.catch(() => {}); // awaited by the test; this only keeps an early reset from being "unhandled"
  sock.once('connect', () => {
    sock.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`);
  });
  return { started, finish: () => sock.write(body), done };
}

async function untilRefused(port: number): Promise<void> {
  for (let i = 0; i < 200 && (await connects(port)); i++) await new Promise((r) => setTimeout(r, 50));
  expect(await connects(port)).toBe(false);
}

describe('graceful shutdown of budget-graph serve', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the driver, exits 0', async () => {
    const { child, port, output, exited } = await startCli({ NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: process.env.BUDGET_GRAPH_TEST_NEO4J_PASSWORD ?? '' });
    const req = slowRequest(port, '{ status { version documentCount } }');
    await req.started;
    child.kill('SIGTERM');
    await untilRefused(port); // new connections are refused while the in-flight request is open
    req.finish();
    const response = await req.done;
    expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
    expect(response).toMatch(/"data":\{"status":\{"version":"5\.\d+\.\d+","documentCount":\d+\}\}/);
    expect(await exited).toBe(0);
    expect(output()).toContain('"signal":"SIGTERM","msg":"shutting down"');
  }, 120_000);

  it('also stops the local Neo4j it started', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-shutdown-'));
    homes.push(home);
    const { child, exited } = await startCli({ NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_HEAP: '256m', NEO4J_LOCAL_PAGECACHE: '64m' });
    const javaPid = readPidFile(home)!.javaPid;
    expect(isAlive(javaPid)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
    expect(readPidFile(home)).toBeNull();
  }, 240_000);
});
