/** After a failed submit, move focus to the first invalid field so its error is read out. */
export function focusFirstError(form: HTMLFormElement | null): void {
  if (!form) return;
  // Wait for React to render the error state before looking for it.
  requestAnimationFrame(() => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
