import { useState } from 'react';
import { z } from 'zod';
import type { OptionalMemberColumn } from '@shared/members/member-columns';
import { OPTIONAL_MEMBER_COLUMNS } from '@shared/members/member-columns';

/** The member list's columns besides name, number and status, chosen by each device. */
export const OPTIONAL_COLUMNS = OPTIONAL_MEMBER_COLUMNS;
export type OptionalColumn = OptionalMemberColumn;
export const columnsSchema = z.array(z.enum(OPTIONAL_COLUMNS));

const COLUMNS_KEY = 'tilleul.members.columns';
const DEFAULT_COLUMNS: OptionalColumn[] = ['email', 'city'];

function storedColumns(): OptionalColumn[] {
  try {
    const parsed = columnsSchema.safeParse(JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** The columns shown, kept on this device (localStorage) from one visit to the next. */
export function useMemberColumns(): [OptionalColumn[], (columns: OptionalColumn[]) => void] {
  const [columns, setColumns] = useState<OptionalColumn[]>(storedColumns);
  const choose = (next: OptionalColumn[]) => {
    setColumns(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };
  return [columns, choose];
}
