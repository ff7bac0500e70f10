/**
 * The no-JavaScript switch every tool uses: what only makes sense without a script carries
 * `data-nojs` (a note, a blank form to print) and starts visible; what needs the script carries
 * `data-js` and starts `hidden`. A tool's script calls this once it is ready.
 */
export function revealScripted(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
  for (const el of root.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
}
