/**
 * Shows the estimator and loads its code only when the reader reaches for it (focus, touch or
 * submit), so the article page's first load stays within budget. A submit that comes before the
 * code has arrived is held and repeated once it has.
 */
const root = document.querySelector<HTMLElement>('[data-estimator]');
const form = root?.querySelector<HTMLFormElement>('[data-estimator-form]');
if (root && form) {
  let ready = false;
  let loading: Promise<void> | undefined;
  const load = () => {
    loading ??= import('./form').then(({ setUp }) => {
      setUp(root);
      ready = true;
    });
    return loading;
  };
  root.addEventListener('focusin', load, { once: true });
  root.addEventListener('pointerdown', load, { once: true });
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    load().then(() => form.requestSubmit());
  });
  for (const el of root.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
  for (const el of root.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
}
