import type { KeyboardEvent } from 'react';

/**
 * A form's Échap: leaves it (its `UnsavedChangesGuard` asks first when something is typed). Not
 * from a list still open (Échap closes it first), nor from a dialog the form renders: a dialog
 * is a portal, outside the form in the page, but React hands its keys to the form all the same,
 * and the dialog's own Échap (« Continuer la saisie ») was followed by a new attempt to leave —
 * walked: Échap twice in the event form left « Abandonner les modifications ? » open for good.
 */
export function escapeLeaves(leave: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (!event.currentTarget.contains(target)) return;
    event.preventDefault();
    leave();
  };
}
