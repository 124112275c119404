// "Offline" means the host cannot be reached at all (no route, no DNS answer, nothing listening), as
// opposed to a host that answers with errors. Checked with a plain TCP connect (which also resolves
// the name through DNS) to the connector's endpoint.
import net from 'node:net';

export type Probe = (endpoint: { host: string; port: number }) => Promise<boolean>;

export const tcpProbe: Probe = ({ host, port }) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(3_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
