// Unit: the AWS clients open enough keep-alive sockets for the calls one process has in flight at once (50
// submitting clients beside the API's event intake; a worker's slots each with a write and a heartbeat). With
// the SDK's default of 50 the 51st call waits inside the agent for a socket, unseen by any timeout.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createAwsClients, destroyAwsClients, MAX_SOCKETS_PER_CLIENT } from '../../../src/adapters/awsClients';

describe('createAwsClients', () => {
  it('lets more than the SDK default of 50 calls reach the server at once, over reused keep-alive connections', async () => {
    const inFlight = 80;
    expect(MAX_SOCKETS_PER_CLIENT).toBeGreaterThanOrEqual(inFlight);
    const held: http.ServerResponse[] = [];
    let connections = 0;
    let allArrived!: () => void;
    const arrived = new Promise<void>((r) => (allArrived = r));
    const answer = (res: http.ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end('{}');
    };
    // Answers nothing until every call is open at the same time: with 50 sockets the last 30 would never arrive.
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (held.length < inFlight) {
          held.push(res);
          if (held.length === inFlight) allArrived();
        } else answer(res);
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const clients = createAwsClients({ region: 'us-east-1', dynamodbEndpoint: endpoint, sqsEndpoint: endpoint, snsEndpoint: endpoint });
    try {
      const get = () => clients.dynamodb.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } } }));
      const calls = Array.from({ length: inFlight }, get);
      await arrived;
      for (const res of held) answer(res);
      await Promise.all(calls);
      expect(connections).toBe(inFlight);
      // Keep-alive: a second wave reuses the open connections.
      await Promise.all(Array.from({ length: inFlight }, get));
      expect(connections).toBe(inFlight);
    } finally {
      destroyAwsClients(clients);
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
