import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryPerson } from '@shared/search/snapshot';
import { displayName } from '@shared/members/person';

/**
 * One notice at a time at the door: the last entry, with its « Annuler ». Older ones (and the
 * office's, left from before) go at once: queued behind them, a new one would wait its turn.
 * And the search field keeps the focus: a scanner types into it, and so does the volunteer.
 */
export function useDoorFocus(search: RefObject<HTMLInputElement | null>, paused: boolean) {
  const { t } = useTranslation();
  const refocus = () => requestAnimationFrame(() => search.current?.focus());
  useEffect(() => notifications.clean(), []);

  useEffect(() => {
    if (paused) return;
    const keep = () => {
      const active = document.activeElement;
      if (!active || active === document.body) search.current?.focus();
    };
    const timer = window.setInterval(keep, 500);
    search.current?.focus();
    return () => window.clearInterval(timer);
  }, [paused, search]);

  const announce = (person: DirectoryPerson, undo: () => Promise<void>) => {
    const id = `entree-${person.id}-${Date.now()}`;
    notifications.clean();
    notifications.show({
      id,
      color: 'green',
      autoClose: 5000,
      // No cross: it goes by itself, or at the next entry; the one button is « Annuler », big enough
      // for a thumb on a tablet too, and never cut on a phone.
      withCloseButton: false,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="md" fw={600}>
            {t('entrance.checkedIn', { name: displayName(person) })}
          </Text>
          <Button
            size="lg"
            style={{ flexShrink: 0 }}
            variant="default"
            onClick={() => {
              notifications.hide(id);
              void undo().then(refocus);
            }}
          >
            {t('entrance.undo')}
          </Button>
        </Group>
      ),
    });
    refocus();
  };
  return { refocus, announce };
}
