// nginx (docker.io/library/nginx): port 80, the stock welcome page at / and nginx's own error
// pages, with the headers nginx sends for a static file.

import { byteLength, httpDate, type App, type AppContext, type HttpRequest, type HttpResponse } from './types.js';

export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** The release each tag line resolved to in 2025 (the image's index.html mtime follows the build). */
const RELEASES: Record<string, { version: string; built: number }> = {
  '1.25': { version: '1.25.5', built: Date.UTC(2024, 3, 16, 12, 1, 11) },
  '1.26': { version: '1.26.3', built: Date.UTC(2025, 1, 5, 11, 57, 6) },
  '1.27': { version: '1.27.5', built: Date.UTC(2025, 3, 16, 12, 1, 11) },
  '1.28': { version: '1.28.0', built: Date.UTC(2025, 3, 23, 11, 48, 54) },
  '1.29': { version: '1.29.1', built: Date.UTC(2025, 7, 13, 16, 35, 53) },
};

export function nginxRelease(tag: string): { version: string; built: number } {
  const m = tag.match(/^(\d+\.\d+)(\.\d+)?/);
  const line = m && RELEASES[m[1]!] ? RELEASES[m[1]!]! : RELEASES['1.27']!;
  return m?.[2] ? { ...line, version: m[0] } : line;
}

function errorPage(status: number, title: string, server: string): string {
  return `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;
}

export function nginx(tag: string, ctx: AppContext): App {
  const { version, built } = nginxRelease(tag);
  const server = `nginx/${version}`;
  const fail = (status: number, title: string): HttpResponse => {
    const body = errorPage(status, title, server);
    return {
      status,
      reason: title,
      headers: [['Server', server], ['Date', httpDate(ctx.now)], ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ['Connection', 'keep-alive']],
      body,
    };
  };
  return {
    name: 'nginx',
    sockets: [{ proto: 'tcp', port: 80 }],
    http(req: HttpRequest): HttpResponse {
      const path = req.path.split('?')[0]!;
      if (path !== '/' && path !== '/index.html') return fail(404, 'Not Found');
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Not Allowed');
      const size = byteLength(NGINX_INDEX);
      const etag = `"${Math.floor(built / 1000).toString(16)}-${size.toString(16)}"`;
      return {
        status: 200,
        headers: [
          ['Server', server],
          ['Date', httpDate(ctx.now)],
          ['Content-Type', 'text/html'],
          ['Content-Length', String(size)],
          ['Last-Modified', httpDate(built)],
          ['Connection', 'keep-alive'],
          ['ETag', etag],
          ['Accept-Ranges', 'bytes'],
        ],
        body: req.method === 'HEAD' ? '' : NGINX_INDEX,
      };
    },
  };
}
