/**
 * The local front door of `npm start`: a reverse proxy (http-proxy-3) in front of `wrangler dev`
 * that owns the connection, so the client's address reaches the Worker the way Cloudflare's edge
 * gives it: in `CF-Connecting-IP`, set from the socket and never from the client. Without it,
 * wrangler dev keeps whatever `CF-Connecting-IP` (or miniflare's own `MF-*` headers) a client
 * sends, and a script could pick a fresh identity for every request (worker/src/http/client-id.ts).
 *
 * Behind another reverse proxy (nginx, a load balancer), every connection comes from that proxy:
 * an operator who trusts it names the header it sets (`TRUSTED_PROXY_HEADER=x-forwarded-for`), and
 * the proxy takes the address it appended last. Nothing else is trusted.
 * @module
 */
import { Agent, createServer, type IncomingMessage, type Server } from 'node:http';
import { createProxyServer } from 'http-proxy-3';

/** Headers a client must not choose: the edge's (`CF-*`) and miniflare's internal ones (`MF-*`). */
const FORGEABLE = /^(?:cf-|mf-)/i;

/** The address of a request: the trusted proxy's header when one is named and present, else the socket's. */
export function clientAddress(request: IncomingMessage, trustedHeader?: string): string {
  const header = trustedHeader ? request.headers[trustedHeader.toLowerCase()] : undefined;
  const listed = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // An IPv4-mapped address is passed as is: the Worker's clientKey maps it back (worker/src/http/client-id.ts).
  return listed.at(-1) ?? request.socket.remoteAddress ?? '';
}

export interface ClientAddressProxy {
  server: Server;
  close(): Promise<void>;
}

export async function startClientAddressProxy(options: {
  port: number;
  host: string;
  target: string;
  trustedHeader?: string | undefined;
}): Promise<ClientAddressProxy> {
  // xfwd off: X-Forwarded-* would be one more header a reader could mistake for the client's word.
  // Keep-alive to wrangler: a new upstream connection per request cost about two thirds of the
  // throughput (bench:api). workerd closes a keep-alive connection idle for 5 s, without a
  // Keep-Alive hint: a request sent on it just then fails (ECONNRESET, a 502 here; a browser test
  // loading a script saw it as a CORS error). The agent drops its own idle sockets after 4 s, first.
  const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });
  const proxy = createProxyServer({ target: options.target, xfwd: false, ws: true, agent });
  // The client's CF-*/MF-* headers go and CF-Connecting-IP is set before the upstream request exists
  // (proxy options, not its proxyReq event): a request queued behind the agent's 64 sockets has
  // sent its headers by the time it gets one, and setting a header then threw and stopped the proxy.
  const outgoing = (request: IncomingMessage) => {
    const address = clientAddress(request, options.trustedHeader);
    for (const name of Object.keys(request.headers)) if (FORGEABLE.test(name)) delete request.headers[name];
    return { headers: { 'cf-connecting-ip': address } };
  };
  proxy.on('error', (error, request, response) => {
    // wrangler dev still starting, or restarting: say so rather than hang. Anything but a refused
    // connection (the usual start-up wait) leaves a trace, so a flaky test has a cause to read.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ECONNREFUSED') console.error(`proxy: ${request.method} ${request.url}: ${code ?? error.message}`);
    if ('writeHead' in response && !response.headersSent) {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'unavailable', message: 'The local Worker is not answering yet; retry in a moment.' } }));
    } else response.destroy();
  });
  const server = createServer((request, response) => void proxy.web(request, response, outgoing(request)));
  server.on('upgrade', (request, socket, head) => void proxy.ws(request, socket, head, outgoing(request)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close();
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
