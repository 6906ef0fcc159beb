import type { RxCollection } from 'rxdb/plugins/core';
import { encryptBackup } from '@shared/backup/crypto';
import { BACKUP_EXTENSION, writeBackup } from '@shared/backup/format';
import type { BackupCollectionSource } from '@shared/backup/format';
import { collectionSpecs } from '@shared/schema/collections';
import { pdfFileName } from '@shared/pdf/member-cards';
import type { TilleulDatabase } from '@renderer/data/database';
import { livePages } from '@renderer/data/read-pages';
import type { AuditActor } from '@renderer/data/audit/write';
import { appendAudit } from '@renderer/data/audit/write';

const PAGE = 500;

/**
 * The live documents of a collection, page by page (`livePages`), straight from the storage: a
 * collection of 50,000 people is never held at once.
 */
export async function* pagedDocuments(collection: RxCollection): AsyncGenerator<Record<string, unknown>> {
  for await (const page of livePages(collection as RxCollection<Record<string, unknown>>, PAGE)) yield* page;
}

export interface ExportOptions {
  appVersion: string;
  password?: string;
  now?: Date;
  /** Documents written so far, out of the total counted at the start. */
  onProgress?: (written: number, total: number) => void;
  /** Only for tests: fewer PBKDF2 rounds. */
  iterations?: number;
}

export async function associationName(db: TilleulDatabase): Promise<string> {
  const organisation = await db.settings.findOne('organisation').exec();
  const name = (organisation?.toJSON().value as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name.slice(0, 150) : '';
}

/** `tilleul-<association>-<date>.tilleul`, the association's name made safe for any file system. */
export function backupFileName(association: string, date: Date): string {
  // The same safe name as the PDFs: accents dropped, anything else a dash.
  const safe = pdfFileName(
    `tilleul-${association.trim() || 'association'}-${date.toISOString().slice(0, 10)}`,
  );
  return `${safe.slice(0, -'.pdf'.length)}.${BACKUP_EXTENSION}`;
}

/** The whole database as a backup file, streamed in chunks of about 64 KiB. */
export async function* exportBackup(db: TilleulDatabase, options: ExportOptions): AsyncGenerator<Uint8Array> {
  const names = Object.keys(collectionSpecs) as (keyof typeof collectionSpecs)[];
  const counts = await Promise.all(names.map((name) => db.collections[name].count().exec()));
  const total = counts.reduce((a, b) => a + b, 0);
  let written = 0;
  async function* counted(collection: RxCollection) {
    for await (const document of pagedDocuments(collection)) {
      written += 1;
      if (written % PAGE === 0) options.onProgress?.(written, total);
      yield document;
    }
  }
  const sources: BackupCollectionSource[] = names.map((name, index) => ({
    name,
    version: collectionSpecs[name].version,
    count: counts[index] ?? 0,
    documents: counted(db.collections[name] as unknown as RxCollection),
  }));
  const plain = writeBackup(
    {
      association: { name: await associationName(db) },
      createdAt: (options.now ?? new Date()).toISOString(),
      appVersion: options.appVersion.slice(0, 40),
    },
    sources,
  );
  yield* options.password ? encryptBackup(plain, options.password, options.iterations) : plain;
  options.onProgress?.(written, total);
}

/** Journals a backup taken (the file itself is the user's). */
export function journalExport(db: TilleulDatabase, actor: AuditActor, fileName: string, encrypted: boolean) {
  return appendAudit(db, actor, {
    action: 'export',
    detail: `backup:${fileName}${encrypted ? ':encrypted' : ''}`.slice(0, 200),
  });
}
