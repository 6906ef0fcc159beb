import { SHEETS_PULL_BATCH, SHEETS_PUSH_BATCH } from '@shared/events/sheet';
import { combineLatest, debounceTime, filter, Subject, Subscription } from 'rxjs';
import { addRxPlugin } from 'rxdb/plugins/core';
import type { RxCollection } from 'rxdb/plugins/core';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { collectionSpecs } from '@shared/schema/collections';
import { deviceMayRead } from '@shared/sync/device-scope';
import { deviceReadAccess } from '@shared/sync/read-scope';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { CLIENT_PULL_BATCH } from '@shared/sync/protocol';
import type { Checkpoint } from '@shared/sync/protocol';
import { appendAudit } from '@renderer/data/audit/write';
import type { AuditActor } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { MergeFollower } from '@renderer/data/members/redirects';
import { LateFoldFollower } from '@renderer/data/sheets/write';
import { renumberMember } from '@renderer/data/members/write';
import { withoutMeta } from '@renderer/data/without-meta';
import { SyncApi } from '@renderer/sync/api-client';
import type { FetchLike } from '@renderer/sync/api-client';
import type { BackoffOptions } from '@renderer/sync/backoff';
import { ChangeStream } from '@renderer/sync/change-stream';
import { conflictAuditEvent } from '@renderer/sync/conflict-audit';
import { createConflictHandler } from '@renderer/sync/conflict-handler';
import type { Enrolment } from '@renderer/sync/enrolment';
import { FirstSyncProgress } from '@renderer/sync/first-sync-progress';
import { countPendingChanges } from '@renderer/sync/pending-changes';
import type { PendingCountMemo } from '@renderer/sync/pending-changes';
import { createPullHandler } from '@renderer/sync/pull-handler';
import { isPulledWrite, pacePulls, writtenCheckpointOf } from '@renderer/sync/pull-pacing';
import type { PulledDocument } from '@shared/sync/pulled-document';
import { createPushHandler } from '@renderer/sync/push-handler';
import { holdUntil } from '@renderer/sync/hold-until';
import { rememberHeldElsewhere, resendFreedSlips } from '@renderer/sync/held-elsewhere';
import { isAuthFailure, isNetworkFailure, outdatedSide, toSyncError } from '@renderer/sync/sync-error';
import { syncPhase } from '@renderer/sync/sync-phase';
import { RequestOutcomes } from '@renderer/sync/request-outcomes';
import { SEEDED_DOOR_SYNC_STAGES, SYNC_STAGES, syncStageOf } from '@renderer/sync/sync-order';
import { seedAttendance, seedSnapshot } from '@shared/sync/directory-seed';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { StoredSnapshot } from '@shared/search/snapshot';
import type { Leadership } from '@renderer/sync/sync-phase';
import type { SyncStatusStore } from '@renderer/sync/sync-status';

export interface SyncEngineOptions {
  db: TilleulDatabase;
  enrolment: Enrolment;
  status: SyncStatusStore;
  /** Who the conflict entries of the journal are written for (the signed-in user, if any). */
  auditActor: () => AuditActor;
  fetch?: FetchLike;
  /** Wait before retrying a failed pull or push; skipped when the browser comes back online. */
  retryTime?: number;
  backoff?: BackoffOptions;
  idleTimeoutMs?: number;
  /**
   * Several tabs of the web app share one IndexedDB: only the elected one replicates. Node tests
   * have one instance per database and turn the election off.
   */
  waitForLeadership?: boolean;
  /** How long the election may take before this tab says that another one synchronises. */
  electionGraceMs?: number;
  pullBatchSize?: number;
  pushBatchSize?: number;
  /**
   * Which collections ask for the page after a full one while checking it (pull-handler.ts's
   * `readAhead`; issue 19): every one but the sheets when absent. A page of sheets read ahead is
   * up to 2 MiB more of JSON in memory, several times that as objects, and an office's heap is at
   * its budget's edge while they come (its directory holds whole documents): with the sheets read
   * ahead, two federation runs of four in a page capped at 200 MB stopped, out of memory, as the
   * last sheets arrived. The bench's packed storage, whose heap the founders would have to raise
   * anyway, reads them ahead too.
   */
  readAhead?: (collection: string) => boolean;
  specs?: Readonly<Record<string, CollectionSpec>>;
  random?: () => number;
  /**
   * May the signed-in person make this write (the permission matrix)? The sync moves what points
   * to a merged person only where they may (issue 15); everything when absent (tests).
   */
  mayWrite?: (
    collection: string,
    operation: 'insert' | 'update' | 'delete',
    document: Record<string, unknown>,
  ) => boolean;
  /**
   * Where a door device's directory seed goes (issue 19: the app's directory). Given, a door
   * device asks the server for it at the start of its first sync, and pulls the events and
   * check-ins before the people.
   */
  directorySeed?: DirectorySeedTarget;
}

