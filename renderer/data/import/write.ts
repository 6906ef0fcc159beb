import { FILL_DETAIL_PREFIX, UNDO_DETAIL_PREFIX } from '@renderer/data/import/journal-details';
import type { ImportPlan } from '@shared/import/helloasso-plan';
import {
  FILL_FIELDS,
  fieldValue,
  fillFieldsOf,
  fillUndone,
  saidFields,
  withFill,
  type FillChange,
  type FillField,
  type PersonFill,
} from '@shared/import/person-fill';
import { personDocumentSchema, type PersonDocument } from '@shared/members/person';
import { importMappingsSettingSchema, rememberMapping, type MappingField } from '@shared/import/mapping';
import type { WriteContext } from '@shared/schema/common';
import { truncateText } from '@shared/text/unicode';
import { appendAudit, type AuditActor } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { sheetsOfPersonQuery } from '@renderer/data/sheets/read';
import { whileSaying } from '@renderer/data/write-guard';
import { saveSetting } from '@renderer/data/settings/write';
import { retireMemberNumbers } from '@renderer/data/members/retired-numbers';

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
  events: number;
  attendance: number;
  donations: number;
  /** People of Tilleul whose empty fields the import filled. */
  completed: number;
}

const resultOf = (plan: ImportPlan, completed: number): ImportResult => ({
  people: plan.people.length,
  memberships: plan.memberships.length,
  events: plan.events.length,
  attendance: plan.attendance.length,
  donations: plan.donations.length,
  completed,
});

/** « 2 personnes », « 1 cotisation », « 0 don »: French takes the singular up to 1. */
const counted = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * « 3 personnes, 3 inscriptions, 1 événement », for the journal: the kinds there are some of
 * (people always, as the notices say).
 */
function summary(
  result: ImportResult,
  completed: [one: string, many: string] = ['complétée', 'complétées'],
): string {
  const parts = [
    counted(result.people, 'personne', 'personnes'),
    result.memberships ? counted(result.memberships, 'cotisation', 'cotisations') : '',
    result.attendance ? counted(result.attendance, 'inscription', 'inscriptions') : '',
    result.events ? counted(result.events, 'événement', 'événements') : '',
    result.donations ? counted(result.donations, 'don', 'dons') : '',
    result.completed ? counted(result.completed, `fiche ${completed[0]}`, `fiches ${completed[1]}`) : '',
  ];
  return parts.filter(Boolean).join(', ');
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
  const selector = { selector: { importId: plan.importId } };
  const already = await Promise.all([
    db.people.findOne(selector).exec(),
    db.memberships.findOne(selector).exec(),
    db.events.findOne(selector).exec(),
    db.attendance.findOne(selector).exec(),
    db.donations.findOne(selector).exec(),
  ]);
  if (already.some((doc) => doc !== null)) throw new ImportError('IMPORT_ALREADY_APPLIED');
  const total =
    plan.people.length +
    plan.memberships.length +
    plan.events.length +
    plan.attendance.length +
    plan.donations.length +
    plan.fills.length;
  let done = 0;
  const progress = () => onProgress({ done, total });
  const step = (count: number) => {
    done += count;
  };
  progress();
  try {
    await insertAll((chunk) => db.events.bulkInsert(chunk), plan.events, progress, step);
    await insertAll((chunk) => db.people.bulkInsert(chunk), plan.people, progress, step);
    await insertAll((chunk) => db.memberships.bulkInsert(chunk), plan.memberships, progress, step);
    await insertAll((chunk) => db.attendance.bulkInsert(chunk), plan.attendance, progress, step);
    await insertAll((chunk) => db.donations.bulkInsert(chunk), plan.donations, progress, step);
  } catch (error) {
    await removeImported(db, plan.importId);
    throw error instanceof ImportError ? error : new ImportError('IMPORT_FAILED', error);
  }
  const filled: PersonFill[] = [];
  try {
    for (const fill of plan.fills) {
      const written = await whileSaying(db, [fill.personId], `${FILL_DETAIL_PREFIX}${plan.importId}`, () =>
        writeFill(db, actor, fill),
      );
      if (written.length > 0) filled.push({ personId: fill.personId, changes: written });
      step(1);
      progress();
    }
  } catch (error) {
    for (const fill of filled) await emptyFill(db, actor, fill.personId, fill.changes).catch(() => undefined);
    await removeImported(db, plan.importId);
    throw error instanceof ImportError ? error : new ImportError('IMPORT_FAILED', error);
  }
  const result = resultOf(plan, filled.length);
  await appendAudit(db, actor, {
    action: 'import',
    documentId: plan.importId,
    detail: truncateText(`${source} : ${summary(result)}`, 200),
  });
  return result;
}

