/** The four roles of a shared club PC (DESIGN.md, Security). */
export const ROLES = ['admin', 'secretary', 'treasurer', 'door'] as const;
export type Role = (typeof ROLES)[number];

/** The door role logs in with a PIN (fast at the entrance), the others with a password. */
export function secretKindFor(role: Role): 'pin' | 'password' {
  return role === 'door' ? 'pin' : 'password';
}

export const PIN_MIN_DIGITS = 6;
export const PASSWORD_MIN_LENGTH = 8;