/**
 * The app's directory (renderer/data/directory.ts) as a device's first sync sees it: a new door
 * device's directory seed goes to it, and any device tells it when its first sync begins and ends.
 */
export interface DirectorySeedTarget {
  /**
   * The door's search and statuses start from `stored`, its entrance from the check-ins of the
   * events around today (when the seed carried them); false when it could not be used.
   */
  adopt(stored: StoredSnapshot, attendance?: readonly AttendanceDocument[]): Promise<boolean>;
  /** The first pull of the attendance has made its pass: the seed's check-ins are held now. */
  attendanceIn?(): void;
  /**
   * A first sync has begun (any device): the directory writes its search snapshot once at its
   * end rather than after each page of people or memberships pulled.
   */
  began?(): void;
  /** The first sync has ended: the collections now hold what the seed stood for. */
  settle(): Promise<void>;
}

type Replication = RxReplicationState<PulledDocument, Checkpoint>;

export interface SyncEngine {
  readonly replications: ReadonlyMap<string, Replication>;
  readonly stream: ChangeStream;
  /** Resolves when every collection has sent and received everything (tests, benchmarks). */
  awaitInSync(): Promise<void>;
  reSync(): void;
  /** Recounts local changes not yet accepted by the server. */
  refreshPending(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Resolves when this tab may replicate: at once without leader election (Electron, Node tests),
 * otherwise when RxDB elects it (the leader tab closed, or there was none).
 */
function leadershipOf(db: TilleulDatabase, wait: boolean): { now: boolean; elected: Promise<boolean> } {
  if (!wait || !db.multiInstance) return { now: true, elected: Promise.resolve(true) };
  addRxPlugin(RxDBLeaderElectionPlugin);
  return { now: false, elected: db.waitForLeadership() };
}

/** Has the replication pulled up to the server's head and pushed what it had, once? (RxDB's state) */
function firstPassMade(replication: Replication): boolean {
  const done = replication.internalReplicationState?.firstSyncDone;
  return !!done && done.down.getValue() && done.up.getValue();
}

/** Collections whose arrivals may point to a merged person, or bring the merge itself. */
const MERGE_REDIRECTED: ReadonlySet<string> = new Set([
  'people',
  'households',
  'memberships',
  'donations',
  'attendance',
]);
const MERGE_REDIRECT_DEBOUNCE_MS = 200;
/** A refused slip whose clash is gone, not sent (offline, refused again): tried again after this. */
const RESEND_SLIPS_RETRY_MS = 30_000;
/** Collections whose arrivals may bring a record for a closed event, or its closing (issue 16). */
const LATE_FOLDED: ReadonlySet<string> = new Set(['attendance', 'events', 'sheets']);

/** Pending changes are recounted at most this often while writes keep coming. */
const PENDING_THROTTLE_MS = 500;

/**
 * Replicates every collection of the shared registry with the server (DESIGN.md, Sync): pull by
 * sequence, push with assumed states, the event stream as `pull.stream$`, conflicts merged
 * field by field. Nothing here is awaited by the UI: writes go to the local database and leave
 * when they can. Replication writes go straight to the storage instance, under RxDB's collection
 * hooks, so the write guard (permissions, journal of local writes) does not see them; the server
 * checked them against the device's scope.
 */
export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, enrolment, status } = options;
  const specs = options.specs ?? collectionSpecs;
  const api = new SyncApi({
    baseUrl: enrolment.serverUrl,
    token: enrolment.token,
    fetch: options.fetch,
    specs,
  });
  const stream = new ChangeStream({
    api,
    backoff: options.backoff,
    idleTimeoutMs: options.idleTimeoutMs,
    random: options.random,
  });
  const subscriptions = new Subscription();
  const replications = new Map<string, Replication>();
  // Outcomes ordered by when requests started: a stale failure never outranks a later success.
  const outcomes = new RequestOutcomes();
  let refused = false;
  let outdated: 'app' | 'server' | null = null;
  let stopped = false;