/**
 * Fills what the person still lacks (sync may have brought a value since the dry run: it stays);
 * returns what was written. A person gone since (merged, erased) is left.
 */
async function writeFill(db: TilleulDatabase, actor: AuditActor, fill: PersonFill): Promise<FillChange[]> {
  const stored = await db.people.findOne(fill.personId).exec();
  if (!stored || stored.erasedOn !== '') return [];
  let written: FillChange[] = [];
  await editDocument(
    db.people,
    personDocumentSchema,
    actor,
    { kind: 'person', id: fill.personId },
    (person) => {
      const next = withFill(person, fill.changes);
      written = fill.changes.filter(({ field }) => fieldValue(next, field) !== fieldValue(person, field));
      return fillFieldsOf(next);
    },
  );
  return written;
}

/** Empties again what a fill wrote where it still stands; returns the fields kept (changed since). */
async function emptyFill(
  db: TilleulDatabase,
  actor: AuditActor,
  personId: string,
  changes: readonly FillChange[],
): Promise<{ emptied: number; kept: FillField[] }> {
  const stored = await db.people.findOne(personId).exec();
  if (!stored) return { emptied: 0, kept: [] };
  const { emptied, kept } = fillUndone(stored.toJSON() as PersonDocument, changes);
  if (emptied.length > 0) {
    await editDocument(db.people, personDocumentSchema, actor, { kind: 'person', id: personId }, (person) => {
      return fillFieldsOf(fillUndone(person, changes).person);
    });
  }
  return { emptied: emptied.length, kept };
}

/** The fills an import wrote, read back from their journal entries (this device's and synced). */
async function fillsOf(db: TilleulDatabase, importId: string): Promise<PersonFill[]> {
  const entries = await db.audit
    .find({
      selector: { action: 'update', collectionName: 'people', detail: `${FILL_DETAIL_PREFIX}${importId}` },
    })
    .exec();
  const fields = new Set<string>(FILL_FIELDS);
  return entries.map((entry) => ({
    personId: entry.documentId,
    changes: entry.changes.flatMap((change) =>
      fields.has(change.field) && typeof change.after === 'string'
        ? [{ field: change.field as FillChange['field'], value: change.after }]
        : [],
    ),
  }));
}

async function removeImported(db: TilleulDatabase, importId: string) {
  const donations = await db.donations.find({ selector: { importId } }).exec();
  await db.donations.bulkRemove(donations.map((doc) => doc.id));
  const attendance = await db.attendance.find({ selector: { importId } }).exec();
  await db.attendance.bulkRemove(attendance.map((doc) => doc.id));
  const events = await db.events.find({ selector: { importId } }).exec();
  await db.events.bulkRemove(events.map((doc) => doc.id));
  const memberships = await db.memberships.find({ selector: { importId } }).exec();
  await db.memberships.bulkRemove(memberships.map((doc) => doc.id));
  const people = await db.people.find({ selector: { importId } }).exec();
  await retireMemberNumbers(db, people);
  await db.people.bulkRemove(people.map((doc) => doc.id));
}

export interface UndoResult {
  memberships: number;
  people: number;
  attendance: number;
  events: number;
  donations: number;
  /** People whose fields the import had filled, emptied again where the file's value stood. */
  completed: number;
  /**
   * What something else now depends on, kept with its name: a person given something since, a
   * registration checked in at the door, an event others registered to, a donation on a receipt.
   */
  kept: string[];
}

/**
 * « Annuler cet import »: removes the donations, registrations, events, cotisations and people the
 * import created. What has since been used is kept (removing it would lose that), and the answer
 * names it: a donation a tax receipt covers, a registration checked in at the door, an event
 * someone else registered to, a person given something else (a cotisation typed by hand, a
 * donation, a registration, a merge).
 */
