import type { AppInfo, SaveFileRequest, SaveFileResult, ServerCertificate } from '@shared/ipc/contract';
import type { DesktopContext, MenuCommand } from '@shared/ipc/desktop';
import type { UpdateState } from '@shared/ipc/updates';
import type { AutoBackupPort } from '@shared/ipc/auto-backups';
import type { HelloAssoPort } from '@shared/ipc/helloasso';
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
   * feed is `serverUrl`'s `/updates/`, else (or when it has none) the public one configured.
   */
  updates?: {
    state(): Promise<UpdateState>;
    check(serverUrl: string | null): Promise<UpdateState>;
    /** The public feed an administrator set (`updates.json`), `null` when none. */
    feed(): Promise<string | null>;
    setFeed(feedUrl: string | null): Promise<void>;
  };
  /** Web only: a newer web build waiting to take over (the desktop updates through `updates`). */
  webUpdate?: WebUpdatePort;
  /** Desktop only: tells main the app's language (its menu) and server (its update checks). */
  setDesktopContext?(context: DesktopContext): Promise<void>;
  /** Desktop only: the application menu's commands; returns how to stop listening. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Desktop only: the daily backups main keeps in the data folder, and the copies before updates. */
  autoBackups?: AutoBackupPort;
  /** Desktop only: shows the data folder in the system's file manager. */
  openDataFolder?(): Promise<void>;
  /** Desktop only: HelloAsso through main (the web build goes through the association's server). */
  helloAsso?: HelloAssoPort;
  serverCertificates?: {
    inspect(url: string): Promise<ServerCertificate>;
    trust(url: string, fingerprint: string): Promise<void>;
  };
}

/** A newer web build installed by the service worker, waiting until the person reloads into it. */
export interface WebUpdatePort {
  /** Whether one is waiting now. */
  waiting(): boolean;
  /** Called when one starts waiting; returns how to stop listening. */
  subscribe(listener: () => void): () => void;
  /** Lets it take over and reloads the page into it. */
  apply(): Promise<void>;
}
