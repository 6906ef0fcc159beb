import { describe, expect, it } from 'vitest';
import {
  initialEventValues,
  toEventInput,
  validateEventForm,
} from '@renderer/pages/events/form/event-form-values';

const loto = { ...initialEventValues(undefined, 'fr-FR'), title: 'Loto', startsOn: '2026-11-14' };

describe('the event form', () => {
  it('reads prices and times the French way; empty is free, with no fixed time', () => {
    const { input, dates, errors } = toEventInput({
      ...loto,
      startTime: '20h',
      memberPrice: '5,50 €',
      nonMemberPrice: '',
      capacity: '',
    });
    expect(errors).toEqual({});
    expect(dates).toEqual(['2026-11-14']);
    expect(input).toMatchObject({
      startTime: '20:00',
      endTime: '',
      memberPrice: 550,
      nonMemberPrice: 0,
      capacity: 0,
    });
  });

  it('says under each field what cannot be read, in keys the screen translates', () => {
    expect(
      validateEventForm({ ...loto, title: ' ', startsOn: '', startTime: 'midi', memberPrice: '5,555' }),
    ).toMatchObject({
      title: 'errors.events.titleRequired',
      startsOn: 'errors.events.dateRequired',
      startTime: 'errors.events.timeFormat',
      memberPrice: 'errors.members.amountTooManyDecimals',
    });
    expect(validateEventForm({ ...loto, startTime: '20:00', endTime: '19:00' })).toEqual({
      endTime: 'errors.events.endsBeforeStart',
    });
  });

  it('gives a weekly series its dates, until a date or for a number of sessions', () => {
    const series = { ...loto, startsOn: '2026-10-06', recurring: true };
    expect(toEventInput({ ...series, lastDate: '2026-10-31' }).dates).toHaveLength(4);
    expect(toEventInput({ ...series, seriesEnd: 'count', sessions: 3 }).dates).toEqual([
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
    ]);
    expect(validateEventForm(series)).toEqual({ lastDate: 'errors.events.seriesLastDateRequired' });
    expect(validateEventForm({ ...series, seriesEnd: 'count', sessions: 61 })).toEqual({
      sessions: 'errors.events.seriesTooLong',
    });
  });
});
