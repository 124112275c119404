// Stored mail HTML has its remote images parked in data-remote-src (see src-main/ingest/sanitize-body.ts),
// so opening a message never tells a tracker it was read. When the agent chooses "load images", the
// viewer swaps them back. Works on the sanitiser's output, whose attribute values are always
// double-quoted with quotes escaped.

const PARKED = /\sdata-remote-src="(https?:\/\/[^"]*)"/gi;

/** How many remote images the message would load. */
export function countRemoteImages(html: string): number {
  return [...html.matchAll(PARKED)].length;
}

/** The same HTML with its remote images allowed to load (http(s) only). */
export function allowRemoteImages(html: string): string {
  return html.replace(PARKED, ' src="$1"');
}
