/**
 * Shows or clears a field's message, the one way every tool does it: the message sits in the
 * field's `.field__error` (id `<input id>-error`), and the control points to it with
 * aria-describedby (before its hint, which stays described) and carries aria-invalid.
 */
export function setFieldError(control: HTMLElement, message: string | undefined): void {
  const wrapper = control.closest('.field');
  const error = wrapper?.querySelector<HTMLElement>('.field__error');
  const hint = wrapper?.querySelector<HTMLElement>('.field__hint');
  if (!error) return;
  error.id = `${control.id}-error`;
  error.textContent = message ?? '';
  error.hidden = message === undefined;
  const describedBy = [message === undefined ? undefined : error.id, hint?.id].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
  if (message === undefined) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', 'true');
}
