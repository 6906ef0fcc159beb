import { useMemo, useState } from 'react';
import type { MergePlan, MergeSide } from '@shared/members/merge-people';
import { planPeopleMerge } from '@shared/members/merge-people';
import type { PersonDocument } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';

/** The plan of merging two records as the screen shows it, with the choices made on it. */
export function useMergePlan(
  first: PersonDocument,
  second: PersonDocument,
): { plan: MergePlan; keep: (survivorId: string) => void; choose: (field: string, side: MergeSide) => void } {
  const directory = useDirectory();
  const [survivorId, setSurvivorId] = useState<string | undefined>(undefined);
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const plan = useMemo(
    () =>
      planPeopleMerge(
        first,
        second,
        [...directory.memberships.values()],
        [...directory.households.values()],
        {
          survivorId,
          choices,
        },
      ),
    [directory, first, second, survivorId, choices],
  );
  return {
    plan,
    keep: (id) => {
      // The choices name a side; the sides swap with the survivor.
      setChoices({});
      setSurvivorId(id);
    },
    choose: (field, side) => setChoices({ ...choices, [field]: side }),
  };
}
