import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberCriteria, SortableColumn } from '@shared/members/member-list-criteria';
import { columnSort } from '@shared/members/member-list-criteria';
import { MEMBER_COLUMN_LABELS } from '@shared/members/member-columns';

const ARROW = { ascending: ' ▲', descending: ' ▼', none: '' } as const;

/** A column header that sorts the list by its column, and the other way round when clicked again. */
export function SortHeader({
  column,
  criteria,
  onSort,
}: {
  column: SortableColumn;
  criteria: MemberCriteria;
  onSort: (column: SortableColumn) => void;
}) {
  const { t } = useTranslation();
  const sorted = columnSort(criteria, column);
  return (
    <span role="columnheader" aria-sort={sorted}>
      <UnstyledButton fw={600} onClick={() => onSort(column)}>
        {t(MEMBER_COLUMN_LABELS[column])}
        <span aria-hidden>{ARROW[sorted]}</span>
      </UnstyledButton>
    </span>
  );
}