  let startLater: () => void = () => undefined;
  // The first sync's progress (issue 19), until every collection has made its first pass once.
  let progress: FirstSyncProgress | undefined;
  const publishProgress = () => status.update({ firstSync: progress ? progress.snapshot() : null });
  const onRequestFailed = (error: unknown, ticket: number) => {
    const syncError = toSyncError(error);
    const side = outdatedSide(syncError);
    if (side) {
      if (!outdated) {
        outdated = side;
        status.report({ code: syncError.code, serverMessage: syncError.message });
        // The server refused this schema before reading anything: retrying would only be
        // refused again. Nothing is lost: changes wait here until the app that is behind is updated.
        setTimeout(() => void halt(), 0);
      }
    } else if (isAuthFailure(syncError)) {
      if (!refused) {
        refused = true;
        status.report({ code: syncError.code, serverMessage: syncError.message });
        // Retrying with a token the server refuses only fills its logs: stop until re-enrolment.
        setTimeout(() => void halt(), 0);
      }
    } else {
      const wasFailing = outcomes.failing;
      // A request that stalled across a cut and ends after later successes says nothing new.
      if (!outcomes.failed(ticket)) return;
      if (!wasFailing) {
        startLater();
        scheduleRecount();
      }
      // Being offline is a state, not an error to list each time the retry fails.
      if (!isNetworkFailure(syncError) || !wasFailing) {
        status.report({ code: syncError.code, serverMessage: syncError.message });
      }
    }
    updatePhase();
  };
  const onRequestSucceeded = (ticket: number) => {
    const wasFailing = outcomes.failing;
    outcomes.succeeded(ticket);
    if (wasFailing && !outcomes.failing) updatePhase();
  };
  const tracked = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => {
    return async (...args: A): Promise<R> => {
      const ticket = outcomes.start();
      try {
        const result = await call(...args);
        onRequestSucceeded(ticket);
        return result;
      } catch (error) {
        onRequestFailed(error, ticket);
        throw error;
      }
    };
  };

  let active = false;
  let pending = 0;
  const election = leadershipOf(db, options.waitForLeadership ?? true);
  let leadership: Leadership = election.now ? 'leader' : 'unknown';
  const updatePhase = () => {
    if (stopped && !refused && !outdated) return;
    const previous = status.get().phase;
    const phase = syncPhase({
      outdated,
      refused,
      leadership,
      requestFailed: outcomes.failing,
      connected: stream.connected$.getValue(),
      // Between two stages of a first sync every started replication rests for a moment: not
      // « À jour » until every collection has made its first pass (the panel still shows then).
      active: active || progress !== undefined,
      pending,
      previous,
    });
    // The first sync was cut (a request failed, or the stream dropped with the network): the
    // pace measured before says nothing of the link that comes back, and the screen will say
    // that it resumed.
    if (phase === 'offline' && previous !== 'offline' && progress) {
      progress.interrupted();
      publishProgress();
    }
    status.update({
      phase,
      pendingChanges: pending,
      ...(phase === 'upToDate' && previous !== 'upToDate' ? { lastSyncedAt: new Date().toISOString() } : {}),
    });
  };

