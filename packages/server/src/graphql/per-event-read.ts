/**
 * One read per published event in this process, shared by every subscriber that receives it. Pub/sub
 * hands all of a process's subscribers the same payload object (in process, and once per Redis message),
 * so a payment change watched by 1,000 subscribers of a seller costs one query instead of 1,000. Each
 * event is a new object: every event is still read fresh. Callers share reads only between subscribers
 * whose filter let the same seller's event through, so the row read is theirs to see.
 */
export class PerEventRead<Event extends object, Value> {
  private readonly reads = new WeakMap<Event, Promise<Value>>();

  get(event: Event, read: () => Promise<Value>): Promise<Value> {
    let pending = this.reads.get(event);
    if (!pending) {
      pending = read();
      this.reads.set(event, pending);
    }
    return pending;
  }
}
