import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { UserFacingError } from '../errors.js';
import { createLogger, type Logger } from '../log/logger.js';

/**
 * Runs a CLI action with validated config and a logger. A UserFacingError prints its one
 * sentence (no stack trace) and exits 1; anything else is a bug: logged with its stack, exit 2.
 */
export async function runCommand(action: (config: Config, log: Logger) => Promise<void>): Promise<void> {
  let log: Logger | undefined;
  try {
    const config = loadConfig();
    log = createLogger(config.LOG_LEVEL);
    await action(config, log);
  } catch (e) {
    if (e instanceof UserFacingError || e instanceof ConfigError) {
      process.stderr.write(`budget-graph: ${e.message}\n`);
      process.exit(1);
    }
    (log ?? createLogger()).fatal({ err: e }, 'unexpected error');
    process.exit(2);
  }
}
