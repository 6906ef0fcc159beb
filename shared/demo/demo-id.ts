/**
 * Every id the demo association writes starts with `demo-`: removing the demo is deleting those
 * ids, and a real id (UUID v7, hexadecimal) can never start like that.
 */
export const DEMO_ID_PREFIX = 'demo-';

export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX);
}
