import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../log/logger.js';
import type { Context } from '../context.js';
import type { ApiKeyCheck } from './api-key.js';
import { mutationOverGet } from './get-only-queries.js';
import { jsonBodyReader } from './json-body.js';
import { sendRefusal } from './refusal.js';

export interface GraphqlEndpointOptions {
  /** Config API_KEYS as a check (api-key.ts). */
  apiKey: ApiKeyCheck;
  /** Config MAX_BODY_SIZE, e.g. '1mb'. */
  maxBodySize: string;
  /** A fresh context (its DataLoaders) per request. */
  context: () => Promise<Context>;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * /graphql on plain node:http: the API key, the GET-queries-only rule, the JSON body (size limit),
 * then Apollo's GraphQL over HTTP. It is what @as-integrations/express5 does, without Express:
 * Express's router and its request and response objects added about 0.4 ms at p50 to every request
 * under the bench's 4-client load on the reference machine (`{ __typename }` 1.07 → 0.66 ms), a
 * fifth of a small query's time (06: 3.93 → 3.10 ms; docs/benchmarks.md). The answer carries no
 * ETag: a POST is never revalidated, and hashing every answer is wasted work.
 */
export function graphqlEndpoint(apollo: ApolloServer<Context>, log: Logger, options: GraphqlEndpointOptions): NodeHandler {
  const readBody = jsonBodyReader(options.maxBodySize);
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    const refused = options.apiKey(req.headers) ?? (req.method === 'GET' ? mutationOverGet(new URLSearchParams(search)) : undefined);
    if (refused) return sendRefusal(res, refused);
    const read = await readBody(req, res);
    if ('refusal' in read) return sendRefusal(res, read.refusal);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body: read.body }, context: options.context });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    answer(req, res).catch((err: unknown) => {
      log.error({ err, url: req.url }, 'GraphQL over HTTP failed');
      if (res.headersSent) res.destroy();
      else sendRefusal(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' });
    });
  };
}
