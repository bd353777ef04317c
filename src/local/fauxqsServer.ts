// Owns the embedded SQS/SNS server: fauxqs@1.9.2 (in-memory) bound to 127.0.0.1.
// fauxqs is ESM-only (its package exports only an `import` condition), so it is loaded with a real
// dynamic import that the TypeScript CommonJS output would otherwise rewrite into require().

import { LocalInfrastructureError } from './errors';

export interface FauxqsOptions {
  /** 0 (default) lets the OS choose. */
  port?: number;
  region: string;
}

export interface FauxqsHandle {
  /** One endpoint serves both SQS and SNS. */
  endpoint: string;
  port: number;
  startupMs: number;
  stop(): Promise<void>;
}

interface FauxqsApp {
  listen(options: { host: string; port: number }): Promise<string>;
  close(): Promise<void>;
  server: { address(): { port: number } | string | null };
}

const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export async function startFauxqs(options: FauxqsOptions): Promise<FauxqsHandle> {
  const startedAt = Date.now();
  let mod: { buildApp(options: { logger: boolean; defaultRegion?: string }): FauxqsApp };
  try {
    mod = (await importEsm('fauxqs')) as typeof mod;
  } catch (err) {
    throw new LocalInfrastructureError(`Could not load fauxqs: ${(err as Error).message}`);
  }
  const app = mod.buildApp({ logger: false, defaultRegion: options.region });
  try {
    await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  } catch (err) {
    await app.close().catch(() => undefined);
    throw new LocalInfrastructureError(`fauxqs could not listen on 127.0.0.1:${options.port ?? 0}: ${(err as Error).message}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    startupMs: Date.now() - startedAt,
    stop: () => (stopped ??= app.close()),
  };
}
