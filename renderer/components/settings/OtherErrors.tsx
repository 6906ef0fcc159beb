import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateError } from '@renderer/components/translate-error';

/** Rule errors that belong to no field of the dialog (an overlap with another season). */
export function OtherErrors({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert">
      <Stack gap={4}>
        {[...new Set(messages)].map((message) => (
          <Text key={message} size="sm">
            {translateError(t, message)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