export async function undoImport(
  db: TilleulDatabase,
  actor: AuditActor,
  importId: string,
): Promise<UndoResult> {
  const kept: string[] = [];
  const donations = (await db.donations.find({ selector: { importId } }).exec()).filter((doc) => {
    if (doc.receiptId === '') return true;
    kept.push(`don ${doc.paymentReference} (reçu fiscal émis)`);
    return false;
  });
  await db.donations.bulkRemove(donations.map((doc) => doc.id));
  const attendance = (await db.attendance.find({ selector: { importId } }).exec()).filter((doc) => {
    if (!doc.present) return true;
    kept.push(`inscription pointée à l’entrée (${doc.notes.split('\n')[0] ?? ''})`);
    return false;
  });
  await db.attendance.bulkRemove(attendance.map((doc) => doc.id));
  const events: string[] = [];
  for (const event of await db.events.find({ selector: { importId } }).exec()) {
    // Closed since: its registrations are on its sheet, the legal record, which stays whole.
    if (event.closedOn !== '') {
      kept.push(`${event.title} (clôturé : ses inscriptions sont sur sa feuille d’émargement)`);
      continue;
    }
    const others = await db.attendance.count({ selector: { eventId: event.id } }).exec();
    if (others > 0) kept.push(event.title);
    else events.push(event.id);
  }
  await db.events.bulkRemove(events);
  const memberships = await db.memberships.find({ selector: { importId } }).exec();
  await db.memberships.bulkRemove(memberships.map((doc) => doc.id));
  const people = await db.people.find({ selector: { importId } }).exec();
  const removable: string[] = [];
  for (const person of people) {
    const [others, given, registered, sheet] = await Promise.all([
      db.memberships.count({ selector: { holderId: person.id } }).exec(),
      db.donations.count({ selector: { donorId: person.id } }).exec(),
      db.attendance.count({ selector: { personId: person.id } }).exec(),
      // On the sheet of an event closed since: the sheet names them, they stay.
      db.sheets.findOne(sheetsOfPersonQuery(person.id)).exec(),
    ]);
    if (others > 0 || given > 0 || registered > 0 || sheet !== null || person.mergedIds.length > 0) {
      kept.push(`${person.firstName} ${person.lastName}`.trim());
    } else {
      removable.push(person.id);
    }
  }
  const leaving = new Set(removable);
  await retireMemberNumbers(
    db,
    people.filter((person) => leaving.has(person.id)),
  );
  await db.people.bulkRemove(removable);
  let completed = 0;
  for (const fill of await fillsOf(db, importId)) {
    const undone = await whileSaying(db, [fill.personId], `un${FILL_DETAIL_PREFIX}${importId}`, () =>
      emptyFill(db, actor, fill.personId, fill.changes),
    );
    if (undone.emptied > 0) completed += 1;
    if (undone.kept.length > 0) {
      const person = await db.people.findOne(fill.personId).exec();
      const name = person ? `${person.firstName} ${person.lastName}`.trim() : fill.personId;
      kept.push(`${name} (${saidFields(undone.kept.map((field) => ({ field })))} modifié depuis)`);
    }
  }
  const result = {
    memberships: memberships.length,
    people: removable.length,
    attendance: attendance.length,
    events: events.length,
    donations: donations.length,
    completed,
  };
  await appendAudit(db, actor, {
    action: 'import',
    documentId: importId,
    detail: truncateText(
      `${UNDO_DETAIL_PREFIX} ${summary(result, ['remise comme avant', 'remises comme avant'])} supprimés`,
      200,
    ),
  });
  return { ...result, kept };
}

/**
 * Remembers the column mapping of a file for the next one with the same columns (the setting
 * `import-mappings`, which whoever may import may write). A stored value this version cannot
 * read is replaced: it only ever held proposals.
 */
export async function rememberImportMapping(
  db: TilleulDatabase,
  context: WriteContext,
  headers: readonly string[],
  fields: readonly MappingField[],
): Promise<void> {
  const stored = await db.settings.findOne('import-mappings').exec();
  const current = importMappingsSettingSchema.safeParse(stored?.toJSON().value);
  const value = rememberMapping(
    current.success ? current.data : undefined,
    headers,
    fields,
    context.now().toISOString(),
  );
  await saveSetting(db, context, 'import-mappings', value);
}
