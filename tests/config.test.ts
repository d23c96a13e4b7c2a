import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';

describe('configuration from the environment', () => {
  it('has defaults that start a local Neo4j on 127.0.0.1', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(4000);
  });

  it.each([
    ['PORT', 'abc'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_LOCAL_HEAP', 'lots'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_QUERY_DEPTH', '1'],
    ['MAX_QUERY_COMPLEXITY', 'many'],
    ['MAX_BODY_SIZE', 'huge'],
    ['QUERY_TIMEOUT_MS', '-5'],
  ])('names the bad variable %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Environment variable ${name}="${value}" is invalid`));
  });

  it('reads API_KEYS as a comma-separated list: empty or unset means off', () => {
    expect(loadConfig({}).API_KEYS).toEqual([]);
    expect(loadConfig({ API_KEYS: '' }).API_KEYS).toEqual([]);
    expect(loadConfig({ API_KEYS: ' 0123456789abcdef , fedcba9876543210-b ,' }).API_KEYS).toEqual(['0123456789abcdef', 'fedcba9876543210-b']);
  });

  it('refuses a short API key without echoing the keys', () => {
    const keys = '0123456789abcdef,short';
    expect(() => loadConfig({ API_KEYS: keys })).toThrow(/^Environment variable API_KEYS \(value not shown\) is invalid: each key needs at least 16 characters/);
    expect(() => loadConfig({ API_KEYS: keys })).not.toThrow(/short|0123456789abcdef/);
  });

  it('never shows the admin token, even when it is rejected', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'short-secret' })).toThrow('Environment variable ADMIN_TOKEN (value not shown) is invalid: use at least 16 characters.');
  });
});
