// Owns the chaos harness's misbehaving websocket client: it speaks graphql-ws (graphql-transport-ws) far
// enough to hold subscriptions, then stops reading its socket, as a frozen browser tab or a stuck
// integration would. Resuming later reveals how the server ended the connection (its close code).
import WebSocket from 'ws';
import type { Socket } from 'node:net';

const UPDATES = 'subscription { jobUpdates { jobId status version at } }';

export interface StalledSubscriber {
  /** Reads again and resolves with the close code the server sent, or undefined if still open after `waitMs`. */
  resumeAndWaitForClose(waitMs: number): Promise<number | undefined>;
}

export async function stalledSubscriber(graphqlUrl: string, token: string, subscriptions: number): Promise<StalledSubscriber> {
  const ws = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  let closeCode: number | undefined;
  const closed = new Promise<void>((resolve) =>
    ws.once('close', (code) => {
      closeCode = code;
      resolve();
    }),
  );
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const acked = new Promise<void>((resolve) =>
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve();
    }),
  );
  ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
  await acked;
  for (let i = 0; i < subscriptions; i++) ws.send(JSON.stringify({ id: String(i + 1), type: 'subscribe', payload: { query: UPDATES } }));
  // Give the server a moment to register them before we go deaf.
  await new Promise((r) => setTimeout(r, 500));
  const socket = (ws as unknown as { _socket: Socket })._socket;
  socket.pause();
  return {
    resumeAndWaitForClose: async (waitMs) => {
      socket.resume();
      await Promise.race([closed, new Promise((r) => setTimeout(r, waitMs))]);
      if (closeCode === undefined) ws.terminate();
      return closeCode;
    },
  };
}
