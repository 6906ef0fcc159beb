import type { ImportPlan } from '@shared/import/helloasso-plan';
import { truncateText } from '@shared/text/unicode';
import { appendAudit, type AuditActor } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * Writes of an import. The plan (shared/import/helloasso-plan.ts) holds complete documents, each
 * already validated by its schema: nothing is checked halfway through. The write guard still
 * decides (the secretary and the administrator may import) and journals every document.
 *
 * There is no transaction across RxDB collections: if a write fails halfway (the disk is full, a
 * permission is refused), what this import wrote is removed again before the error goes up, so
 * the database holds the whole import or none of it.
 */

const CHUNK = 200;

export interface ImportProgress {
  done: number;
  total: number;
}

export class ImportError extends Error {
  constructor(
    readonly code: 'IMPORT_ALREADY_APPLIED' | 'IMPORT_FAILED',
    override readonly cause?: unknown,
  ) {
    super(code);
    this.name = 'ImportError';
  }
}

export interface ImportResult {
  people: number;
  memberships: number;
}

async function insertAll<T extends { id: string }>(
  insert: (chunk: T[]) => Promise<{ error: unknown[] }>,
  documents: readonly T[],
  progress: () => void,
  step: (count: number) => void,
) {
  for (let start = 0; start < documents.length; start += CHUNK) {
    const chunk = documents.slice(start, start + CHUNK);
    const { error } = await insert(chunk);
    if (error.length > 0) throw new ImportError('IMPORT_FAILED', error[0]);
    step(chunk.length);
    progress();
  }
}

/**
 * Writes what the dry run planned, in one go (or not at all), then journals the import itself
 * (action `import`, the import id as its document, `source` — the file and its kind — as detail):
 * the list « Annuler cet import » offers is read from there.
 */
export async function applyImport(
  db: TilleulDatabase,
  actor: AuditActor,
  plan: ImportPlan,
  source: string,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  // importId is not indexed (an import is rare): a scan, not a count, which RxDB keeps to indexes.
  const already = await Promise.all([
    db.people.findOne({ selector: { importId: plan.importId } }).exec(),
    db.memberships.findOne({ selector: { importId: plan.importId } }).exec(),
  ]);
  if (already.some((doc) => doc !== null)) throw new ImportError('IMPORT_ALREADY_APPLIED');
  const total = plan.people.length + plan.memberships.length;
  let done = 0;
  const progress = () => onProgress({ done, total });
  const step = (count: number) => {
    done += count;
  };
  progress();
  try {
    await insertAll((chunk) => db.people.bulkInsert(chunk), plan.people, progress, step);
    await insertAll((chunk) => db.memberships.bulkInsert(chunk), plan.memberships, progress, step);
  } catch (error) {
    await removeImported(db, plan.importId);
    throw error instanceof ImportError ? error : new ImportError('IMPORT_FAILED', error);
  }
  await appendAudit(db, actor, {
    action: 'import',
    documentId: plan.importId,
    detail: truncateText(
      `${source} : ${plan.people.length} personnes, ${plan.memberships.length} cotisations`,
      200,
    ),
  });
  return { people: plan.people.length, memberships: plan.memberships.length };
}

async function removeImported(db: TilleulDatabase, importId: string) {
  const memberships = await db.memberships.find({ selector: { importId } }).exec();
  await db.memberships.bulkRemove(memberships.map((doc) => doc.id));
  const people = await db.people.find({ selector: { importId } }).exec();
  await db.people.bulkRemove(people.map((doc) => doc.id));
}

export interface UndoResult {
  memberships: number;
  people: number;
  /** People this import created that something else now points to: kept, with their names. */
  kept: string[];
}

/**
 * « Annuler cet import »: removes the cotisations and the people the import created. A person who
 * has since been given something else — a cotisation typed by hand, a donation, a merge — is kept
 * (removing them would lose that); the answer names them.
 */
export const UNDO_DETAIL_PREFIX = 'undo:';

export async function undoImport(
  db: TilleulDatabase,
  actor: AuditActor,
  importId: string,
): Promise<UndoResult> {
  const memberships = await db.memberships.find({ selector: { importId } }).exec();
  await db.memberships.bulkRemove(memberships.map((doc) => doc.id));
  const people = await db.people.find({ selector: { importId } }).exec();
  const removable: string[] = [];
  const kept: string[] = [];
  for (const person of people) {
    const [others, donations] = await Promise.all([
      db.memberships.count({ selector: { holderId: person.id } }).exec(),
      db.donations.count({ selector: { donorId: person.id } }).exec(),
    ]);
    if (others > 0 || donations > 0 || person.mergedIds.length > 0) {
      kept.push(`${person.firstName} ${person.lastName}`.trim());
    } else {
      removable.push(person.id);
    }
  }
  await db.people.bulkRemove(removable);
  await appendAudit(db, actor, {
    action: 'import',
    documentId: importId,
    detail: truncateText(
      `${UNDO_DETAIL_PREFIX} ${removable.length} personnes, ${memberships.length} cotisations supprimées`,
      200,
    ),
  });
  return { memberships: memberships.length, people: removable.length, kept };
}
