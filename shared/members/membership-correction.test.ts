import { describe, expect, it } from 'vitest';
import {
  cotisationsToConfirm,
  coveringCotisations,
  holdersCoveringAlike,
  membershipCancellationSchema,
  membershipCorrection,
  pickCorrection,
  sameCotisations,
  tariffsOffered,
  zeroAmountError,
} from '@shared/members/membership-correction';
import { seasonSchema } from '@shared/members/season';
import type { MembershipCorrection } from '@shared/members/membership-correction';
import { makeMembership } from '@shared/members/testing';
import { householdId, membershipId, personId, seasonId, tariffId } from '@shared/testing/ids';

const paul = makeMembership({ id: 'm-paul', holderId: personId('paul'), seasonId: seasonId('2026') });
const memberships = [
  paul,
  makeMembership({ id: 'm-paul-2025', holderId: personId('paul'), seasonId: seasonId('2025') }),
  makeMembership({
    id: 'm-paul-soutien',
    holderId: personId('paul'),
    seasonId: seasonId('2026'),
    tariffId: tariffId('soutien'),
  }),
  makeMembership({ id: 'm-anne', holderId: personId('anne'), seasonId: seasonId('2026') }),
  makeMembership({
    id: membershipId('m-roux'),
    holderKind: 'household',
    holderId: householdId('roux'),
    seasonId: seasonId('2026'),
  }),
  makeMembership({
    id: 'm-paul-cancelled',
    holderId: personId('paul'),
    seasonId: seasonId('2026'),
    cancelledOn: '2026-09-10',
    cancelReason: 'Chèque refusé',
  }),
];

describe('sameCotisations', () => {
  it('finds a second cotisation: same person, season and tariff, not cancelled', () => {
    const found = sameCotisations(
      { holderId: personId('paul'), seasonId: seasonId('2026'), tariffId: tariffId('adulte') },
      memberships,
    );
    expect(found.map((m) => m.id)).toEqual(['m-paul']);
  });

  it('finds it for a household too', () => {
    const found = sameCotisations(
      { holderId: personId('roux'), seasonId: seasonId('2026'), tariffId: tariffId('adulte') },
      memberships,
    );
    expect(found.map((m) => m.id)).toEqual(['m-roux']);
  });

  it('does not count another season, another tariff, another holder, or a cancelled one', () => {
    expect(
      sameCotisations(
        { holderId: personId('paul'), seasonId: seasonId('2027'), tariffId: tariffId('adulte') },
        memberships,
      ),
    ).toEqual([]);
    expect(
      sameCotisations(
        { holderId: personId('leo'), seasonId: seasonId('2026'), tariffId: tariffId('adulte') },
        memberships,
      ),
    ).toEqual([]);
    const cancelledOnly = memberships.filter((m) => m.id !== 'm-paul');
    expect(
      sameCotisations(
        { holderId: personId('paul'), seasonId: seasonId('2026'), tariffId: tariffId('adulte') },
        cancelledOnly,
      ),
    ).toEqual([]);
  });

  it('does not count the cotisation being corrected', () => {
    expect(sameCotisations(paul, memberships, paul.id)).toEqual([]);
  });
});

describe('cotisationsToConfirm', () => {
  const adulte = { holderId: personId('paul'), seasonId: seasonId('2026'), tariffId: tariffId('adulte') };

  it('asks about a new fee that repeats a recorded one', () => {
    expect(cotisationsToConfirm(adulte, memberships).map((m) => m.id)).toEqual(['m-paul']);
  });

  it('asks nothing when a correction fixes the amount or the date of one of two fees', () => {
    const twice = [
      ...memberships,
      makeMembership({ id: 'm-paul-bis', holderId: personId('paul'), seasonId: seasonId('2026') }),
    ];
    expect(cotisationsToConfirm(adulte, twice, paul)).toEqual([]);
  });

  it('asks when a correction moves a fee onto a tariff already paid', () => {
    const soutien = memberships.find((m) => m.id === 'm-paul-soutien');
    expect(soutien && cotisationsToConfirm(adulte, memberships, soutien).map((m) => m.id)).toEqual([
      'm-paul',
    ]);
  });
});

