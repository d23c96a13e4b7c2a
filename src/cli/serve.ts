import { startApp } from '../app/start-app.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log/logger.js';

/** Starts Neo4j (unless NEO4J_URI is set) and the API; stops both cleanly on SIGINT/SIGTERM. */
export async function serve(config: Config, log: Logger): Promise<void> {
  const app = await startApp(config, log);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: e }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Only now say ready: a signal sent on reading this line must find the handlers in place (before
  // them, SIGTERM's default action kills the process without stopping Neo4j).
  process.stderr.write(`\nbudget-graph is ready: visual explorer at ${app.url}/, GraphiQL at ${app.url}/explorer, GraphQL at ${app.url}/graphql, health at ${app.url}/healthz (Ctrl-C stops it)\n\n`);
  // Under `npm start`, npm answers SIGTERM by exiting without passing the signal on: a server
  // whose npm is gone (re-parented) shuts down instead of running on, holding Neo4j. Only under
  // npm: a server started with nohup/& from a shell must survive that shell.
  if (process.env.npm_lifecycle_event) {
    const launcher = process.ppid;
    setInterval(() => process.ppid !== launcher && shutdown('npm exited'), 1000).unref();
  }
}