  // One memo per collection and enrolment, in a local document of the database (not synced).
  const memos = new Map<string, PendingCountMemo>();
  const pendingMemo = (collection: string): PendingCountMemo => {
    let memo = memos.get(collection);
    if (!memo) {
      const key = `sync-pending-${enrolment.orgId}-${enrolment.deviceId}-${collection}`;
      let cached: { checkpoint: unknown } | undefined;
      memo = {
        get: async () => {
          cached ??= { checkpoint: (await db.getLocal<{ checkpoint: unknown }>(key))?.get('checkpoint') };
          return cached.checkpoint;
        },
        set: async (checkpoint) => {
          cached = { checkpoint };
          await db.upsertLocal(key, { checkpoint });
        },
      };
      memos.set(collection, memo);
    }
    return memo;
  };

  let recount: Promise<number> | undefined;
  let recountTimer: ReturnType<typeof setTimeout> | undefined;
  // Only replications that have made their first pass are counted. Before that a count would
  // read, and chase, every document the first pull is writing (an initial sync of 300,000
  // documents kept IndexedDB busy for minutes; the phase says « synchronisation… » meanwhile
  // anyway), unless requests fail: offline, nothing is being pulled, and the count says what
  // waits to be sent.
  const refreshPending = async (): Promise<number> => {
    const counts = await Promise.all(
      [...replications.entries()]
        .filter(([, r]) => firstPassMade(r) || outcomes.failing)
        .map(async ([name, r]) => [name, await countPendingChanges(r, pendingMemo(name))] as const),
    );
    pending = counts.reduce((sum, [, n]) => sum + n, 0);
    // By collection too: the door shows the check-ins (attendance) still to send.
    const byCollection = Object.fromEntries(counts.filter(([, n]) => n > 0));
    if (JSON.stringify(byCollection) !== JSON.stringify(status.get().pendingByCollection)) {
      status.update({ pendingByCollection: byCollection });
    }
    updatePhase();
    return pending;
  };
  const scheduleRecount = () => {
    if (recountTimer || stopped) return;
    recountTimer = setTimeout(() => {
      recountTimer = undefined;
      recount = refreshPending().catch(() => pending);
    }, PENDING_THROTTLE_MS);
  };

  // Issue 15: a member number another device gave first goes to the person who had it there;
  // the one here gets the next of its series, is pushed again, and the user is told.
  const onNumberTaken = async (documentId: string, field: string): Promise<boolean> => {
    if (field !== 'memberNumber') return false;
    const person = await db.people.findOne(documentId).exec();
    if (!person) return false;
    const renumbered = await renumberMember(db, options.auditActor(), person.id, person.memberNumber);
    if (!renumbered) return false;
    status.report({
      code: 'MEMBER_RENUMBERED',
      collection: 'people',
      documentId,
      params: { name: renumbered.name, taken: renumbered.taken, given: renumbered.given },
    });
    return true;
  };

