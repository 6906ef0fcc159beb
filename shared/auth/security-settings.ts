import { z } from 'zod';

export const DEFAULT_AUTO_LOCK_SECONDS = 5 * 60;

/** Association-wide security settings (synced, so every PC of the club locks alike). */
export const securitySettingsSchema = z
  .object({
    /** Inactivity before the app locks itself. */
    autoLockSeconds: z
      .int({ error: 'errors.security.autoLockRange' })
      .min(15, { error: 'errors.security.autoLockRange' })
      .max(24 * 3600, { error: 'errors.security.autoLockRange' })
      .default(DEFAULT_AUTO_LOCK_SECONDS),
  })
  .strict();
export type SecuritySettings = z.output<typeof securitySettingsSchema>;
