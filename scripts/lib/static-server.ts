/**
 * Serves the built site as a production host would: gzip for text and
 * long cache lifetimes for hashed assets, with Docusaurus's clean URLs
 * (`/errors/x` → `errors/x.html`). For measuring; `npm run serve` is for looking.
 */
import {createServer, type Server} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function resolve(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined; // a malformed escape: not found
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
    const file = path.join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export function serveBuild(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const file = resolve(root, request.url ?? '/') ?? path.join(root, '404.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers: Record<string, string> = {'Content-Type': type};
    headers['Cache-Control'] = file.includes(`${path.sep}assets${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    if (/text|javascript|json|svg|xml/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(file.endsWith('404.html') && !request.url?.endsWith('404.html') ? 404 : 200, headers);
    response.end(body);
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}