  // Issue 15, item 7: what arrives pointing to a merged record (a membership, a donation or a
  // check-in another device recorded offline) moves to the survivor. Office devices only (a door
  // may not edit members); one run at a time, after the writes of a burst of pulls.
  let redirecting: Promise<unknown> = Promise.resolve();
  // A first sync brings the whole file in bursts, and each run reads the people again (at 50,000
  // people, its runs after every burst held the page for seconds and filled the heap with
  // garbage): the redirects wait for its end, then run once (firstPassMadeBy).
  let mergesWaiting = false;
  // Reads the survivors once, then follows the people's changes (not the whole file at each burst).
  const merges = new MergeFollower(db);
  subscriptions.add(() => merges.close());
  const followMerges = () => {
    if (progress) {
      mergesWaiting = true;
      return;
    }
    redirecting = redirecting
      .then(() => (stopped ? 0 : merges.run(options.auditActor(), options.mayWrite)))
      .catch((error: unknown) =>
        status.report({ code: 'REDIRECT_FAILED', collection: 'people', serverMessage: String(error) }),
      );
  };
  const mergeRedirectTriggers = new Subject<void>();
  if (enrolment.scope === 'office') {
    subscriptions.add(
      mergeRedirectTriggers.pipe(debounceTime(MERGE_REDIRECT_DEBOUNCE_MS)).subscribe(followMerges),
    );
  }

  // Issue 16: a check-in that reaches this office device after its event was closed (a door
  // that was offline) is folded into the sheet as an amendment, then deleted — once, whichever
  // office device sees it first.
  let folding: Promise<unknown> = Promise.resolve();
  // Reads the closed events once, then follows what happens to them (not every check-in at each burst).
  const lateFolds = new LateFoldFollower(db);
  subscriptions.add(() => lateFolds.close());
  const foldLate = () => {
    folding = folding
      .then(() => (stopped ? 0 : lateFolds.run(options.auditActor(), options.mayWrite)))
      .catch((error: unknown) =>
        status.report({ code: 'LATE_FOLD_FAILED', collection: 'attendance', serverMessage: String(error) }),
      );
  };
  const lateFoldTriggers = new Subject<void>();
  if (enrolment.scope === 'office') {
    subscriptions.add(lateFoldTriggers.pipe(debounceTime(MERGE_REDIRECT_DEBOUNCE_MS)).subscribe(foldLate));
  }

  // Issue 17: a slip refused because another slip held one of its cheques is sent again once that
  // other slip is undone (RxDB counted it as sent when it was refused).
  let resending: Promise<unknown> = Promise.resolve();
  let resendTimer: ReturnType<typeof setTimeout> | undefined;
  const resendSlips = () => {
    resending = resending
      .then(async () => {
        if (stopped) return;
        const { failed } = await resendFreedSlips(db, enrolment.deviceId, (row) =>
          api.push('deposits', [row]).then(
            () => true,
            () => false,
          ),
        );
        // Offline, or refused again: tried again later (a change of the slips tries at once).
        if (failed && !stopped && !resendTimer)
          resendTimer = setTimeout(() => {
            resendTimer = undefined;
            resendSlips();
          }, RESEND_SLIPS_RETRY_MS);
      })
      .catch(() => undefined);
  };
  const deposits = (db.collections as unknown as Record<string, RxCollection | undefined>).deposits;
  if (enrolment.scope === 'office' && deposits) {
    subscriptions.add(deposits.$.pipe(debounceTime(MERGE_REDIRECT_DEBOUNCE_MS)).subscribe(resendSlips));
    resendSlips();
  }

