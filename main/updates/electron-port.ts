import { autoUpdater } from 'electron-updater';
import type { UpdaterPort } from '@main/updates/update-controller';

/**
 * electron-updater's `autoUpdater` behind `UpdaterPort`: a generic feed (the association's
 * server's `/updates/`, or a public URL). Nothing else of it is used.
 */
export function electronUpdaterPort(): UpdaterPort {
  return {
    get autoDownload() {
      return autoUpdater.autoDownload;
    },
    set autoDownload(value: boolean) {
      autoUpdater.autoDownload = value;
    },
    get autoInstallOnAppQuit() {
      return autoUpdater.autoInstallOnAppQuit;
    },
    set autoInstallOnAppQuit(value: boolean) {
      autoUpdater.autoInstallOnAppQuit = value;
    },
    setFeedURL: (url) => autoUpdater.setFeedURL({ provider: 'generic', url }),
    checkForUpdates: () => autoUpdater.checkForUpdates(),
    on: (event: string, listener: (...args: never[]) => void) => {
      autoUpdater.on(event as 'error', listener as (error: Error) => void);
    },
    quitAndInstall: (isSilent, isForceRunAfter) => autoUpdater.quitAndInstall(isSilent, isForceRunAfter),
  };
}
