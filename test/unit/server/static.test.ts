// The workbench's static site: files under the web root only, content types, CSP and hardening
// headers on every answer, client-side routes get the app, and the demo token only for a browser on
// this machine that names this machine (DNS rebinding cannot read it).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, WORKBENCH_CONFIG_PATH, createStaticSite } from '../../../src/server/static';

/** A raw HTTP/1.1 request, so the Host header and path are exactly what a hostile client would send. */
function raw(port: number, request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (c) => (data += c.toString('utf8')));
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: rest.join('\r\n\r\n') });
    });
    socket.on('error', reject);
  });
}

describe('workbench static site', () => {
  let dir: string;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-web-'));
    fs.mkdirSync(path.join(dir, 'web', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'web', 'index.html'), '<!doctype html><title>Chartcoder</title>');
    fs.writeFileSync(path.join(dir, 'web', 'assets', 'app-1a2b.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
    const site = createStaticSite({ root: path.join(dir, 'web'), demoToken: async () => 'demo-token' });
    server = http.createServer((req, res) => {
      void site(req, res, new URL(req.url ?? '/', 'http://x').pathname).then((served) => {
        if (!served) res.writeHead(404).end('not found');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const get = (p: string, host = `localhost:${port}`, method = 'GET') => raw(port, `${method} ${p} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

  it('serves the page and its assets with their content types, the CSP and hardening headers', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers).toContain('content-type: text/html; charset=utf-8');
    expect(page.headers).toContain(`content-security-policy: ${CONTENT_SECURITY_POLICY.toLowerCase()}`);
    expect(page.headers).toContain('x-content-type-options: nosniff');
    expect(page.headers).toContain('cache-control: no-cache');
    const js = await get('/assets/app-1a2b.js');
    expect(js.headers).toContain('content-type: text/javascript; charset=utf-8');
    expect(js.headers).toContain('immutable');
    expect(js.body).toBe('console.log(1)');
  });

  it('answers client-side routes with the app, a missing asset with 404, and nothing outside the root', async () => {
    expect((await get('/jobs/abc')).body).toContain('<title>Chartcoder</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00index.html']) {
      const r = await get(p);
      expect(r.body).not.toContain('outside the root');
    }
    expect((await get('/', `localhost:${port}`, 'POST')).status).toBe(404);
  });

  it('gives the demo token to a local browser naming localhost, never under another Host name', async () => {
    const local = await get(WORKBENCH_CONFIG_PATH);
    expect(JSON.parse(local.body)).toEqual({ demoToken: 'demo-token' });
    expect(local.headers).toContain('cache-control: no-store');
    const rebound = await get(WORKBENCH_CONFIG_PATH, `attacker.example:${port}`);
    expect(JSON.parse(rebound.body)).toEqual({ demoToken: null });
  });
});