  // Issue 19: until every collection has made its first pass once on this device, the first
  // sync's progress is shown; a local document remembers that it was, across restarts.
  const firstSyncKey = `first-sync-${enrolment.orgId}-${enrolment.deviceId}`;
  const directoryTarget = options.directorySeed;
  const seedTarget = enrolment.scope === 'door' ? directoryTarget : undefined;
  const stages = seedTarget ? SEEDED_DOOR_SYNC_STAGES : SYNC_STAGES;
  const stageOf = (collection: string) => syncStageOf(collection, stages);
  /** Settles once the seed is adopted, refused or failed (at once without one). */
  let seeding: Promise<unknown> = Promise.resolve();
  const passesMade = new Set<string>();
  const firstPassMadeBy = (collection: string) => {
    passesMade.add(collection);
    if (collection === 'attendance') seedTarget?.attendanceIn?.();
    if (!progress || stopped) return;
    progress.complete(collection);
    if (progress.finished) {
      progress = undefined;
      void db.upsertLocal(firstSyncKey, { at: new Date().toISOString() }).catch(() => undefined);
      if (directoryTarget)
        void seeding
          .then(() => directoryTarget.settle())
          .catch((error: unknown) => console.error('[tilleul] directory seed: settling failed', error));
      if (mergesWaiting) {
        mergesWaiting = false;
        followMerges();
      }
    }
    publishProgress();
    updatePhase();
  };
  const followFirstSync = async () => {
    if (await db.getLocal(firstSyncKey)) return;
    const pulled = [...replications.keys()]
      .filter((name) => deviceMayRead(enrolment.scope, name))
      .sort((a, b) => stageOf(a) - stageOf(b));
    if (stopped || pulled.every((name) => passesMade.has(name))) {
      if (!stopped) await db.upsertLocal(firstSyncKey, { at: new Date().toISOString() });
      return;
    }
    const tracking = new FirstSyncProgress(pulled);
    progress = tracking;
    directoryTarget?.began?.();
    for (const name of passesMade) tracking.complete(name);
    publishProgress();
    updatePhase();
    // A door device searches from the server's directory while the people are pulled behind it.
    if (seedTarget && !passesMade.has('people')) {
      seeding = api
        .directorySeed()
        .then(async (seed) => {
          if (progress !== tracking || stopped) return;
          // Check-ins pulled before the seed came (the attendance is pulled first) are held already.
          const attendance = passesMade.has('attendance') ? undefined : seedAttendance(seed);
          if (!(await seedTarget.adopt(seedSnapshot(seed), attendance))) return;
          if (passesMade.has('attendance')) seedTarget.attendanceIn?.();
          tracking.seeded(seed.people);
          if (progress === tracking) publishProgress();
        })
        .catch((error: unknown) =>
          // Not fatal: the people are pulled as without a seed, the search fills as they come.
          console.warn('[tilleul] directory seed not received', error),
        );
    }
    // What each collection already holds (a first sync resumed) and how many documents the
    // server holds for this device: a one-document pull says how many follow it.
    await Promise.all(
      pulled.map(async (name) => {
        const collection = (db.collections as unknown as Record<string, RxCollection>)[name];
        const held = collection ? await collection.count().exec() : 0;
        tracking.held(name, held);
        const probe = await api.pull(name, 0, 1).catch(() => undefined);
        if (probe?.remaining !== undefined)
          tracking.announced(name, Math.max(0, probe.documents.length + probe.remaining - held));
      }),
    );
    if (progress === tracking) publishProgress();
  };

