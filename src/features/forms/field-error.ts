/**
 * Shows or clears a field's message, the one way every tool does it: the message sits in the
 * field's `.field__error` (id `<input id>-error`), and the control points to it with
 * aria-describedby (before its hint, which stays described) and carries aria-invalid.
 */
export function setFieldError(control: HTMLElement, message: string | undefined): void {
  const wrapper = control.closest('.field');
  const error = wrapper?.querySelector<HTMLElement>('.field__error');
  if (!error) return;
  error.id = `${control.id}-error`;
  error.textContent = message ?? '';
  error.hidden = message === undefined;
  describeField(control);
  if (message === undefined) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', 'true');
}

/**
 * Points a control's aria-describedby at what its field shows now: the message, the hint, and a
 * character count (`.field__count`) when one is shown.
 */
export function describeField(control: HTMLElement): void {
  const wrapper = control.closest('.field');
  const shown = (selector: string) => {
    const el = wrapper?.querySelector<HTMLElement>(selector);
    return el && !el.hidden ? el.id : undefined;
  };
  const describedBy = [shown('.field__error'), shown('.field__hint'), shown('.field__count')].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
}
