import { Alert } from '@mantine/core';
import { RestorePreview } from '@renderer/pages/settings/backup/RestorePreview';
import { RestoreProgressBar } from '@renderer/pages/settings/backup/RestoreProgressBar';
import { RestoreResultAlert } from '@renderer/pages/settings/backup/RestoreResultAlert';
import type { RestoreFlow } from '@renderer/pages/settings/backup/use-restore';

/**
 * What a restore shows once a backup is chosen, whichever card chose it (a picked file, an
 * automatic backup): its error, its progress, its preview with the typed confirmation, its result.
 */
export function RestoreSteps({
  restore,
  busy,
  password,
  onConfirm,
}: {
  restore: RestoreFlow;
  busy: boolean;
  /** The password the file was opened with (`''` for an unencrypted one). */
  password: string;
  /** Called as the confirmed restore starts, before anything is written. */
  onConfirm?: () => void;
}) {
  return (
    <>
      {restore.error && (
        <Alert color="red" role="alert">
          {restore.error}
        </Alert>
      )}
      {restore.progress && <RestoreProgressBar progress={restore.progress} />}
      {restore.summary && (
        <RestorePreview
          summary={restore.summary}
          busy={busy}
          onConfirm={() => {
            onConfirm?.();
            void restore.restore(password);
          }}
        />
      )}
      {restore.result && <RestoreResultAlert result={restore.result} />}
    </>
  );
}
