/**
 * The bench's GraphQL client: one POST over node:http with a keep-alive agent, the leanest client
 * Node offers. `fetch` (undici's WHATWG layer) cost 1–5 ms more per request under the 4-client load
 * on the reference machine, in the same process as the servers, and that would be charged to (a)
 * and (c) against the floor (b), which sends no HTTP.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true });

export function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const body = JSON.stringify({ query, variables });
  const target = new URL('/graphql', url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
            if (res.statusCode !== 200 || answer.errors?.length || !answer.data) reject(new Error(`${url}: ${res.statusCode} ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`));
            else resolve(answer.data);
          } catch {
            reject(new Error(`${url}: ${res.statusCode} ${text.slice(0, 400)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
