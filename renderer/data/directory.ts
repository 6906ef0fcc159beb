import type { Subscription } from 'rxjs';
import type { RxChangeEvent, RxCollection } from 'rxdb/plugins/core';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { TilleulDatabase } from '@renderer/data/database';
import { readAll } from '@renderer/data/read-all';

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
  private version = 0;
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
          const { _deleted, _rev, _meta, _attachments, ...data } = event.documentData as T & {
            _deleted: boolean;
            _rev: string;
            _meta: unknown;
            _attachments: unknown;
          };
          void _rev;
          void _meta;
          void _attachments;
          const doc = data as unknown as T;
          if (event.operation === 'DELETE' || _deleted) target.delete(doc.id);
          else target.set(doc.id, doc);
          onChange?.(doc, event.operation === 'DELETE' || _deleted);
        }
        this.version += 1;
        for (const listener of this.listeners) listener();
      }),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }
}
