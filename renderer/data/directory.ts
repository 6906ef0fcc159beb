import type { Subscription } from 'rxjs';
import type { RxChangeEvent, RxCollection } from 'rxdb/plugins/core';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { TilleulDatabase } from '@renderer/data/database';
import { readAll } from '@renderer/data/read-all';
import { withoutMeta } from '@renderer/data/without-meta';

/** What screens read: the directory's maps at one version (a new object at each change). */
export interface DirectoryView {
  readonly people: ReadonlyMap<string, PersonDocument>;
  readonly households: ReadonlyMap<string, HouseholdDocument>;
  readonly memberships: ReadonlyMap<string, MembershipDocument>;
  readonly index: PeopleSearchIndex<PersonDocument>;
  readonly version: number;
}

/**
 * The members file in memory: every person, household and membership, plus the door search
 * index, loaded once and kept up to date from RxDB's change stream (local writes, other tabs,
 * sync). Screens read it synchronously, so a list of 50,000 people filters without a query.
 */
export class Directory {
  readonly people = new Map<string, PersonDocument>();
  readonly households = new Map<string, HouseholdDocument>();
  readonly memberships = new Map<string, MembershipDocument>();
  readonly index = new PeopleSearchIndex<PersonDocument>();
  private view: DirectoryView = this.makeView(0);
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions: Subscription[] = [];

  static async open(db: TilleulDatabase): Promise<Directory> {
    const directory = new Directory();
    const [people, households, memberships] = await Promise.all([
      readAll(db.people),
      readAll(db.households),
      readAll(db.memberships),
    ]);
    for (const doc of people) directory.people.set(doc.id, doc);
    for (const doc of households) directory.households.set(doc.id, doc);
    for (const doc of memberships) directory.memberships.set(doc.id, doc);
    directory.index.upsertMany(directory.people.values());
    directory.follow(db.people, directory.people, (person, removed) =>
      removed ? directory.index.remove(person.id) : directory.index.upsert(person),
    );
    directory.follow(db.households, directory.households);
    directory.follow(db.memberships, directory.memberships);
    return directory;
  }

  private follow<T extends { id: string }>(
    collection: RxCollection<T>,
    target: Map<string, T>,
    onChange?: (doc: T, removed: boolean) => void,
  ) {
    // Changes arrive in bulks (a sync pull, a bulk renewal): one notification per bulk.
    this.subscriptions.push(
      collection.eventBulks$.subscribe((bulk) => {
        for (const event of bulk.events as RxChangeEvent<T>[]) {
          const doc = withoutMeta<T>(event.documentData);
          const removed =
            event.operation === 'DELETE' || (event.documentData as { _deleted?: boolean })._deleted === true;
          if (removed) target.delete(doc.id);
          else target.set(doc.id, doc);
          onChange?.(doc, removed);
        }
        this.view = this.makeView(this.view.version + 1);
        for (const listener of this.listeners) listener();
      }),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): DirectoryView => this.view;

  private makeView(version: number): DirectoryView {
    const { people, households, memberships, index } = this;
    return { people, households, memberships, index, version };
  }

  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }
}
