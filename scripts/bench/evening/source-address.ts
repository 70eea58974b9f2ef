/**
 * Clients from addresses of their own. nginx limits each client address
 * (`limit_req`), so a thousand visitors must not all come from 127.0.0.1:
 * every loopback address (127.0.0.0/8) reaches this machine, and a socket
 * bound to 127.0.1.7 is a different visitor to nginx and to the app.
 *
 * autocannon opens its sockets with `net.connect(port, host)` and has no
 * option for the local address; a client made here names a host that
 * stands for an address (`from-127-0-1-7.invalid`), and `net.connect`,
 * wrapped once, binds such a connection to that address and connects to the
 * real target. Every other connection is left as it is.
 */
import net from 'node:net';

const bound = new Map<string, string>();
let target = '127.0.0.1';
let installed = false;

/** The n-th address of a group of clients: 127.0.<group>.<n + 1>. */
export const loopbackAddress = (group: number, n: number) => `127.0.${group}.${n + 1}`;

/** A host name that connects from `localAddress` to the target (install first). */
export function hostFrom(localAddress: string): string {
  const name = `from-${localAddress.replaceAll('.', '-')}.invalid`;
  bound.set(name, localAddress);
  return name;
}

export function installSourceAddresses(connectTo = '127.0.0.1'): void {
  target = connectTo;
  if (installed) return;
  installed = true;
  const original = net.connect;
  const wrapped = ((...args: unknown[]) => {
    const [port, host] = args;
    if (typeof port === 'number' && typeof host === 'string' && bound.has(host)) {
      return original({ port, host: target, localAddress: bound.get(host)! });
    }
    return (original as (...a: unknown[]) => net.Socket)(...args);
  }) as typeof net.connect;
  net.connect = wrapped;
  net.createConnection = wrapped;
}
