// Owns the signed-in session: the token (sessionStorage: gone when the tab closes, never in
// localStorage next to PHI-derived pages) and the one SDK client built from it.
import { ChartcoderClient } from '../../client/src/index';
import { tokenRoles } from './roles';

const TOKEN_KEY = 'chartcoder.token';
const GRAPHQL_PATH = '/graphql';

let client: ChartcoderClient | undefined;
let capabilities: Promise<Capabilities> | undefined;

/** Which role-bound pages to offer: the server still decides every call. */
export interface Capabilities {
  reviewer: boolean;
  admin: boolean;
}

export function currentToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function signIn(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  void client?.close();
  client = undefined;
  capabilities = undefined;
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  void client?.close();
  client = undefined;
  capabilities = undefined;
}

/** The SDK client on this origin (HTTP and graphql-ws on /graphql). */
export function api(): ChartcoderClient {
  client ??= new ChartcoderClient({ url: new URL(GRAPHQL_PATH, location.origin).toString(), token: () => currentToken() });
  return client;
}

/**
 * The signed-in principal's capabilities: the token's roles when it is a JWT (the embedded demo token has
 * every role, reviewer included); for an API key, one probe each (FORBIDDEN means no).
 */
export function currentCapabilities(): Promise<Capabilities> {
  capabilities ??= (async () => {
    const roles = tokenRoles(currentToken());
    if (roles) return { reviewer: roles.includes('reviewer'), admin: roles.includes('admin') };
    const allowed = (p: Promise<unknown>) => p.then(() => true, (err: { code?: string }) => err?.code !== 'FORBIDDEN');
    const [reviewer, admin] = await Promise.all([allowed(api().listReviewQueue({ first: 1 })), allowed(api().listDeadLetters({ first: 1 }))]);
    return { reviewer, admin };
  })();
  return capabilities;
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
