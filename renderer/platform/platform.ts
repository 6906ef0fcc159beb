import type { AppInfo, SaveFileRequest, SaveFileResult, ServerCertificate } from '@shared/ipc/contract';
import type { UpdateState } from '@shared/ipc/updates';
import type { OfflineReadiness } from '@renderer/platform/offline';

/**
 * What the app needs from where it runs. Components use this interface only; the desktop and
 * web implementations are chosen once, at start-up (`selectPlatform`).
 */
export interface Platform {
  getAppInfo(): Promise<AppInfo>;
  /** Desktop: a save dialog then an atomic write. Web: a download. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Whether a reload without network still opens the app, and whether its data may be cleared. */
  offlineReadiness(): Promise<OfflineReadiness>;
  /**
   * Desktop only: the certificate an https server presents, and trusting it on this device once
   * its fingerprint was compared (a browser asks the person itself, and keeps its own exceptions).
   */
  /**
   * Desktop only: the app's own updates (the web build updates with its service worker). The
   * feed is the public one configured, else `serverUrl`'s `/updates/`.
   */
  updates?: {
    state(): Promise<UpdateState>;
    check(serverUrl: string | null): Promise<UpdateState>;
  };
  /** Desktop only: shows the data folder in the system's file manager. */
  openDataFolder?(): Promise<void>;
  serverCertificates?: {
    inspect(url: string): Promise<ServerCertificate>;
    trust(url: string, fingerprint: string): Promise<void>;
  };
}
