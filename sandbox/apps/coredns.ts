// CoreDNS's sockets: DNS on 53 (UDP and TCP; queries are answered by net/dns through the
// connection engine), metrics on 9153, health on 8080 and readiness on 8181.

import { goResponse } from './gohttp.js';
import type { App, AppContext } from './types.js';

export function coredns(ctx: AppContext): App {
  return {
    name: 'coredns',
    sockets: [
      { proto: 'udp', port: 53 },
      { proto: 'tcp', port: 53 },
      { proto: 'tcp', port: 9153 },
      { proto: 'tcp', port: 8080 },
      { proto: 'tcp', port: 8181 },
    ],
    http(req, port) {
      const path = req.path.split('?')[0];
      if (port === 8080 && path === '/health') return goResponse(ctx.now, 'OK');
      if (port === 8181 && path === '/ready') return goResponse(ctx.now, 'OK');
      if (port === 9153 && path === '/metrics') return goResponse(ctx.now, '# HELP coredns_build_info A metric with a constant \'1\' value labeled by version, revision, and goversion from which CoreDNS was built.\n# TYPE coredns_build_info gauge\ncoredns_build_info{goversion="go1.23.8",revision="707c7c1",version="1.12.1"} 1\n', 200, [['Content-Type', 'text/plain; version=0.0.4; charset=utf-8']]);
      return goResponse(ctx.now, '404 page not found\n', 404, [['X-Content-Type-Options', 'nosniff']]);
    },
  };
}
