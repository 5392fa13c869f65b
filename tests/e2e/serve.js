// A static file server for the release build: what any static host does, nothing more. It
// serves the pre-compressed .br / .gz copies when the browser accepts them, as hosts do, and
// can serve the build under a sub-path.
// usage: node serve.js DIR PORT [BASE]   (BASE like /parcours/; default /)
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || 8090);
const base = process.argv[4] || '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file;
    try {
      file = path.join(root, decodeURIComponent(url.pathname.slice(base.length - 1)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const accepts = req.headers['accept-encoding'] || '';
    const encoding = [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([name, ext]) => accepts.includes(name) && fs.existsSync(file + ext));
    fs.readFile(encoding ? file + encoding[1] : file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
      if (encoding) {
        headers['content-encoding'] = encoding[0];
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
