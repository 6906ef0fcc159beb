import type { AuditActor } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import type { HealthResponse } from '@shared/sync/protocol';
import { SyncApi } from '@renderer/sync/api-client';
import type { FetchLike } from '@renderer/sync/api-client';
import { clearEnrolment, enrolDevice, readEnrolment, summarise } from '@renderer/sync/enrolment';
import { serverHelloAsso } from '@renderer/sync/server-helloasso';
import type { HelloAssoPort } from '@shared/ipc/helloasso';
import type { Enrolment, EnrolmentSummary, EnrolRequestInput } from '@renderer/sync/enrolment';
import { startSyncEngine } from '@renderer/sync/sync-engine';
import type { SyncEngine, SyncEngineOptions } from '@renderer/sync/sync-engine';
import { SyncStatusStore } from '@renderer/sync/sync-status';

export interface SyncServiceOptions {
  auditActor: () => AuditActor;
  /** May the signed-in person make this write? (see `SyncEngineOptions.mayWrite`) */
  mayWrite?: SyncEngineOptions['mayWrite'];
  fetch?: FetchLike;
  /** Where a new door device's directory seed goes (see `SyncEngineOptions.directorySeed`). */
  directorySeed?: SyncEngineOptions['directorySeed'];
  /** Tests and benchmarks tune the engine (retry time, leader election…). */
  engine?: Partial<
    Omit<
      SyncEngineOptions,
      'db' | 'enrolment' | 'status' | 'auditActor' | 'fetch' | 'mayWrite' | 'directorySeed'
    >
  >;
}

/**
 * What the screens use: the status, the enrolment (without its token) and the two actions,
 * enrol and leave. Without an enrolment, nothing touches the network.
 */
export class SyncService {
  readonly status = new SyncStatusStore();
  private enrolment: Enrolment | undefined;
  private summary: EnrolmentSummary | null = null;
  private engine: SyncEngine | undefined;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly db: TilleulDatabase,
    private readonly options: SyncServiceOptions,
  ) {}

  /** Reads the stored enrolment (a local read, no network) and starts replicating if there is one. */
  static async open(db: TilleulDatabase, options: SyncServiceOptions): Promise<SyncService> {
    const service = new SyncService(db, options);
    const enrolment = await readEnrolment(db);
    if (enrolment) service.start(enrolment);
    return service;
  }

  getEnrolment = (): EnrolmentSummary | null => this.summary;

  subscribeEnrolment = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get running(): SyncEngine | undefined {
    return this.engine;
  }

  /**
   * Enrols the device. The caller restarts the app afterwards: the device's id changes, and the
   * write guard and the screens captured the old one at start-up.
   */
  async enrol(input: EnrolRequestInput): Promise<EnrolmentSummary> {
    await this.stopEngine();
    const enrolment = await enrolDevice(this.db, input, { fetch: this.options.fetch });
    this.start(enrolment);
    return summarise(enrolment);
  }

  /** Leaves the server; the data stay on this device, which goes on working standalone. */
  async leave(): Promise<void> {
    await this.stopEngine();
    await clearEnrolment(this.db);
    this.setEnrolment(undefined);
    this.status.update({
      phase: 'standalone',
      pendingChanges: 0,
      pendingByCollection: {},
      lastSyncedAt: null,
    });
    this.status.clearProblems();
  }

  /** HelloAsso through the association's server (issue 18); null when this device has no server. */
  helloAsso(): HelloAssoPort | null {
    return this.enrolment ? serverHelloAsso(this.enrolment, this.options.fetch) : null;
  }

  /** The server's version and certificate fingerprint, asked now; null when it cannot be reached. */
  async serverInfo(): Promise<HealthResponse | null> {
    if (!this.enrolment) return null;
    try {
      return await new SyncApi({ baseUrl: this.enrolment.serverUrl, fetch: this.options.fetch }).health();
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    await this.stopEngine();
  }

  private start(enrolment: Enrolment): void {
    this.setEnrolment(enrolment);
    this.engine = startSyncEngine({
      ...this.options.engine,
      db: this.db,
      enrolment,
      status: this.status,
      auditActor: this.options.auditActor,
      mayWrite: this.options.mayWrite,
      fetch: this.options.fetch,
      directorySeed: this.options.directorySeed,
    });
  }

  private async stopEngine(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    await engine?.stop();
  }

  private setEnrolment(enrolment: Enrolment | undefined): void {
    this.enrolment = enrolment;
    this.summary = enrolment ? summarise(enrolment) : null;
    for (const listener of this.listeners) listener();
  }
}
