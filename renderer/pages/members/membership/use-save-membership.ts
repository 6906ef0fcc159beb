import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import {
  cotisationsToConfirm,
  coveringCotisations,
  holdersCoveringAlike,
  membershipCorrection,
} from '@shared/members/membership-correction';
import { readMembershipEntry } from '@shared/members/membership-entry';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipDraft } from '@shared/members/membership';
import { issuesByPath } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { CotisationRepeatedError } from '@renderer/data/members/cotisation-rules';
import { correctMembership, MembershipChangeError } from '@renderer/data/members/memberships';
import { takeMembership } from '@renderer/data/members/write';
import type { MembershipEntryState } from '@renderer/pages/members/membership/use-membership-entry';
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';

export interface SaveMembership {
  busy: boolean;
  /** Message keys by field, under the fields. */
  errors: Record<string, string>;
  /**
   * The cotisations of the season that already cover whom this one would: asked about, saved
   * only once confirmed.
   */
  duplicates: MembershipDocument[];
  /** Whether one of them is the same fee (same holder, season and tariff): confirming lets it repeat. */
  repeats: boolean;
  /** Whether some of them cover the same people under another holder or tariff. */
  covers: boolean;
  /** Whom the fee asked about is for. */
  holderKind: MembershipDraft['holderKind'];
  submit: (event?: FormEvent) => Promise<void>;
  confirmDuplicate: () => Promise<void>;
  dismissDuplicate: () => void;
}

/**
 * Saving the membership form: a new fee, or the correction of `correcting`. The form's checks
 * first (shared/members/membership-entry.ts), then a fee for someone already covered that season
 * — the same fee again (the data layer refuses it unconfirmed), or another tariff, or their
 * household's — waits for the secretary's word, then the write (its refusals under the fields).
 */
export function useSaveMembership({
  state,
  person,
  household,
  correcting,
  onSaved,
}: {
  state: MembershipEntryState;
  person: PersonDocument;
  household: HouseholdDocument | undefined;
  correcting?: MembershipDocument;
  onSaved: () => void;
}): SaveMembership {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const { busy, run } = useWrite();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<{
    draft: MembershipDraft;
    same: MembershipDocument[];
    repeats: boolean;
    covers: boolean;
  }>();

  const write = async (draft: MembershipDraft, repeatConfirmed: boolean) => {
    setPending(undefined);
    const saved = await run(
      () =>
        correcting
          ? correctMembership(db, context, correcting.id, membershipCorrection(correcting, draft), {
              repeatConfirmed,
            })
          : takeMembership(db, context, draft, { repeatConfirmed }),
      {
        success: () => (correcting ? t('cotisations.corrected') : t('people.membership.saved')),
        failure: (message, failure) => {
          // Recorded meanwhile (another device, another window): asked like the form's own.
          if (failure instanceof CotisationRepeatedError) {
            setPending({ draft, same: [...failure.same], repeats: true, covers: false });
            return null;
          }
          if (failure instanceof MembershipChangeError) return t(`cotisations.errors.${failure.code}`);
          // The schema's refusals go under their fields, like the form's own.
          if (!(failure instanceof z.ZodError)) return message;
          setErrors(issuesByPath(failure));
          focusFirstInvalid();
          return null;
        },
      },
    );
    if (saved) onSaved();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    // The date field says itself why its text is not a date; the older value must not be saved.
    if (state.dateError) return;
    const read = readMembershipEntry(state.entry, person, household, user.id);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) {
      focusFirstInvalid();
      return;
    }
    if (correcting && !state.dirty) {
      onSaved();
      return;
    }
    const target = correcting
      ? { ...read.draft, ...membershipCorrection(correcting, read.draft) }
      : read.draft;
    const same = cotisationsToConfirm(target, directory.memberships.values(), correcting);
    const holders = holdersCoveringAlike(target, directory.people.values());
    const covering = coveringCotisations(target, holders, directory.memberships.values(), correcting).filter(
      (membership) => !same.includes(membership),
    );
    if (same.length + covering.length > 0) {
      setPending({
        draft: read.draft,
        same: [...same, ...covering],
        repeats: same.length > 0,
        covers: covering.length > 0,
      });
    } else await write(read.draft, false);
  };

  return {
    busy,
    errors,
    duplicates: pending?.same ?? [],
    repeats: pending?.repeats ?? false,
    covers: pending?.covers ?? false,
    holderKind: pending?.draft.holderKind ?? 'person',
    submit,
    // Confirming a cover only does not let through a same fee recorded meanwhile: that is asked.
    confirmDuplicate: () => (pending ? write(pending.draft, pending.repeats) : Promise.resolve()),
    dismissDuplicate: () => setPending(undefined),
  };
}
