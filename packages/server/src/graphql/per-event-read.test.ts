import { PerEventRead } from './per-event-read';

describe('PerEventRead', () => {
  it('reads once per event however many subscribers ask, and afresh for the next event', async () => {
    const reads = new PerEventRead<{ invoiceId: string }, string>();
    let queries = 0;
    const read = (event: { invoiceId: string }) => async () => `${event.invoiceId}#${++queries}`;
    const first = { invoiceId: 'a' };
    const answers = await Promise.all(Array.from({ length: 1000 }, () => reads.get(first, read(first))));
    expect(new Set(answers)).toEqual(new Set(['a#1']));
    const next = { invoiceId: 'a' };
    expect(await reads.get(next, read(next))).toBe('a#2');
  });
});
