import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import { formatClockTime } from '@shared/events/event-time';
import { amendmentOrder } from '@shared/events/sheet-fold';
import type { SheetDocument } from '@shared/events/sheet';
import { formatDate } from '@shared/format/intl';
import { displayName } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { useUsers } from '@renderer/data/users/read';

/** Who a user id is, in words: the account's name, or « un compte supprimé ». */
export function useNameOfUser(): (id: string) => string {
  const { t } = useTranslation();
  const { users } = useUsers();
  return useMemo(() => {
    const names = new Map<string, string>(users.map((user) => [user.id, user.name]));
    return (id: string) => names.get(id) ?? t('closing.someone');
  }, [users, t]);
}

/** The corrections of a sheet, in the order they apply, one sentence each (the page and the PDF). */
export function useAmendmentLines(sheets: readonly SheetDocument[], locale: string): string[] {
  const { t } = useTranslation();
  const directory = useDirectory();
  const nameOf = useNameOfUser();
  return useMemo(
    () =>
      sheets
        .flatMap((sheet) => sheet.amendments)
        .sort(amendmentOrder)
        .map((amendment) => {
          const person = directory.people.get(amendment.row.personId);
          return t('closing.amendmentLine', {
            date: formatDate(localToday(new Date(amendment.at)), locale),
            time: formatClockTime(amendment.at, locale),
            by: amendment.kind === 'late-check-in' ? amendment.device : nameOf(amendment.by),
            person: person ? displayName(person) : amendment.row.personId,
            presence: amendment.row.present ? t('closing.presentWord') : t('closing.absentWord'),
            reason: amendment.reason,
          });
        }),
    [sheets, directory, nameOf, t, locale],
  );
}

/** What the PDF of a closed event says of its closing and corrections; `undefined` while open. */
export function useClosedSheetText(
  sheets: readonly SheetDocument[],
  locale: string,
): { note: string; amendments: string[] } | undefined {
  const { t } = useTranslation();
  const nameOf = useNameOfUser();
  const amendments = useAmendmentLines(sheets, locale);
  return useMemo(() => {
    const first = sheets[0];
    if (!first) return undefined;
    const note = t('closing.pdf.note', {
      date: formatDate(localToday(new Date(first.closedAt)), locale),
      time: formatClockTime(first.closedAt, locale),
      name: nameOf(first.closedBy),
      hash: sheets.map((sheet) => sheet.hash).join(', '),
    });
    return { note, amendments };
  }, [sheets, amendments, nameOf, t, locale]);
}

/** « Clôturé le … par … », « Corriger la feuille », and the corrections made since. */
export function ClosedSheetSection({
  sheets,
  locale,
  mayAmend,
  onAmend,
}: {
  sheets: readonly SheetDocument[];
  locale: string;
  mayAmend: boolean;
  onAmend: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useNameOfUser();
  const lines = useAmendmentLines(sheets, locale);
  const first = sheets[0];
  if (!first) return null;
  return (
    <Stack gap="sm">
      <Alert color="blue">
        <Group justify="space-between" wrap="nowrap">
          <Text>
            {t('closing.closedOn', {
              date: formatDate(localToday(new Date(first.closedAt)), locale),
              time: formatClockTime(first.closedAt, locale),
              name: nameOf(first.closedBy),
              device: first.closedDevice,
            })}
          </Text>
          {mayAmend ? (
            <Button size="md" variant="default" onClick={onAmend}>
              {t('closing.correct')}
            </Button>
          ) : null}
        </Group>
      </Alert>
      {lines.length > 0 ? (
        <Stack gap={4}>
          <Title order={3}>{t('closing.amendmentsTitle')}</Title>
          <List spacing={4}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
