import type { WebContents } from 'electron';

/**
 * The operations running now, per window contents, by their operation id (the renderer names
 * its calls; the File menu names its own): `copro:cancel` aborts one of its own sender's
 * operations, never another window's.
 */
export class RunningCalls {
  private readonly bySender = new WeakMap<WebContents, Map<string, AbortController>>();

  start(sender: WebContents, operationId: string): AbortController {
    let calls = this.bySender.get(sender);
    if (!calls) {
      calls = new Map();
      this.bySender.set(sender, calls);
    }
    // A reused id cancels nothing by mistake: the newer call takes the name.
    const abort = new AbortController();
    calls.set(operationId, abort);
    return abort;
  }

  finish(sender: WebContents, operationId: string, abort: AbortController): void {
    const calls = this.bySender.get(sender);
    if (calls?.get(operationId) === abort) calls.delete(operationId);
  }

  cancel(sender: WebContents, operationId: string): boolean {
    const abort = this.bySender.get(sender)?.get(operationId);
    abort?.abort();
    return abort !== undefined;
  }
}
