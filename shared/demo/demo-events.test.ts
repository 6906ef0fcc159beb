import { describe, expect, it } from 'vitest';
import { generateDemoAssociation, isDemoId } from '@shared/demo/demo-association';
import { allocateByWeight, generateDemoEvents } from '@shared/demo/demo-events';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { eventDocumentSchema } from '@shared/events/event';

describe('demo events and attendance', () => {
  const association = generateDemoAssociation({ size: 'small', seed: 42 });
  const demo = generateDemoEvents(association, { seed: 42 });

  it('outputs documents that every schema accepts unchanged', () => {
    for (const event of demo.events) expect(eventDocumentSchema.parse(event)).toEqual(event);
    for (const record of demo.attendance) expect(attendanceDocumentSchema.parse(record)).toEqual(record);
  });

  it('is reproducible, ids included, and depends on the seed', () => {
    const again = generateDemoEvents(generateDemoAssociation({ size: 'small', seed: 42 }), { seed: 42 });
    expect(again).toEqual(demo);
    expect(demo.events.map((event) => event.id)).toEqual(
      demo.events.map((_, i) => `demo-e-${String(i + 1).padStart(6, '0')}`),
    );
    for (const record of demo.attendance)
      expect(record.id).toBe(attendanceId(record.eventId, record.personId));
    const other = generateDemoEvents(association, { seed: 43 });
    expect(other.attendance.map((r) => r.id)).not.toEqual(demo.attendance.map((r) => r.id));
  });

  it('holds four attendance records per person, each pair once, all pointing at real documents', () => {
    expect(demo.attendance).toHaveLength(4 * association.people.length);
    const ids = [...demo.events, ...demo.attendance].map((doc) => doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(demo.events.every((event) => isDemoId(event.id))).toBe(true);
    const people = new Map(association.people.map((person) => [person.id, person]));
    const events = new Map(demo.events.map((event) => [event.id, event]));
    for (const record of demo.attendance) {
      const event = events.get(record.eventId);
      const person = people.get(record.personId);
      expect(event).toBeDefined();
      expect(person?.kind).toBe('person');
      expect(event?.cancelledOn).toBe('');
      // Nobody comes to an event before being in the file, and nobody is present at one to come.
      expect(person && event && person.createdAt.slice(0, 10) <= event.startsOn).toBe(true);
      if (event && event.startsOn > '2026-01-15') expect(record.present).toBe(false);
    }
  });

  it('looks like a club: weekly trainings, open events with door payments, one AG a season with proxies', () => {
    const seasons = association.settings.seasons.seasons.map((season) => season.id);
    const assemblies = demo.events.filter((event) => event.kind === 'assembly');
    expect(assemblies.map((event) => event.seasonId).sort()).toEqual([...seasons].sort());
    expect(demo.events.filter((event) => event.kind === 'training').length).toBeGreaterThan(100);
    expect(demo.events.some((event) => event.cancelledOn !== '')).toBe(true);
    expect(demo.events.some((event) => event.title.includes('loto'))).toBe(true);
    expect(demo.attendance.some((record) => record.doorPayment.amount > 0)).toBe(true);
    expect(demo.attendance.some((record) => record.registered && !record.present)).toBe(true);

    const byId = new Map(demo.attendance.map((record) => [record.id, record]));
    const proxies = demo.attendance.filter((record) => record.proxyHolderId !== '');
    expect(proxies.length).toBeGreaterThan(0);
    const held = new Map<string, number>();
    for (const record of proxies) {
      const holderId = record.proxyHolderId;
      if (holderId === '') continue;
      const holder = byId.get(attendanceId(record.eventId, holderId));
      expect(holder?.present).toBe(true);
      expect(record.present).toBe(false);
      const key = `${record.eventId} ${record.proxyHolderId}`;
      held.set(key, (held.get(key) ?? 0) + 1);
    }
    const maxProxies = Math.max(...assemblies.map((event) => event.assembly.maxProxiesPerMember));
    expect(Math.max(...held.values())).toBeLessThanOrEqual(maxProxies);
  });

  it('shares a total by weight, exactly, without going over a cap', () => {
    expect(allocateByWeight(10, [1, 1, 1], [100, 100, 100])).toEqual([4, 3, 3]);
    expect(allocateByWeight(10, [1, 8, 1], [100, 2, 100])).toEqual([4, 2, 4]);
    expect(allocateByWeight(10, [1, 0, 1], [3, 100, 3])).toEqual([3, 0, 3]);
  });

  it('gives the budgets’ 200,000 attendance records at 50,000 people', () => {
    const federation = generateDemoAssociation({ size: 'federation', seed: 2026 });
    const records = generateDemoEvents(federation, { seed: 2026 }).attendance;
    expect(records).toHaveLength(200_000);
    const sample = records.filter((_, i) => i % 1999 === 0);
    for (const record of sample) expect(attendanceDocumentSchema.safeParse(record).success).toBe(true);
  });
});
