// Owns serving the web workbench (the Vite build in dist/web) from the API process: GET/HEAD only,
// files under the web root only, content types from one table, a strict Content-Security-Policy
// (everything from this origin, nothing inline, no framing), and the embedded demo token for a
// browser on this machine only.
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';

/** Where the built workbench is: dist/web beside the compiled server (or the sources' dist/ when run from src). */
export function defaultWebRoot(): string {
  const fromDist = `${path.sep}dist${path.sep}`;
  return path.resolve(__dirname, __dirname.includes(fromDist) ? '../../web' : '../../dist/web');
}

/** The workbench's runtime configuration endpoint (the demo token, when it may be given). */
export const WORKBENCH_CONFIG_PATH = '/workbench/config.json';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Same-origin everything: scripts and styles are files (Lit adopts its styles as constructed sheets,
 * which CSP does not treat as inline), the API and graphql-ws are this origin ('self' covers ws: in CSP3).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export interface StaticSiteOptions {
  root: string;
  /**
   * The embedded mode's demo token. Given only to a browser on this machine that names this machine
   * (loopback peer and a localhost Host header, so a DNS-rebinding page cannot read it).
   */
  demoToken?: () => Promise<string | undefined>;
}

const LOOPBACK_PEER = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOCAL_HOST_HEADER = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

export function isLocalBrowser(req: http.IncomingMessage): boolean {
  return LOOPBACK_PEER.test(req.socket.remoteAddress ?? '') && LOCAL_HOST_HEADER.test(req.headers.host ?? '');
}

/**
 * A request handler for the workbench; returns false when the request is not its to answer (other
 * methods, or no built workbench), so the caller answers 404/405 as before.
 */
export function createStaticSite(options: StaticSiteOptions): (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => Promise<boolean> {
  const root = path.resolve(options.root);
  const index = path.join(root, 'index.html');
  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (pathname === WORKBENCH_CONFIG_PATH) {
      const demoToken = options.demoToken && isLocalBrowser(req) ? await options.demoToken() : undefined;
      const body = JSON.stringify({ demoToken: demoToken ?? null });
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    if (!fs.existsSync(index)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    // Resolved inside the root or not served at all (no "..", no absolute paths, no NUL).
    const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
    if (decoded.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) return false;
    let target = file;
    let stat = fs.statSync(target, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      target = path.join(target, 'index.html');
      stat = fs.statSync(target, { throwIfNoEntry: false });
    }
    // Client-side routes (no extension) get the app; a missing asset is a 404.
    if (!stat?.isFile()) {
      if (path.extname(decoded) !== '') return false;
      target = index;
      stat = fs.statSync(target);
    }
    const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    // Vite fingerprints assets: cache them for good; the page itself is always revalidated.
    const immutable = target.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-length': stat.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      fs.createReadStream(target).on('error', reject).on('end', resolve).pipe(res);
    });
    return true;
  };
}
