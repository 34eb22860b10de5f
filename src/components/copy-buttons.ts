/**
 * Adds a "复制俄语原文" button under every Russian template on a static page. Only when the Clipboard API
 * exists, so readers without it (or without JavaScript) never see a button that cannot work.
 */
const LABEL = '复制俄语原文';

export function addCopyButtons(root: ParentNode, status: HTMLElement): void {
  if (!navigator.clipboard) return;
  for (const text of root.querySelectorAll<HTMLElement>('.template-ru [data-template-text]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button template-copy';
    button.textContent = LABEL;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.innerText.trim());
        button.textContent = '已复制';
        status.textContent = '俄语原文已复制到剪贴板';
      } catch {
        button.textContent = '复制失败，请手动选择文字';
        status.textContent = '复制失败，请手动选择文字';
      }
      setTimeout(() => (button.textContent = LABEL), 2000);
    });
    text.after(button);
  }
}
