import type { z } from 'zod';
import type { addressSchema } from '@shared/members/fields';

export type Address = z.infer<typeof addressSchema>;

/** An address on one line, as a screen shows it: « 3 rue du Lavoir, 24200 Sarlat, Belgique ». */
export function formatAddress(address: Address): string {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`.trim(), address.country]
    .filter(Boolean)
    .join(', ');
}
