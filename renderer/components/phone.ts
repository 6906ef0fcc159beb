import { useMediaQuery } from '@mantine/hooks';

/** Narrower than Mantine's `sm` breakpoint (48em): a phone, where touch.module.css applies too. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/** Whether the screen is a phone's, following a rotation or a resized window. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY) ?? false;
}