describe('zeroAmountError', () => {
  it('refuses 0 € for a tariff that has a price', () => {
    expect(zeroAmountError(0, { amount: 2000 })).toBe('errors.members.amountZeroNotFree');
  });

  it('takes 0 € for a free tariff, and any other amount for any tariff', () => {
    expect(zeroAmountError(0, { amount: 0 })).toBeNull();
    expect(zeroAmountError(1000, { amount: 2000 })).toBeNull();
    expect(zeroAmountError(500, { amount: 0 })).toBeNull();
  });
});

const draft: MembershipCorrection = {
  holderKind: 'person',
  holderId: personId('leo'),
  seasonId: seasonId('2026'),
  tariffId: tariffId('adulte'),
  tariffLabel: 'Adulte',
  taxReceiptAllowed: false,
  amount: 2150,
  paymentMethod: 'cheque',
  chequeNumber: '0001234',
  paymentReference: '',
  paidOn: '2026-09-05',
};

describe('membershipCorrection', () => {
  it('keeps the holder while the tariff stays for the same kind of holder', () => {
    const household = { holderKind: 'household', holderId: householdId('roux') } as const;
    expect(membershipCorrection(household, { ...draft, holderKind: 'household' }).holderId).toBe('roux');
    expect(membershipCorrection({ holderKind: 'person', holderId: personId('paul') }, draft).holderId).toBe(
      'paul',
    );
  });

  it('gives the fee to the new holder when the tariff moves between person and household', () => {
    const household = { holderKind: 'household', holderId: householdId('roux') } as const;
    expect(membershipCorrection(household, draft)).toMatchObject({
      holderKind: 'person',
      holderId: personId('leo'),
    });
  });

  it('changes only what a correction may: never who took the fee, nor a cancellation', () => {
    const sneaky = { ...draft, receivedBy: 'someone-else', cancelledOn: '2026-09-06' };
    expect(pickCorrection(sneaky)).toEqual(draft);
  });
});

describe('membershipCancellationSchema', () => {
  it('needs a reason and a real date', () => {
    const issues = membershipCancellationSchema.safeParse({ on: '2026-02-31', reason: '  ' }).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['on', 'errors.common.isoDate'],
      ['reason', 'errors.members.cancelReasonRequired'],
    ]);
  });

  it('keeps the reason as typed, trimmed', () => {
    expect(membershipCancellationSchema.parse({ on: '2026-09-10', reason: ' Chèque refusé ' })).toEqual({
      on: '2026-09-10',
      reason: 'Chèque refusé',
    });
  });
});

describe('tariffsOffered', () => {
  const season = seasonSchema.parse({
    id: seasonId('2026'),
    label: '2026-2027',
    startsOn: '2026-09-01',
    endsOn: '2027-08-31',
    tariffs: [
      { id: tariffId('adulte'), label: 'Adulte', amount: 2000 },
      { id: tariffId('ancien'), label: 'Ancien tarif', amount: 1500, archived: true },
    ],
  });
  const ids = (tariffs: readonly { id: string }[]) => tariffs.map((tariff) => tariff.id);

  it('offers the season’s tariffs, not the archived ones, for a new fee', () => {
    expect(ids(tariffsOffered(season))).toEqual(['adulte']);
    expect(tariffsOffered(undefined)).toEqual([]);
  });

  it('keeps offering the corrected fee’s own tariff, archived or gone', () => {
    const archived = makeMembership({
      id: 'm',
      holderId: personId('p'),
      seasonId: seasonId('2026'),
      tariffId: tariffId('ancien'),
    });
    expect(ids(tariffsOffered(season, archived))).toEqual(['adulte', 'ancien']);
    const gone = makeMembership({
      id: membershipId('m'),
      holderKind: 'household',
      holderId: householdId('roux'),
      seasonId: seasonId('2026'),
      tariffId: tariffId('famille-2026'),
      tariffLabel: 'Famille',
      amount: 4500,
    });
    expect(tariffsOffered(season, gone)[1]).toMatchObject({
      id: tariffId('famille-2026'),
      label: 'Famille',
      amount: 4500,
      scope: 'household',
    });
    // Corrected into another season: that season's tariffs only.
    expect(ids(tariffsOffered({ ...season, id: seasonId('2027') }, gone))).toEqual(['adulte']);
  });
});

