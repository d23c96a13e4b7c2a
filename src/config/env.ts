import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from '../errors.js';
import { projectRoot } from './paths.js';

/**
 * All configuration comes from the environment and is validated here, once.
 * A bad value stops the program with one sentence naming the variable.
 */
const portNumber = z.coerce.number().int().min(1).max(65535);
/** Java memory sizes as Neo4j accepts them: 512m, 1g, 1024k. */
const memorySize = z.string().regex(/^\d+[kmgKMG]$/, 'expected a size such as 512m or 1g');
/**
 * Comma-separated API keys; unset or empty = no key needed (the localhost default). A key shorter
 * than 16 characters is refused: it would be guessable by anyone who can reach the port.
 */
const apiKeys = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((k) => k.trim()).filter((k) => k !== ''))
  .refine((keys) => keys.every((k) => k.length >= 16 && !/\s/.test(k)), 'each key needs at least 16 characters and no spaces (e.g. `openssl rand -hex 32`)');

const schema = z.object({
  /** External Neo4j (bolt:// or neo4j://). When set, no local Neo4j is started. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'expected bolt://host:port or neo4j://host:port')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: portNumber.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Home of the local Neo4j: config, data, logs (git-ignored; survives restarts). */
  NEO4J_LOCAL_HOME: z.string().min(1).default(path.join(projectRoot, '.neo4j')),
  NEO4J_LOCAL_BOLT_PORT: portNumber.default(7687),
  NEO4J_LOCAL_HEAP: memorySize.default('1g'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('512m'),
  /** How long to wait for the local Neo4j to accept connections, in seconds. */
  NEO4J_LOCAL_START_TIMEOUT: z.coerce.number().int().min(5).default(180),
  /** When non-empty, /graphql needs `X-API-Key: <key>` or `Authorization: Bearer <key>` (src/api/http/api-key.ts). */
  API_KEYS: apiKeys,
  /** Deepest selection a GraphQL operation may have (fields nested in fields). */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
  /** Largest estimated cost of an operation: each field 1, a list's selection times its page size. */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(1_000_000),
  /** Largest request body, as express accepts it (100kb, 1mb). */
  MAX_BODY_SIZE: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb').default('1mb'),
  /** Longest a Cypher transaction may run on the server, in milliseconds (Neo4j ends it after that). */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** How long a failing transaction is retried while Neo4j is unreachable, in milliseconds. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(3_000),
  /** Enables POST /admin/ingest for requests bearing this token; unset, the API is read-only. */
  ADMIN_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  /** Largest document POST /admin/ingest accepts. */
  MAX_INGEST_SIZE: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 20mb').default('20mb'),
});

export type Config = z.infer<typeof schema>;

/** Variables whose values never appear in messages or logs. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['API_KEYS', 'NEO4J_PASSWORD', 'ADMIN_TOKEN']);

export class ConfigError extends UserFacingError {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as most shells and .env tools mean them.
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(defined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    // Secrets are named, never echoed: this sentence ends up in terminals and CI logs.
    const shown = SECRET_VARIABLES.has(name) ? ' (value not shown)' : `=${JSON.stringify(env[name] ?? '')}`;
    throw new ConfigError(`Environment variable ${name}${shown} is invalid: ${issue.message}.`);
  }
  return parsed.data;
}
