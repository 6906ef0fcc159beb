import { z } from 'zod';
import { saveFileRequestSchema } from '@shared/ipc/save-file';
import { desktopContextSchema } from '@shared/ipc/desktop';
import {
  checkForUpdateRequestSchema,
  updateFeedSettingsSchema,
  updateStateSchema,
} from '@shared/ipc/updates';
import {
  autoBackupAbortSchema,
  autoBackupListSchema,
  autoBackupReadSchema,
  beforeUpdateRestoreSchema,
} from '@shared/ipc/auto-backups';
import {
  helloAssoCursorRequestSchema,
  helloAssoFetchIpcResponseSchema,
  helloAssoLinkStatusSchema,
  helloAssoSaveRequestSchema,
  helloAssoSaveResponseSchema,
} from '@shared/ipc/helloasso';

/**
 * The one contract between the Electron main process and the renderer (STYLE.md §2).
 * The preload exposes exactly `TilleulBridge` as `window.tilleul`; main validates the sender
 * and the payload of every call against the schemas below and answers with an `IpcResult`, so
 * errors cross the boundary with a stable `code` instead of a bare string.
 */

export const IPC_PREFIX = 'tilleul:';

export const appInfoSchema = z.object({
  version: z.string(),
  /** Where the desktop app keeps its files (backups, logs). `null` in a browser. */
  dataDir: z.string().nullable(),
  platform: z.string(),
  /** Electron version on the desktop, `null` in a browser. */
  electron: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

// The web build's saving of a file checks the same request without loading the whole contract.
export { SAVE_FILE_MAX_BYTES, saveFileRequestSchema } from '@shared/ipc/save-file';
export type { SaveFileRequest } from '@shared/ipc/save-file';

export const saveFileResultSchema = z.discriminatedUnion('saved', [
  /** `path` is `null` in a browser, which downloads without telling where. */
  z.object({ saved: z.literal(true), path: z.string().nullable() }),
  z.object({ saved: z.literal(false) }),
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/** An https server's certificate as this device sees it, before trusting it (desktop only). */
export const serverCertificateSchema = z
  .object({
    host: z.string().min(1).max(255),
    /** SHA-256, `AB:CD:…`, as `tilleul-server serve --https` prints it. */
    fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    /** Whether an authority this device knows vouches for it (then nothing needs pinning). */
    trusted: z.boolean(),
    validTo: z.iso.datetime(),
  })
  .strict();
export type ServerCertificate = z.infer<typeof serverCertificateSchema>;

const httpsAddress = z
  .string()
  .max(2000)
  .refine((text) => URL.canParse(text) && new URL(text).protocol === 'https:', {
    error: 'errors.ipc.badAddress',
  });

export const trustCertificateRequestSchema = z
  .object({
    url: httpsAddress,
    fingerprint: serverCertificateSchema.shape.fingerprint,
  })
  .strict();
export type TrustCertificateRequest = z.infer<typeof trustCertificateRequestSchema>;

export const IPC_ERROR_CODES = [
  'BAD_SENDER',
  'BAD_PAYLOAD',
  'UNKNOWN_CHANNEL',
  'WRITE_FAILED',
  'UNREACHABLE',
  'INTERNAL',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  /** An i18n key (`errors.ipc.*`) the renderer translates. */
  message: z.string(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A piece of an automatic backup the renderer streams to main (main/backups/). */
export const AUTO_BACKUP_CHUNK_MAX_BYTES = 4 * 1024 * 1024;
const autoBackupId = z.object({ id: z.uuid() }).strict();
export const autoBackupChunkSchema = z
  .object({
    id: z.uuid(),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= AUTO_BACKUP_CHUNK_MAX_BYTES, {
      error: 'errors.ipc.fileTooLarge',
    }),
  })
  .strict();
export const autoBackupDoneSchema = z.object({
  path: z.string().max(4096),
  removed: z.number().int().min(0),
});

/** Every channel: what it takes and what it answers. Channel names are prefixed on the wire. */
export const ipcContract = {
  getAppInfo: { request: z.tuple([]), response: appInfoSchema },
  saveFile: { request: z.tuple([saveFileRequestSchema]), response: saveFileResultSchema },
  inspectServerCertificate: { request: z.tuple([httpsAddress]), response: serverCertificateSchema },
  trustServerCertificate: { request: z.tuple([trustCertificateRequestSchema]), response: z.null() },
  /** An automatic backup, streamed: begin, chunks, then finish (atomic rename, rotation) or abort. */
  autoBackupBegin: { request: z.tuple([]), response: autoBackupId },
  autoBackupChunk: { request: z.tuple([autoBackupChunkSchema]), response: z.null() },
  autoBackupFinish: { request: z.tuple([autoBackupId]), response: autoBackupDoneSchema },
  autoBackupAbort: { request: z.tuple([autoBackupAbortSchema]), response: z.null() },
  /** The automatic backups in the folder, and the last attempt's failure. */
  autoBackupList: { request: z.tuple([]), response: autoBackupListSchema },
  /** A backup file read back in chunks (at most `AUTO_BACKUP_CHUNK_MAX_BYTES`; empty at its end). */
  autoBackupRead: {
    request: z.tuple([autoBackupReadSchema]),
    response: z.instanceof(Uint8Array).refine((d) => d.byteLength <= AUTO_BACKUP_CHUNK_MAX_BYTES),
  },
  /**
   * « Revenir à cette copie »: the copy taken before an update replaces the database at the next
   * start; main answers, then relaunches the app.
   */
  restoreBeforeUpdate: { request: z.tuple([beforeUpdateRestoreSchema]), response: z.null() },
  /** Updates (issue 20): where they stand, and « Rechercher une mise à jour ». */
  getUpdateState: { request: z.tuple([]), response: updateStateSchema },
  checkForUpdate: { request: z.tuple([checkForUpdateRequestSchema]), response: updateStateSchema },
  /** Opens the data folder (`AppInfo.dataDir`) in the system's file manager. */
  openDataFolder: { request: z.tuple([]), response: z.null() },
  /** The public update feed (`updates.json`), read and set by an administrator. */
  getUpdateFeed: { request: z.tuple([]), response: updateFeedSettingsSchema },
  setUpdateFeed: { request: z.tuple([updateFeedSettingsSchema]), response: z.null() },
  /** The app's language (the menu's) and its association server (the update feed). */
  setDesktopContext: { request: z.tuple([desktopContextSchema]), response: z.null() },
  /** HelloAsso (issue 18): the connection kept by main (never the secret), and a fetch. */
  helloAssoStatus: { request: z.tuple([]), response: helloAssoLinkStatusSchema },
  helloAssoSave: { request: z.tuple([helloAssoSaveRequestSchema]), response: helloAssoSaveResponseSchema },
  helloAssoForget: { request: z.tuple([]), response: helloAssoLinkStatusSchema },
  helloAssoFetch: { request: z.tuple([]), response: helloAssoFetchIpcResponseSchema },
  helloAssoSetCursor: {
    request: z.tuple([helloAssoCursorRequestSchema]),
    response: helloAssoLinkStatusSchema,
  },
} as const;

export type IpcMethod = keyof typeof ipcContract;
export type IpcArgs<M extends IpcMethod> = z.input<(typeof ipcContract)[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['response']>;

export const IPC_METHODS = Object.keys(ipcContract) as IpcMethod[];

export function ipcChannel(method: IpcMethod): string {
  return `${IPC_PREFIX}${method}`;
}

/**
 * What `window.tilleul` is: one function per channel, each answering an `IpcResult`; and the
 * application menu's commands, which the page validates (`menuCommandSchema`) before acting.
 */
export type TilleulBridge = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcResponse<M>>>;
} & {
  /** Calls `listener` with each menu command main sends; returns how to stop listening. */
  onMenuCommand?: (listener: (command: unknown) => void) => () => void;
};

// The renderer's start reads answers with these without loading the whole contract.
export { BridgeError, unwrapIpcResult } from '@shared/ipc/result';

export const IPC_ERROR_KEYS = [
  'errors.ipc.badFileName',
  'errors.ipc.fileTooLarge',
  'errors.ipc.badSender',
  'errors.ipc.badPayload',
  'errors.ipc.unknownChannel',
  'errors.ipc.writeFailed',
  'errors.ipc.internal',
  'errors.ipc.badAddress',
  'errors.ipc.unreachable',
  'errors.ipc.pinFailed',
  'errors.ipc.openFolderFailed',
  'errors.ipc.badFeedUrl',
  'errors.ipc.backupNotFound',
] as const;