describe('coveringCotisations', () => {
  const people = [
    { id: personId('paul'), householdId: householdId('roux') },
    { id: personId('lea'), householdId: householdId('roux') },
    { id: personId('anne'), householdId: '' as const },
  ];

  it("asks about a person's fee when their household's fee of the season covers them", () => {
    const leo = { holderKind: 'person' as const, holderId: personId('lea') };
    const holders = holdersCoveringAlike(leo, people);
    expect([...holders].sort()).toEqual([householdId('roux'), personId('lea')].sort());
    const found = coveringCotisations(
      { ...leo, seasonId: seasonId('2026'), taxReceiptAllowed: false },
      holders,
      memberships,
    );
    expect(found.map((m) => m.id)).toEqual(['m-roux']);
    // Another season: nothing covers her.
    expect(
      coveringCotisations(
        { ...leo, seasonId: seasonId('2027'), taxReceiptAllowed: false },
        holders,
        memberships,
      ),
    ).toEqual([]);
  });

  it("finds a person's own fees of the season whatever their tariff, never a cancelled one", () => {
    const fee = { holderKind: 'person' as const, holderId: personId('paul') };
    const found = coveringCotisations(
      { ...fee, seasonId: seasonId('2026'), taxReceiptAllowed: false },
      holdersCoveringAlike(fee, people),
      memberships,
    );
    expect(found.map((m) => m.id)).toEqual(['m-paul', 'm-paul-soutien', 'm-roux']);
  });

  it("asks about a household's fee when one of its members paid their own", () => {
    const fee = { holderKind: 'household' as const, holderId: householdId('roux') };
    const holders = holdersCoveringAlike(fee, people);
    expect([...holders].sort()).toEqual([householdId('roux'), personId('lea'), personId('paul')].sort());
    const others = memberships.filter((m) => m.id !== 'm-roux');
    const found = coveringCotisations(
      { ...fee, seasonId: seasonId('2026'), taxReceiptAllowed: false },
      holders,
      others,
    );
    expect(found.map((m) => m.id)).toEqual(['m-paul', 'm-paul-soutien']);
  });

  it('a supporter fee (it opens a tax receipt) is neither asked about nor asked for', () => {
    const fee = { holderKind: 'person' as const, holderId: personId('anne') };
    const holders = holdersCoveringAlike(fee, people);
    const supporter = makeMembership({
      id: 'm-anne-bienfaiteur',
      holderId: personId('anne'),
      seasonId: seasonId('2026'),
      tariffId: tariffId('bienfaiteur'),
      taxReceiptAllowed: true,
    });
    const withSupport = [...memberships, supporter];
    const adulte = { ...fee, seasonId: seasonId('2026'), taxReceiptAllowed: false };
    expect(coveringCotisations(adulte, holders, withSupport).map((m) => m.id)).toEqual(['m-anne']);
    expect(coveringCotisations({ ...adulte, taxReceiptAllowed: true }, holders, withSupport)).toEqual([]);
  });

  it('a person without a household is covered by their own fees only', () => {
    const fee = { holderKind: 'person' as const, holderId: personId('anne') };
    expect([...holdersCoveringAlike(fee, people)]).toEqual([personId('anne')]);
  });

  it('a correction asks only when it moves the fee onto another holder or season', () => {
    const fee = { holderKind: 'person' as const, holderId: personId('paul') };
    const holders = holdersCoveringAlike(fee, people);
    // The tariff or the amount fixed: nothing new is covered.
    const soutien = { ...paul, tariffId: tariffId('soutien') };
    expect(coveringCotisations(soutien, holders, memberships, paul)).toEqual([]);
    // Moved from 2025 onto 2026: the fees of 2026 covering Paul, the corrected one aside.
    const older = makeMembership({
      id: 'm-paul-2025',
      holderId: personId('paul'),
      seasonId: seasonId('2025'),
    });
    const moved = coveringCotisations({ ...older, seasonId: seasonId('2026') }, holders, memberships, older);
    expect(moved.map((m) => m.id)).toEqual(['m-paul', 'm-paul-soutien', 'm-roux']);
  });
});
