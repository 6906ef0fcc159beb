import type { Subscription } from 'rxjs';
import { BehaviorSubject } from 'rxjs';
import type { SheetDocument } from '@shared/events/sheet';
import type { TilleulDatabase } from '@renderer/data/database';
import { livePages } from '@renderer/data/read-pages';

/**
 * Which sheets name a person (listed, or added by an amendment). A sheet's rows are an array that
 * no index reaches, so asking the database « the sheets of this person » reads every sheet of
 * the association: at federation size (766 sheets, 191,948 rows) that is the whole history, each
 * time a person's « Présences » opens, and again at each sheet that arrives. Here the sheets are
 * read once per session, a few at a time, keeping only person → sheet ids; each sheet written
 * afterwards (closing, an amendment, a pull) is added from the collection's change stream.
 */
export class SheetPeopleIndex {
  private readonly sheetsOf = new Map<string, Set<string>>();
  private readonly subscription: Subscription;
  /** Bumped at each change: who reads the index reads it again. */
  readonly version = new BehaviorSubject(0);
  readonly ready: Promise<void>;

  constructor(db: TilleulDatabase, pageSize = 25) {
    // Subscribed first: a sheet written while the index is being read is not missed (a Set
    // takes it twice without harm).
    this.subscription = db.sheets.$.subscribe((change) => {
      if (change.operation === 'DELETE') this.forget(change.documentId);
      else this.add(change.documentData as unknown as SheetDocument);
      this.version.next(this.version.value + 1);
    });
    this.ready = this.readAll(db, pageSize);
  }

  /** The ids of the sheets naming `personId`. */
  sheetIdsOf(personId: string): string[] {
    return [...(this.sheetsOf.get(personId) ?? [])].sort();
  }

  close(): void {
    this.subscription.unsubscribe();
  }

  private async readAll(db: TilleulDatabase, pageSize: number): Promise<void> {
    for await (const page of livePages(db.sheets, pageSize)) {
      for (const sheet of page) this.add(sheet as unknown as SheetDocument);
    }
    this.version.next(this.version.value + 1);
  }

  private add(sheet: Pick<SheetDocument, 'id' | 'rows' | 'amendments'>): void {
    const people = [
      ...sheet.rows.map((row) => row.personId),
      ...sheet.amendments.map((amendment) => amendment.row.personId),
    ];
    for (const personId of people) {
      const held = this.sheetsOf.get(personId) ?? new Set<string>();
      held.add(sheet.id);
      this.sheetsOf.set(personId, held);
    }
  }

  private forget(sheetId: string): void {
    for (const held of this.sheetsOf.values()) held.delete(sheetId);
  }
}

const indexes = new WeakMap<TilleulDatabase, SheetPeopleIndex>();

/** The index of `db`, made at the first question and kept while the database is open. */
export function sheetPeopleIndex(db: TilleulDatabase): SheetPeopleIndex {
  let index = indexes.get(db);
  if (!index) {
    const made = new SheetPeopleIndex(db);
    index = made;
    indexes.set(db, made);
    void db.onClose.push(() => Promise.resolve(made.close()));
  }
  return index;
}
