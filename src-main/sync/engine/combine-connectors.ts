// One account, several connectors: an Amazon account reads buyer messages from the relay mailbox
// (email connector) and orders from SP-API, under ONE channel and ONE set of settings. The combined
// definition validates each part on its share of the settings, pulls every part into one page (one
// transaction with one cursor holding each part's position) and routes each reply to the part that
// can send it.
import { z } from 'zod';
import type { Channel } from '../../../src-shared/domain/types';
import { ConnectorError, type Connector, type ConnectorDefinition, type ConnectorField, type OutgoingReply, type PullResult, type SyncCursor } from '../connector';

export interface ConnectorPart {
  /** Key of this part in the combined settings and cursor, e.g. 'mail' or 'orders'. */
  key: string;
  definition: ConnectorDefinition<unknown>;
  /** Left out of an account whose settings give none of this part's (non-secret) fields. */
  optional?: boolean;
}

type CombinedSettings = Record<string, unknown>;

/** Where each part stands: its own cursor, and whether it said "more" on its last pull. */
type CombinedCursor = Record<string, { cursor: SyncCursor | null; more: boolean }>;

export function combineConnectorDefinitions(
  channel: Channel,
  parts: readonly ConnectorPart[],
  options: { route(reply: OutgoingReply): string },
): ConnectorDefinition<CombinedSettings> {
  if (parts.length === 0) throw new Error('combineConnectorDefinitions needs at least one part');
  const fieldOwner = new Map<string, string>();
  for (const part of parts) for (const field of part.definition.fields) if (!fieldOwner.has(field.name)) fieldOwner.set(field.name, part.key);

  // Each part sees the flat settings minus the fields that belong to the other parts, so that strict
  // schemas do not trip over their neighbours' keys.
  const sliceFor = (key: string, input: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(input).filter(([name]) => (fieldOwner.get(name) ?? key) === key));

  const settingsSchema = z.record(z.string(), z.unknown()).transform((input, ctx) => {
    const out: CombinedSettings = {};
    for (const part of parts) {
      const slice = sliceFor(part.key, input);
      const given = part.definition.fields.some((f) => f.kind !== 'secret' && slice[f.name] !== undefined && slice[f.name] !== '');
      if (part.optional && !given) continue;
      let parsed = part.definition.settingsSchema.safeParse(slice);
      // A setting that is no part's form field (e.g. a tuning value) goes to every part; a strict
      // schema that does not know it gets the slice again without it.
      const unknown = parsed.success ? [] : parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
      if (unknown.length > 0 && unknown.every((k) => !fieldOwner.has(k))) {
        for (const key of unknown) delete slice[key];
        parsed = part.definition.settingsSchema.safeParse(slice);
      }
      if (parsed.success) out[part.key] = parsed.data;
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) });
    }
    return out;
  });

  const fields: ConnectorField[] = [];
  for (const part of parts) {
    for (const field of part.definition.fields) {
      if (!fields.some((f) => f.name === field.name)) fields.push(part.optional ? { ...field, required: false } : field);
    }
  }

  return {
    channel,
    settingsSchema: settingsSchema as unknown as z.ZodType<CombinedSettings>,
    fields,
    create(context) {
      const connectors = parts
        .filter((part) => part.key in context.settings)
        .map((part) => ({ key: part.key, connector: part.definition.create({ ...context, settings: context.settings[part.key] }) }));
      return combinedConnector(channel, connectors, options.route);
    },
  };
}

function combinedConnector(channel: Channel, parts: { key: string; connector: Connector }[], route: (reply: OutgoingReply) => string): Connector {
  const byKey = new Map(parts.map((p) => [p.key, p.connector]));
  const watchers = parts.filter((p) => p.connector.watch);
  return {
    channel,
    endpoint: parts.find((p) => p.connector.endpoint)?.connector.endpoint,
    async test(signal) {
      for (const part of parts) await part.connector.test(signal);
    },
    async pull(cursor, signal): Promise<PullResult> {
      const state = (cursor ?? {}) as CombinedCursor;
      // Within a run, only parts that still have more are asked again; a new run asks every part.
      const anyMore = parts.some((p) => state[p.key]?.more);
      const result: PullResult = { messages: [], orders: [], unparsable: [], cursor: {}, more: false };
      const next: CombinedCursor = {};
      for (const part of parts) {
        const own = state[part.key] ?? { cursor: null, more: false };
        if (anyMore && !own.more) {
          next[part.key] = own;
          continue;
        }
        const page = await part.connector.pull(own.cursor, signal);
        result.messages.push(...page.messages);
        result.orders.push(...page.orders);
        result.unparsable.push(...page.unparsable);
        next[part.key] = { cursor: page.cursor, more: page.more };
        result.more ||= page.more;
      }
      result.cursor = next;
      return result;
    },
    async send(reply, signal) {
      const key = route(reply);
      const connector = byKey.get(key);
      if (!connector) throw new ConnectorError('permanent', `This account has no ${key} connection to send this message through.`);
      return connector.send(reply, signal);
    },
    watch:
      watchers.length === 0
        ? undefined
        : async (onChange, onError) => {
            const started = await Promise.allSettled(watchers.map((p) => p.connector.watch!(onChange, onError)));
            const stops = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
            const failed = started.find((s) => s.status === 'rejected');
            if (failed) {
              // All or nothing: a half-watched account would miss what the other part receives.
              await Promise.allSettled(stops.map((stop) => stop()));
              throw (failed as PromiseRejectedResult).reason;
            }
            return async () => {
              await Promise.allSettled(stops.map((stop) => stop()));
            };
          },
    async close() {
      await Promise.allSettled(parts.map((p) => p.connector.close?.()));
    },
  };
}
