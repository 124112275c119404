// Mail threads by header: a reply's References list starts with the thread's first message, so its
// Message-ID names the conversation. Replies that carry only In-Reply-To are joined to their parent's
// thread when the parent is known (seen by this connector in this run, or answered by the optional
// lookup into the cache); otherwise the parent's id stands for the thread, which is the root in the
// common two-message case.

const MESSAGE_ID = /<[^<>\s]+>/g;

/** Message-IDs in a header value, angle brackets kept; a bare id gains its brackets. */
export function messageIds(value: string | string[] | null | undefined): string[] {
  if (!value) return [];
  const values = Array.isArray(value) ? value : [value];
  const ids: string[] = [];
  for (const v of values) {
    const found = v.match(MESSAGE_ID);
    if (found) ids.push(...found);
    else if (v.trim() && !/\s/.test(v.trim())) ids.push(`<${v.trim()}>`);
  }
  return ids;
}

/** Remembers each message's thread root, bounded so a long-running app does not grow without limit. */
export class ThreadIndex {
  private readonly roots = new Map<string, string>();

  constructor(
    private readonly lookup: ((messageId: string) => string | null) | undefined = undefined,
    private readonly limit = 100_000,
  ) {}

  /** The conversation id (root Message-ID) of a message, remembered for its later replies. */
  rootOf(messageId: string, inReplyTo: string | null, references: readonly string[]): string {
    const first = references[0] ?? inReplyTo;
    const root = first ? (this.roots.get(first) ?? this.lookup?.(first) ?? first) : messageId;
    this.roots.set(messageId, root);
    if (this.roots.size > this.limit) this.roots.delete(this.roots.keys().next().value!);
    return root;
  }
}
