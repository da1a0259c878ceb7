import type { ServerResponse } from 'node:http';
import type { ProgressEvent } from '../../shared/contract';

/** Comment lines keep idle connections (and proxies, if any) from timing the stream out. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: every connected page receives the progress of every call.
 * Events are unnamed (`data:` only) so `EventSource.onmessage` receives them.
 */
export class ProgressHub {
  private readonly clients = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | undefined;

  get clientCount(): number {
    return this.clients.size;
  }

  /** Takes over a response as an event stream until the client leaves or the hub closes. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Comment line + retry hint: tells the browser the stream is open and how fast to reconnect.
    res.write(': connected\nretry: 2000\n\n');
    this.clients.add(res);
    res.on('close', () => {
      this.clients.delete(res);
      if (this.clients.size === 0) this.stopHeartbeat();
    });
    this.startHeartbeat();
  }

  publish(event: ProgressEvent): void {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  /** Ends every stream (graceful shutdown). */
  close(): void {
    this.stopHeartbeat();
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.write(': ping\n\n');
    }, HEARTBEAT_MS);
    // The heartbeat alone must never keep the process alive.
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
