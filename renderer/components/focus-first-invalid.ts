/**
 * After a form is refused, the keyboard goes to its first field to correct (a field with
 * `aria-invalid`, as Mantine marks a field with an error): its message in red may be out of
 * sight, and Entrée otherwise seemed to do nothing. The form is the one the keyboard is in when
 * called (the field where Entrée was pressed, or « Enregistrer »); the field is looked for once
 * the errors are drawn.
 */
export function focusFirstInvalid(from: Element | null = document.activeElement): void {
  const form = from?.closest('form') ?? document.querySelector('main form');
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
