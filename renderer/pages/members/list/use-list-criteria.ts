import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MemberCriteria } from '@shared/members/member-list-criteria';
import { ALL_MEMBERS, criteriaFromParams, criteriaToParams } from '@shared/members/member-list-criteria';
import { useCurrentUser } from '@renderer/data/context';

/** This tab's last list, per user of the shared PC: the links back to the list carry no address. */
const storageKey = (userId: string) => `tilleul.members.list.${userId}`;

function stored(userId: string): MemberCriteria {
  try {
    const params = JSON.parse(sessionStorage.getItem(storageKey(userId)) ?? '{}') as Record<string, unknown>;
    return criteriaFromParams((name) => (typeof params[name] === 'string' ? params[name] : null));
  } catch {
    return ALL_MEMBERS;
  }
}

/**
 * The member list's search, filters and order, kept in the page's address (`#/membres?q=…`,
 * for the back button and a reload) and in this tab's session (for « Retour à la liste » and
 * the menu, whose links have no address of their own). Typing stays in React state, so the
 * search box never waits for the router.
 */
export function useListCriteria(): [MemberCriteria, (criteria: MemberCriteria) => void] {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [criteria, setCriteria] = useState<MemberCriteria>(() =>
    params.size > 0 ? criteriaFromParams((name) => params.get(name)) : stored(user.id),
  );

  useEffect(() => {
    const next = criteriaToParams(criteria);
    sessionStorage.setItem(storageKey(user.id), JSON.stringify(next));
    if (new URLSearchParams(next).toString() !== params.toString()) setParams(next, { replace: true });
  }, [criteria, params, setParams, user.id]);

  return [criteria, setCriteria];
}
