import { Anchor } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CSSProperties } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { displayCell } from '@shared/export/list-export';
import type { MemberColumn, MemberLookups } from '@shared/members/member-columns';
import { memberColumnSet } from '@shared/members/member-columns';
import type { MemberCriteria, SortableColumn } from '@shared/members/member-list-criteria';
import { SORTABLE_COLUMNS } from '@shared/members/member-list-criteria';
import type { PersonDocument } from '@shared/members/person';
import type { OptionalColumn } from '@renderer/pages/members/list/member-columns';
import { SortHeader } from '@renderer/pages/members/list/SortHeader';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { keyTranslator } from '@renderer/i18n/translate-key';
import { useLocale } from '@renderer/i18n/use-money';

const ROW_HEIGHT = 44;
const ELLIPSIS: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
/** An e-mail address must be read whole (a secretary copies it): it gets the most room. */
const WIDTHS: Record<OptionalColumn, string> = {
  email: 'minmax(200px, 2fr)',
  phone: '140px',
  city: 'minmax(120px, 1fr)',
  household: 'minmax(120px, 1fr)',
  imageRights: '120px',
  newsletter: '120px',
};

/**
 * The member list as an ARIA table that renders only the rows in view (50,000 rows stay fluid);
 * the name, number and status headers sort it. Headers and cells come from the list's column
 * definitions (shared/members/member-columns.ts), which the export writes too.
 */
export function MembersTable({
  rows,
  columns,
  lookups,
  criteria,
  onSort,
}: {
  rows: readonly PersonDocument[];
  columns: readonly OptionalColumn[];
  lookups: MemberLookups;
  criteria: MemberCriteria;
  onSort: (column: SortableColumn) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = memberColumnSet(lookups);
  const scrollRef = useRef<HTMLDivElement>(null);
  // This project does not use the React Compiler, whose memoisation the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = ['minmax(180px, 1.5fr)', '100px', '150px', ...columns.map((c) => WIDTHS[c])].join(' ');
  const cell = (person: PersonDocument, column: MemberColumn) =>
    displayCell(set[column].cell(person, keyTranslator(t)), locale);

  return (
    <div
      role="table"
      aria-label={t('people.list.title')}
      aria-rowcount={rows.length}
      // Half the screen at least: on a phone the filters above take a screen of their own, and the
      // page scrolls down to a list that still shows a dozen rows (never one squeezed under them).
      // Its columns never widen the page: on a phone a wider table scrolls sideways in its own box
      // (a page wider than the screen makes a mobile browser zoom out, and taps land beside rows).
      style={{
        flex: 1,
        minHeight: 'max(200px, 50vh)',
        minWidth: 0,
        overflowX: 'auto',
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <div
        role="row"
        style={{
          display: 'grid',
          gridTemplateColumns: template,
          gap: 12,
          padding: '8px 12px',
          fontWeight: 600,
          borderBottom: '1px solid var(--mantine-color-gray-3)',
        }}
      >
        {SORTABLE_COLUMNS.map((column) => (
          <SortHeader key={column} column={column} criteria={criteria} onSort={onSort} />
        ))}
        {columns.map((column) => (
          <span role="columnheader" key={column}>
            {keyTranslator(t)(set[column].label)}
          </span>
        ))}
      </div>
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const person = rows[item.index];
            if (!person) return null;
            return (
              <div
                key={person.id}
                role="row"
                aria-rowindex={item.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: template,
                  gap: 12,
                  alignItems: 'center',
                  padding: '0 12px',
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <span role="cell" style={ELLIPSIS}>
                  <Anchor component={Link} to={`/membres/${person.id}`}>
                    {cell(person, 'name')}
                  </Anchor>
                </span>
                <span role="cell">{cell(person, 'number')}</span>
                <span role="cell">
                  <StatusBadge status={lookups.statusOf(person)} />
                </span>
                {columns.map((column) => (
                  <span role="cell" key={column} style={ELLIPSIS} title={cell(person, column)}>
                    {cell(person, column)}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
