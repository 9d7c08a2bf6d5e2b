/** Escapes text for an HTML text node or a double-quoted attribute: the only way fixes build markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A fragment that is safe to write into an invite body: `html` built only from escaped text, `text` its plain twin. */
export interface Snippet {
  html: string;
  text: string;
}

/** `<tag>escaped text</tag>` for a fixed set of tags; callers never pass markup, only text. */
export function el(tag: 'p' | 'b' | 'li', text: string): string {
  return `<${tag}>${escapeHtml(text)}</${tag}>`;
}
