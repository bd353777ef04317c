// Owns the test suite's GraphQL clients: typed documents (codegen) over real HTTP and graphql-ws,
// exactly as an integration team or a front end would talk to the service.
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

export async function gql<TResult, TVariables>(
  url: string,
  token: string | undefined,
  document: TypedDocumentNode<TResult, TVariables> | DocumentNode,
  variables?: TVariables,
): Promise<GraphqlResponse<TResult>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: GraphqlError[] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/** Like gql, but fails the test on any error. */
export async function gqlOk<TResult, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const r = await gql(url, token, document, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export function wsClient(url: string, token: string | undefined): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Collected<T> {
  values: T[];
  /** Resolves when the server completes the subscription; rejects on an error. */
  done: Promise<void>;
  stop(): void;
}

/** Subscribes and collects every payload until the server completes or errors. */
export function collect<TResult, TVariables>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  onValue?: (v: TResult) => void,
): Collected<TResult> {
  const values: TResult[] = [];
  let stop: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    stop = client.subscribe<TResult>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (r) => {
          if (r.errors?.length) reject(Object.assign(new Error('subscription error'), { errors: r.errors }));
          else if (r.data) {
            values.push(r.data as TResult);
            onValue?.(r.data as TResult);
          }
        },
        error: (e) => reject(Object.assign(new Error('subscription error'), { errors: Array.isArray(e) ? e : [e] })),
        complete: resolve,
      },
    );
  });
  return { values, done, stop: () => stop() };
}

export async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
