/** "Name <email>" or a bare address; a room goes in as a resource, as Outlook's room finder adds it. */
export function parseRecipient(text: string): { name?: string; email: string } | null {
  // Split on the last `<` by hand: one regex for "name <mail>" backtracks cubically on long input.
  const t = text.trim();
  const lt = t.endsWith('>') ? t.lastIndexOf('<') : -1;
  const name = lt >= 0 ? t.slice(0, lt).trim() : '';
  const email = lt >= 0 ? t.slice(lt + 1, -1).trim() : t;
  if (!/^[^<>\s@]+@[^<>\s]+$/.test(email)) return null;
  return name ? { name, email } : { email };
}
