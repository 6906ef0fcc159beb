import { Observable } from 'rxjs';

/**
 * The change notices of one collection, as RxDB's `pull.stream$` wants them (`'RESYNC'`: pull
 * from the checkpoint), held back until `ready` resolves.
 *
 * Why: RxDB runs a RESYNC in both directions, and its upstream half goes again over every
 * document written since its own checkpoint. During an initial sync that is every document the
 * pull is busy writing: on 300,000 documents that pass outlived the pull by more than ten
 * minutes. While the first pull runs it fetches everything up to the server's head anyway, so
 * what a notice says then is only « something changed after you started »: one RESYNC once the
 * first pull and push are done covers it, the same as any notice arriving after that.
 */
export function holdUntil<T>(notices$: Observable<T>, ready: Promise<unknown>): Observable<'RESYNC'> {
  return new Observable<'RESYNC'>((subscriber) => {
    let open = false;
    let held = false;
    const subscription = notices$.subscribe({
      next: () => {
        if (open) subscriber.next('RESYNC');
        else held = true;
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    ready.then(
      () => {
        open = true;
        if (held && !subscriber.closed) subscriber.next('RESYNC');
        held = false;
      },
      () => undefined, // a replication cancelled before its first pass ends: nothing to send
    );
    return () => subscription.unsubscribe();
  });
}
