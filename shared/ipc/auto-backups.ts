import { z } from 'zod';

/**
 * The desktop's automatic backups as the renderer sees them (Paramètres → Sauvegardes): files
 * the renderer streamed to main every day (kept by the rotation: daily, weekly, monthly), and the
 * copies main takes of the whole profile database before a schema migration (`beforeUpdate`).
 */
export const AUTO_BACKUP_KINDS = ['daily', 'weekly', 'monthly', 'beforeUpdate'] as const;
export type AutoBackupKind = (typeof AUTO_BACKUP_KINDS)[number];

/** A backup's name in its folder: `tilleul-auto-<instant>Z.tilleul` or `tilleul-avant-maj-<instant>Z`. */
export const autoBackupNameSchema = z
  .string()
  .max(80)
  .regex(/^tilleul-(auto|avant-maj)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(\.tilleul)?$/);

export const autoBackupEntrySchema = z
  .object({
    name: autoBackupNameSchema,
    at: z.iso.datetime(),
    kind: z.enum(AUTO_BACKUP_KINDS),
    bytes: z.number().int().min(0),
  })
  .strict();
export type AutoBackupEntry = z.infer<typeof autoBackupEntrySchema>;

export const autoBackupListSchema = z
  .object({
    /** Newest first. */
    backups: z.array(autoBackupEntrySchema).max(200),
    /** The last attempt's failure, if it failed after the last backup that worked. */
    failure: z
      .object({
        at: z.iso.datetime(),
        /** An i18n key (`errors.ipc.*`, `backup.errors.*`) or, for an unexpected error, its text. */
        message: z.string().max(300),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type AutoBackupList = z.infer<typeof autoBackupListSchema>;

/** A piece of a backup file main reads back for a restore; `offset` in bytes from its start. */
export const autoBackupReadSchema = z
  .object({
    name: autoBackupNameSchema,
    offset: z
      .number()
      .int()
      .min(0)
      .max(2 ** 40),
  })
  .strict();

/** The copy taken before an update that should replace the database (`tilleul-avant-maj-…`). */
export const beforeUpdateRestoreSchema = z
  .object({ name: autoBackupNameSchema.refine((name) => name.startsWith('tilleul-avant-maj-')) })
  .strict();

/** Why the renderer gave up on a backup under way (the export failed): shown in the settings. */
export const autoBackupAbortSchema = z
  .object({ id: z.uuid(), reason: z.string().max(300).optional() })
  .strict();

/** What the renderer's automatic backups need from the desktop (the platform's `autoBackups`). */
export interface AutoBackupPort {
  list(): Promise<AutoBackupList>;
  /** Streams a backup to main in chunks; aborted, with `reason` recorded, if `source` throws. */
  write(source: AsyncIterable<Uint8Array>, reasonOf: (error: unknown) => string): Promise<void>;
  /** A backup file read back from main, chunk by chunk. */
  read(name: string): AsyncIterable<Uint8Array>;
  /** The copy `name` taken before an update replaces the database: the app restarts. */
  restoreBeforeUpdate(name: string): Promise<void>;
}