  const pullBatchSize = options.pullBatchSize ?? CLIENT_PULL_BATCH;
  const readAhead = options.readAhead ?? ((collection: string) => collection !== 'sheets');
  // Each page's request is tracked from when it leaves, not from when RxDB asks for a batch: a
  // page asked ahead left earlier (request-outcomes.ts orders outcomes by when requests started).
  const trackedPulls = { pull: tracked(api.pull.bind(api)) };
  const actives: Replication['active$'][] = [];
  // By stage (sync-order.ts): the first passes, and the replications that wait for the stages before.
  const stagePasses: Promise<unknown>[][] = [];
  const startedLater: Replication[][] = [];
  for (const spec of Object.values(specs)) {
    const collection = (db.collections as unknown as Record<string, RxCollection | undefined>)[spec.name];
    if (!collection) continue;
    // The collection's conflict handler is what RxDB's replication uses (RxDB ≥ 16).
    collection.conflictHandler = createConflictHandler(
      spec.name,
      async (merged) => {
        // The journal is append-only: its entries never conflict, and logging into it here
        // would only repeat the entry being merged.
        if (spec.name === 'audit') return;
        const actor = options.auditActor();
        await appendAudit(db, actor, conflictAuditEvent(merged));
      },
      (error) => status.report({ code: 'AUDIT_FAILED', collection: spec.name, serverMessage: String(error) }),
    );
    // Resolved (or rejected) with the replication's first pass, below.
    let firstPassDone: (done: Promise<unknown>) => void = () => undefined;
    const firstPass = new Promise<unknown>((resolve) => {
      firstPassDone = resolve;
    });
    // Sheets weigh up to 1 MiB each: a few per batch, or a first sync would hold them all at once.
    const batchSize = spec.name === 'sheets' ? Math.min(SHEETS_PULL_BATCH, pullBatchSize) : pullBatchSize;
    const replication: Replication = replicateRxCollection<PulledDocument, Checkpoint>({
      collection: collection as unknown as RxCollection<PulledDocument>,
      // Checkpoints belong to this device in this association, whatever address reaches the server.
      replicationIdentifier: `tilleul-sync-${enrolment.orgId}-${enrolment.deviceId}`,
      live: true,
      retryTime: options.retryTime ?? 5000,
      waitForLeadership: options.waitForLeadership ?? true,
      autoStart: stageOf(spec.name) === 0,
      // A door device sends its journal entries but receives no donations, receipts or journal.
      pull: !deviceMayRead(enrolment.scope, spec.name)
        ? undefined
        : {
            batchSize,
            // At most two pages pulled ahead of what is written, and the one asked for while the
            // last is checked (`readAhead`): memory stays bounded on a first sync of hundreds of
            // thousands of documents.
            handler: pacePulls(
              createPullHandler({
                api: trackedPulls,
                spec,
                access: deviceReadAccess(enrolment.scope, spec.name),
                readAhead: readAhead(spec.name),
                local: async (id) => {
                  const held = await collection.findOne(id).exec();
                  return held
                    ? { ...withoutMeta<PulledDocument>(held.toJSON()), _deleted: false }
                    : undefined;
                },
                onPage: (page) => {
                  if (!progress) return;
                  progress.page(spec.name, page);
                  publishProgress();
                },
                onSkipped: (skipped) =>
                  status.report({
                    code: 'DOCUMENT_SKIPPED',
                    collection: skipped.collection,
                    documentId: skipped.documentId,
                    issues: skipped.issues,
                  }),
              }),
              {
                maxAhead: 2 * batchSize,
                writtenCheckpoint: () => writtenCheckpointOf(replication),
                stopped: () => stopped || replication.isStopped(),
                maxWaitMs: 30_000,
              },
            ),
            // A notice carries no document: the pull from the checkpoint fetches what changed.
            // Held during the first pass, which fetches up to the server's head anyway, then
            // each one until the replication rests (see holdUntil).
            stream$: holdUntil(
              stream.events$.pipe(
                filter((event) => event.type === 'RESYNC' || event.collection === spec.name),
              ),
              firstPass,
              () => replication.active$,
            ),
          },
      push: {
        // A sheet may weigh up to 1 MiB and a row carries it twice: a few per request keep a push
        // under the server's body limit (shared/events/sheet.ts).
        batchSize:
          spec.name === 'sheets'
            ? Math.min(SHEETS_PUSH_BATCH, options.pushBatchSize ?? 200)
            : (options.pushBatchSize ?? 200),
        handler: tracked(
          createPushHandler({
            api,
            collection: spec.name,
            ...(spec.name === 'people' ? { onNumberTaken } : {}),
            onRefused: (refusal) => {
              if (refusal.code === 'HELD_ELSEWHERE' && refusal.collection === 'deposits')
                void rememberHeldElsewhere(db, refusal.documentId).catch(() => undefined);
              status.report({
                code: 'WRITE_REFUSED',
                collection: refusal.collection,
                documentId: refusal.documentId,
                serverMessage: refusal.message,
                issues: refusal.issues,
              });
            },
          }),
        ),
      },
    });
    const firstPassEnds = replication.awaitInitialReplication();
    firstPassDone(firstPassEnds);
    firstPassEnds.then(scheduleRecount, () => undefined); // (rejected: cancelled first)
    firstPassEnds.then(
      () => firstPassMadeBy(spec.name),
      () => undefined,
    );
    const stage = stageOf(spec.name);
    (stagePasses[stage] ??= []).push(firstPassEnds);
    if (stage > 0) (startedLater[stage] ??= []).push(replication);
    replications.set(spec.name, replication);
    if (MERGE_REDIRECTED.has(spec.name)) {
      subscriptions.add(replication.received$.subscribe(() => mergeRedirectTriggers.next()));
    }
    if (LATE_FOLDED.has(spec.name)) {
      subscriptions.add(replication.received$.subscribe(() => lateFoldTriggers.next()));
    }
    actives.push(replication.active$);
    subscriptions.add(replication.sent$.subscribe(scheduleRecount));
    // Documents pulled from the server are not local changes: an initial sync of 250,000
    // documents must not start a recount for each bulk it writes.
    subscriptions.add(
      collection.eventBulks$.pipe(filter((bulk) => !isPulledWrite(bulk.context))).subscribe(scheduleRecount),
    );
  }

