import { BehaviorSubject, Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { holdUntil } from '@renderer/sync/hold-until';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Notices to send, what `holdUntil` let through, and the promise that opens it. */
function watch() {
  const ready = deferred();
  const notices = new Subject<string>();
  const seen: string[] = [];
  const subscription = holdUntil(notices, ready.promise).subscribe((value) => seen.push(value));
  return { notices, ready, seen, subscription };
}

describe('holdUntil', () => {
  it('holds notices until ready, then says RESYNC once, then lets each one through', async () => {
    const { notices, ready, seen, subscription } = watch();
    notices.next('a');
    notices.next('b');
    notices.next('c');
    await tick();
    expect(seen).toEqual([]);
    ready.resolve();
    await tick();
    expect(seen).toEqual(['RESYNC']);
    notices.next('d');
    notices.next('e');
    expect(seen).toEqual(['RESYNC', 'RESYNC', 'RESYNC']);
    subscription.unsubscribe();
  });

  it('says nothing at ready when nothing came meanwhile', async () => {
    const { notices, ready, seen, subscription } = watch();
    ready.resolve();
    await tick();
    expect(seen).toEqual([]);
    notices.next('a');
    expect(seen).toEqual(['RESYNC']);
    subscription.unsubscribe();
  });

  it('once open, sends each notice when the replication rests, one RESYNC for those that came meanwhile', async () => {
    const ready = deferred();
    const notices = new Subject<string>();
    const active = new BehaviorSubject(false);
    const seen: string[] = [];
    const subscription = holdUntil(notices, ready.promise, () => active).subscribe((value) =>
      seen.push(value),
    );
    ready.resolve();
    await tick();
    notices.next('a');
    expect(seen).toEqual(['RESYNC']);
    active.next(true);
    notices.next('b');
    notices.next('c');
    expect(seen).toEqual(['RESYNC']);
    active.next(false);
    expect(seen).toEqual(['RESYNC', 'RESYNC']);
    active.next(true);
    notices.next('d');
    subscription.unsubscribe();
    active.next(false);
    expect(seen).toEqual(['RESYNC', 'RESYNC']);
  });

  it('stays quiet after unsubscribing and when the first pass never ends', async () => {
    const { notices, ready, seen, subscription } = watch();
    notices.next('a');
    subscription.unsubscribe();
    ready.resolve();
    await tick();
    expect(seen).toEqual([]);

    const failed = watch();
    failed.notices.next('b');
    failed.ready.reject(new Error('cancelled'));
    await tick();
    expect(failed.seen).toEqual([]);
    failed.subscription.unsubscribe();
  });
});
