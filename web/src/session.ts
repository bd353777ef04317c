// Owns the signed-in session: the token (sessionStorage: gone when the tab closes, never in
// localStorage next to PHI-derived pages) and the one SDK client built from it.
import { ChartcoderClient } from '../../client/src/index';

const TOKEN_KEY = 'chartcoder.token';
const GRAPHQL_PATH = '/graphql';

let client: ChartcoderClient | undefined;

export function currentToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function signIn(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  void client?.close();
  client = undefined;
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  void client?.close();
  client = undefined;
}

/** The SDK client on this origin (HTTP and graphql-ws on /graphql). */
export function api(): ChartcoderClient {
  client ??= new ChartcoderClient({ url: new URL(GRAPHQL_PATH, location.origin).toString(), token: () => currentToken() });
  return client;
}

/** The embedded mode's demo token, offered only to a browser on the service's own machine. */
export async function demoToken(): Promise<string | undefined> {
  try {
    const res = await fetch('/workbench/config.json', { cache: 'no-store' });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { demoToken?: string | null };
    return body.demoToken ?? undefined;
  } catch {
    return undefined;
  }
}

/** A message for an error: its code first (what support asks for), then the text. */
export function describeError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e?.code ? `${e.code}: ${e.message ?? ''}` : String(e?.message ?? err);
}
