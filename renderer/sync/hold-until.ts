import { Observable, filter, take, type Subscription } from 'rxjs';

/**
 * The change notices of one collection, as RxDB's `pull.stream$` wants them (`'RESYNC'`: pull
 * from the checkpoint), held back until `ready` resolves, then each one until the replication is
 * at rest (`busy`, RxDB's `active$`).
 *
 * Why hold until ready: RxDB runs a RESYNC in both directions, and its upstream half goes again
 * over every document written since its own checkpoint. During an initial sync that is every
 * document the pull is busy writing: on 300,000 documents that pass outlived the pull by more
 * than ten minutes. While the first pull runs it fetches everything up to the server's head
 * anyway, so what a notice says then is only « something changed after you started »: one
 * RESYNC once the first pull and push are done covers it, the same as any notice after that.
 *
 * Why wait for rest after that: a RESYNC that reaches RxDB while pulled documents' writes are
 * still queued for its upstream half makes that half start again from the checkpoint it stored
 * last, before those writes (RxDB 17 drops the queued writes' checkpoint when a RESYNC follows
 * them), so it reads every document of the pull again (resync-upstream.test.ts). Sent once the
 * replication rests, the RESYNC starts from an up-to-date checkpoint; notices that come while it
 * waits are covered by it, since it is sent after them.
 */
export function holdUntil<T>(
  notices$: Observable<T>,
  ready: Promise<unknown>,
  busy?: () => Observable<boolean>,
): Observable<'RESYNC'> {
  return new Observable<'RESYNC'>((subscriber) => {
    let open = false;
    let held = false;
    let waiting: Subscription | undefined;
    const send = () => {
      if (!busy) {
        subscriber.next('RESYNC');
        return;
      }
      if (waiting && !waiting.closed) return;
      waiting = busy()
        .pipe(
          filter((active) => !active),
          take(1),
        )
        .subscribe(() => {
          if (!subscriber.closed) subscriber.next('RESYNC');
        });
    };
    const subscription = notices$.subscribe({
      next: () => {
        if (open) send();
        else held = true;
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    ready.then(
      () => {
        open = true;
        if (held && !subscriber.closed) send();
        held = false;
      },
      () => undefined, // a replication cancelled before its first pass ends: nothing to send
    );
    return () => {
      subscription.unsubscribe();
      waiting?.unsubscribe();
    };
  });
}