  // Also started when requests fail: offline, nothing is pulled, and their changes waiting to be
  // sent (check-ins at the door) must be counted, which needs their replication state.
  const startStage = (stage: number) => {
    if (stopped) return;
    for (const replication of (startedLater[stage] ?? []).splice(0)) void replication.start();
  };
  startLater = () => {
    for (let stage = 1; stage < startedLater.length; stage += 1) startStage(stage);
  };
  // Each stage once the one before has made its first pass; a replication cancelled before its
  // first pass (the engine stopped) starts nothing after it.
  let stagesBefore: Promise<unknown> = Promise.resolve();
  for (let stage = 1; stage < Math.max(stagePasses.length, startedLater.length); stage += 1) {
    const passes = stagePasses[stage - 1] ?? [];
    stagesBefore = stagesBefore.then(() => Promise.all(passes)).then(() => startStage(stage));
  }
  stagesBefore.catch(() => undefined);
  void followFirstSync().catch(() => undefined);
  subscriptions.add(
    combineLatest(actives).subscribe((flags) => {
      active = flags.some(Boolean);
      if (!active) scheduleRecount();
      updatePhase();
    }),
  );
  // The stream accepted by the server is a request that succeeded, as of when it was opened.
  subscriptions.add(
    stream.connected$.subscribe((connected) => {
      if (connected) onRequestSucceeded(stream.openedAt);
      updatePhase();
    }),
  );
  subscriptions.add(
    stream.errors$.subscribe((error) => {
      if (isAuthFailure(error)) onRequestFailed(error, outcomes.start());
    }),
  );
  status.update({ phase: 'connecting' });
  // Only the leader tab opens the event stream: one connection per browser, not per tab.
  const electionGrace = setTimeout(() => {
    if (leadership === 'unknown') {
      leadership = 'follower';
      updatePhase();
    }
  }, options.electionGraceMs ?? 1500);
  void election.elected.then(() => {
    clearTimeout(electionGrace);
    if (stopped) return;
    leadership = 'leader';
    stream.start();
    scheduleRecount();
    updatePhase();
  });

  const halt = async () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(recountTimer);
    clearTimeout(resendTimer);
    clearTimeout(electionGrace);
    subscriptions.unsubscribe();
    await stream.stop();
    await Promise.all([...replications.values()].map((r) => r.cancel()));
    await recount?.catch(() => undefined);
  };

  return {
    replications,
    stream,
    async awaitInSync() {
      await Promise.all([...replications.values()].map((r) => r.awaitInSync()));
    },
    reSync() {
      for (const replication of replications.values()) replication.reSync();
    },
    refreshPending,
    stop: halt,
  };
}
