import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of the server that lets the request through but cuts the connection as the
 * first answer starts to come back: the server acted, the client saw a network error. Later
 * connections pass untouched.
 */
export class ResponseCutter {
  cut = 0;
  private cutsLeft: number;
  private readonly server: net.Server;

  constructor(
    private readonly target: URL,
    cuts = 1,
  ) {
    this.cutsLeft = cuts;
    this.server = net.createServer((client) => this.relay(client));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: net.Socket): void {
    const upstream = net.connect(Number(this.target.port), this.target.hostname);
    const cutThis = this.cutsLeft > 0;
    if (cutThis) this.cutsLeft--;
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (!cutThis) return void client.write(chunk);
      this.cut++;
      client.destroy();
      upstream.destroy();
    });
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  }
}
