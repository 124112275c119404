// Turns a ViewSpec (base view + facets + search operators) into one SQL WHERE clause over
// `conversations c` alone (no join, so counts stay on indexes) with named parameters. Free-text terms are resolved before this
// (full-text index, customers, orders) into a list of candidate conversation ids.
import type { SearchQuery } from '../../src-shared/search/search-query';
import type { BaseView, ViewSpec } from '../../src-shared/inbox/view-spec';

export interface SqlFilter {
  where: string;
  params: Record<string, unknown>;
  orderBy: string;
}

export interface SchemaFeatures {
  /** conversations.intent exists (added by triage); without it intent: and the intent facet match tags. */
  intentColumn: boolean;
}

const BASE_WHERE: Record<BaseView, string> = {
  mine: "c.status = 'open' AND c.assignee_id = @self",
  unassigned: "c.status = 'open' AND c.assignee_id IS NULL",
  open: "c.status = 'open'",
  sla: "c.status = 'open' AND c.sla_due_at IS NOT NULL",
  snoozed: "c.status = 'snoozed'",
  closed: "c.status = 'closed'",
  all: 'c.merged_into_id IS NULL',
};

const RECENT_FIRST = 'c.last_message_at DESC, c.id DESC';
// SLA at risk: the least time left first.
const SLA_FIRST = 'c.sla_due_at ASC, c.id ASC';
// Least time left first, conversations without an SLA clock last (the "time left" sort of any view).
const TIME_LEFT_FIRST = 'c.sla_due_at IS NULL, c.sla_due_at ASC, c.priority_score DESC, c.id DESC';
const PRIORITY_FIRST = 'c.priority_score DESC, c.last_message_at DESC, c.id DESC';

function orderOf(spec: ViewSpec): string {
  if (spec.sort === 'time_left') return TIME_LEFT_FIRST;
  if (spec.sort === 'priority') return PRIORITY_FIRST;
  if (spec.sort === 'recent') return RECENT_FIRST;
  return spec.base === 'sla' ? SLA_FIRST : RECENT_FIRST;
}

const IS_WHERE = {
  unassigned: 'c.assignee_id IS NULL',
  assigned: 'c.assignee_id IS NOT NULL',
  mine: 'c.assignee_id = @self',
  open: "c.status = 'open'",
  closed: "c.status = 'closed'",
  snoozed: "c.status = 'snoozed'",
  unread: 'c.unread = 1',
} as const;

/** LIKE with the user's % and _ taken literally. */
export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function buildViewFilter(spec: ViewSpec, query: SearchQuery | null, self: number, features: SchemaFeatures): SqlFilter {
  const clauses: string[] = [BASE_WHERE[spec.base]];
  const params: Record<string, unknown> = { self };
  let n = 0;
  const param = (value: unknown) => {
    const name = `p${n++}`;
    params[name] = value;
    return `@${name}`;
  };
  const tagMatch = (tag: string) =>
    `EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = c.id AND t.name = ${param(tag)} COLLATE NOCASE)`;
  const intentMatch = (intent: string) => (features.intentColumn ? `c.intent = ${param(intent)}` : tagMatch(intent));

  // Channel and marketplace go through the few account ids rather than a join, so that counting a
  // view reads only the conversations index, never whole rows.
  if (spec.channel) clauses.push(`c.account_id IN (SELECT id FROM accounts WHERE channel = ${param(spec.channel)})`);
  if (spec.marketplace) clauses.push(`c.account_id IN (SELECT id FROM accounts WHERE marketplace = ${param(spec.marketplace)})`);
  if (spec.language) clauses.push(`c.language = ${param(spec.language)}`);
  if (spec.tag) clauses.push(tagMatch(spec.tag));
  if (spec.intent) clauses.push(intentMatch(spec.intent));

  if (query) {
    const anyOf = (values: readonly string[], one: (v: string) => string) => {
      if (values.length) clauses.push(`(${values.map(one).join(' OR ')})`);
    };
    anyOf(query.channels, (v) => `c.account_id IN (SELECT id FROM accounts WHERE channel = ${param(v)})`);
    anyOf(query.languages, (v) => `c.language = ${param(v)}`);
    anyOf(query.intents, intentMatch);
    // Several tag: operators narrow (all of them), like adding labels to a filter.
    for (const tag of query.tags) clauses.push(tagMatch(tag));
    anyOf(
      query.orders,
      (v) => `c.order_id IN (SELECT id FROM orders WHERE external_id LIKE ${param(likeContains(v))} ESCAPE '\\')`,
    );
    anyOf(query.from, (v) => {
      const like = param(likeContains(v));
      return `c.customer_id IN (SELECT id FROM customers WHERE name LIKE ${like} ESCAPE '\\' OR email LIKE ${like} ESCAPE '\\'
                UNION SELECT customer_id FROM customer_identities WHERE handle LIKE ${like} ESCAPE '\\' OR display_name LIKE ${like} ESCAPE '\\')`;
    });
    for (const flag of query.is) clauses.push(IS_WHERE[flag]);
    if (query.before !== null) clauses.push(`c.last_message_at < ${param(query.before)}`);
    if (query.after !== null) clauses.push(`c.last_message_at >= ${param(query.after)}`);
  }

  return { where: clauses.join(' AND '), params, orderBy: orderOf(spec) };
}
