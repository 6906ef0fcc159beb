import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { BridgeError } from '@shared/ipc/contract';
import { updateFeedUrlSchema } from '@shared/ipc/updates';
import { notifySuccess } from '@renderer/components/notices';
import { translateError } from '@renderer/components/translate-error';
import type { Platform } from '@renderer/platform/platform';

type Updates = NonNullable<Platform['updates']>;

/** Main's refusal (`errors.ipc.*`) in its French sentence; anything else as unexpected. */
function describeFailure(t: TFunction, failure: unknown): string {
  if (failure instanceof BridgeError) return translateError(t, failure.messageKey);
  return t('errors.common.unexpected', {
    message: failure instanceof Error ? failure.message : String(failure),
  });
}

/**
 * The public update feed (desktop, administrators): checked with the same schema main applies
 * (https only, http for localhost), then saved in the data folder's `updates.json` by main.
 * Empty removes it: the association's server alone is asked.
 */
export function UpdateFeedForm({ updates }: { updates: Updates }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null | undefined>(undefined);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    updates.feed().then(
      (feed) => {
        if (!live) return;
        setSaved(feed);
        setValue(feed ?? '');
      },
      (failure: unknown) => live && setError(describeFailure(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [updates, t]);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = value.trim();
    const feedUrl = text === '' ? null : text;
    if (feedUrl !== null) {
      const parsed = updateFeedUrlSchema.safeParse(feedUrl);
      if (!parsed.success) return setError(translateError(t, parsed.error.issues[0]?.message));
    }
    setBusy(true);
    try {
      await updates.setFeed(feedUrl);
      setSaved(feedUrl);
      setValue(feedUrl ?? '');
      setError(null);
      notifySuccess(t(feedUrl === null ? 'desktop.feed.cleared' : 'desktop.feed.saved'));
    } catch (failure) {
      setError(describeFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs" maw={720}>
        <Title order={2} size="h4">
          {t('desktop.feed.title')}
        </Title>
        <Text size="sm">{t('desktop.feed.intro')}</Text>
        <TextInput
          label={t('desktop.feed.label')}
          description={t('desktop.feed.description')}
          placeholder={t('desktop.feed.placeholder')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          maxLength={2000}
          disabled={saved === undefined}
          type="url"
          inputMode="url"
          autoComplete="off"
        />
        <Group>
          <Button type="submit" loading={busy} disabled={saved === undefined}>
            {t('desktop.feed.save')}
          </Button>
          <Text size="sm" c="dimmed" data-testid="update-feed-current">
            {saved ? t('desktop.feed.current', { url: saved }) : saved === null ? t('desktop.feed.none') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
