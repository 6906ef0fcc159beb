/**
 * How a row's reason says that the fix is a season or a tariff to add in the settings: only an
 * administrator may (`settings.manage`), so the import screen tells the others whom to ask.
 */
export const IN_SEASONS_SETTINGS = 'dans Paramètres → Saisons et tarifs';

/** Does this reason ask for a season or a tariff to be added in the settings? */
export function needsSeasonSettings(reason: string): boolean {
  return reason.includes(IN_SEASONS_SETTINGS);
}
