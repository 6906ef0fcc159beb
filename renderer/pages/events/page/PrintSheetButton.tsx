import { Button } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/auth/permissions';
import type { EventDocument } from '@shared/events/event';
import type { QuorumFigures } from '@shared/events/quorum';
import type { RollEntry } from '@shared/events/roll';
import type { SheetDocument } from '@shared/events/sheet';
import { BridgeError } from '@shared/ipc/contract';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { printAttendanceSheet } from '@renderer/pdf/attendance-sheet';
import { preparePrinting } from '@renderer/pdf/render-pdf';
import { useCashCountLines } from '@renderer/pages/events/page/CashCountsSection';
import { useClosedSheetText } from '@renderer/pages/events/page/ClosedSheetSection';
import { usePlatform } from '@renderer/platform/context';

/** Beyond this many people a sheet runs over several pages, drawn in a warm PDF worker. */
const LONG_SHEET = 100;

/**
 * While the page of an event with a long roll is open, printing is got ready in the background
 * (a PDF worker started, pdfkit loaded and warm: `preparePrinting`), a second after the page
 * shows so as not to slow it; let go when the page closes.
 */
function usePreparedPrinting(people: number) {
  const long = people >= LONG_SHEET;
  useEffect(() => {
    if (!long) return undefined;
    let release: (() => void) | undefined;
    const timer = setTimeout(() => {
      release = preparePrinting();
    }, 1000);
    return () => {
      clearTimeout(timer);
      release?.();
    };
  }, [long]);
}

/**
 * « Imprimer la feuille d'émargement » (Alt+P): the event's roll as a PDF, saved (desktop) or
 * downloaded (web); an AG's sheet carries its proxies, voices and quorum. Journalled as an export.
 */
export function PrintSheetButton({
  event,
  roll,
  quorum,
  locale,
  sheets = [],
}: {
  event: EventDocument;
  roll: readonly RollEntry[];
  quorum: QuorumFigures | undefined;
  locale: string;
  /** A closed event's sheet parts: the PDF is printed from them, with the closing and its corrections. */
  sheets?: readonly SheetDocument[];
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const organisation = useSetting('organisation');
  const { busy, run } = useWrite();
  const closed = useClosedSheetText(sheets, locale);
  const cashCounts = useCashCountLines(event, locale);

  const print = async () => {
    if (organisation.read.state !== 'ok') {
      // Only an administrator may fill it in: the others are told whom to ask.
      const message = can(user.role, 'settings.manage').allowed
        ? t('eventSheets.sheet.needOrganisation')
        : t('eventSheets.sheet.needOrganisationAsk');
      notifications.show({ color: 'orange', message });
      return;
    }
    const { name } = organisation.read.value;
    await run(
      async () => {
        const result = await printAttendanceSheet(platform, {
          event,
          roll,
          quorum,
          organisation: name,
          locale,
          t,
          closed,
          cashCounts,
        });
        if (result.saved) {
          await appendAudit(
            db,
            { ...context, userName: user.name },
            {
              action: 'export',
              collection: 'attendance',
              documentId: event.id,
              detail: `emargement:${roll.length}`,
            },
          );
        }
        return result;
      },
      {
        success: (result) => {
          if (!result.saved) return undefined;
          return result.path
            ? t('eventSheets.sheet.savedTo', { path: result.path })
            : t('eventSheets.sheet.saved');
        },
        failure: (message, error) =>
          error instanceof BridgeError ? translateError(t, error.messageKey) : message,
      },
    );
  };

  useHotkeys([['alt+P', () => void print()]]);
  usePreparedPrinting(roll.length);

  return (
    <Button
      variant="default"
      size="md"
      onClick={() => void print()}
      loading={busy}
      title={t('eventSheets.sheet.printShortcut')}
      aria-keyshortcuts="Alt+P"
    >
      {t('eventSheets.sheet.print')}
    </Button>
  );
}
