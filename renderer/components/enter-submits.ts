/**
 * « Entrée saves » (docs/keyboard.md) held on a list of choices too. Mantine opens a closed,
 * non-searchable Select on Entrée: the treasurer who took « Espèces » with ↓ and Entrée, then
 * pressed Entrée to save, got the list again. In a form, on such a list whose choice is made,
 * Entrée now submits the form, before Mantine sees the key; an empty list still opens (↓ and the
 * space bar open it too), and an open one still takes its highlighted choice.
 */
export function submitFromChosenList(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || !target.form) return;
  // Mantine's non-searchable Select: a read-only input that pops a listbox up.
  if (!target.readOnly || target.getAttribute('aria-haspopup') !== 'listbox') return;
  if (target.getAttribute('aria-expanded') === 'true' || target.value === '') return;
  event.preventDefault();
  event.stopPropagation();
  target.form.requestSubmit();
}
