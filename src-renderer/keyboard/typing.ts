/** True while the user types in a field: single-letter shortcuts must then stay out of the way. */
export function isTyping(event: Event): boolean {
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== 'function') return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}
