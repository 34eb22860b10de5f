/**
 * Code loaded on demand without import(): the page keeps a module script inside <template id=…>, and this adds
 * it to the page once. The bundler wraps every import() in its preload helper (0.9 KB gzip), which the
 * importing page would carry whether or not the code is ever needed (search does the same: search/launcher.ts).
 * Resolves once the script has run (a module script's load event fires after it has executed); rejects when the
 * page has no such template or the script cannot be fetched (offline: browsers remember a failed module script
 * for the page's lifetime, so only a reload tries again).
 */
const runs = new Map<string, Promise<void>>();

export function runTemplateScript(id: string): Promise<void> {
  let run = runs.get(id);
  if (!run) {
    run = new Promise((resolve, reject) => {
      const template = document.getElementById(id);
      const copy = template instanceof HTMLTemplateElement ? (template.content.cloneNode(true) as DocumentFragment) : undefined;
      const script = copy?.querySelector('script');
      if (!template || !copy || !script) return reject(new Error(`no script template #${id} on this page`));
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error(`the script in #${id} did not load`)));
      template.replaceWith(copy);
    });
    runs.set(id, run);
  }
  return run;
}
