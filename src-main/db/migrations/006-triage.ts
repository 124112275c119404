import type { Migration } from './migration';
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_SLA_POLICIES, PRESET_RULES } from '../../triage/presets/triage-presets';

// Offline triage (issue 4): what was understood of each message, the triage state of each conversation
// (intent, sentiment, SLA clocks, priority score and why, team), ordered rules, SLA policies, business
// hours per team, agents' routing profiles, intent corrections with the learned model state,
// automation counters, internal notes, and which time-based rules already fired.
export const migration006: Migration = {
  version: 6,
  name: 'triage: insights, rules, SLA, routing, automation',
  up(db) {
    db.exec(`
      CREATE TABLE message_insights (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        language TEXT,
        language_confidence REAL NOT NULL DEFAULT 0,
        intent TEXT NOT NULL,
        intent_confidence REAL NOT NULL DEFAULT 0,
        sentiment TEXT NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive')),
        sentiment_score REAL NOT NULL DEFAULT 0,
        anger INTEGER NOT NULL DEFAULT 0 CHECK (anger IN (0, 1)),
        frustration INTEGER NOT NULL DEFAULT 0 CHECK (frustration IN (0, 1)),
        escalation_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(escalation_json)),
        analysed_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sla_policies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        channel TEXT CHECK (channel IN ('amazon', 'ebay', 'shopify', 'email')),
        priority TEXT CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        first_response_minutes INTEGER,
        next_response_minutes INTEGER,
        resolution_minutes INTEGER,
        -- calendar: every hour counts (Amazon's 24 h include weekends); business: the team's hours.
        calendar TEXT NOT NULL DEFAULT 'business' CHECK (calendar IN ('calendar', 'business')),
        team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        warn_minutes INTEGER NOT NULL DEFAULT 15
      ) STRICT;

      ALTER TABLE conversations ADD COLUMN intent TEXT;
      ALTER TABLE conversations ADD COLUMN sentiment TEXT CHECK (sentiment IN ('negative', 'neutral', 'positive'));
      ALTER TABLE conversations ADD COLUMN sla_policy_id INTEGER REFERENCES sla_policies(id) ON DELETE SET NULL;
      ALTER TABLE conversations ADD COLUMN sla_first_response_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_next_response_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_resolution_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_resolution_paused_minutes REAL;
      -- The nearest running deadline and which target it is: what the list counts down and sorts by.
      ALTER TABLE conversations ADD COLUMN sla_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_target TEXT CHECK (sla_target IN ('first_response', 'next_response', 'resolution'));
      ALTER TABLE conversations ADD COLUMN sla_warn_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_warned_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_breached_due_at INTEGER;
      ALTER TABLE conversations ADD COLUMN priority_score REAL NOT NULL DEFAULT 0;
      ALTER TABLE conversations ADD COLUMN priority_explanation_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(priority_explanation_json));
      ALTER TABLE conversations ADD COLUMN no_response_needed INTEGER NOT NULL DEFAULT 0 CHECK (no_response_needed IN (0, 1));
      ALTER TABLE conversations ADD COLUMN triaged_at INTEGER;
      -- Messages above this id arrived after the last triage pass.
      ALTER TABLE conversations ADD COLUMN triaged_message_id INTEGER;
      CREATE INDEX conversations_by_sla ON conversations(status, sla_due_at) WHERE sla_due_at IS NOT NULL;
      CREATE INDEX conversations_by_score ON conversations(status, priority_score DESC);

      CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        stop INTEGER NOT NULL DEFAULT 0 CHECK (stop IN (0, 1)),
        definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
        preset TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rules_by_position ON rules(position);

      -- Time-based rules (customer silent, SLA warning / breach) fire once per occasion.
      CREATE TABLE rule_firings (
        rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        occasion TEXT NOT NULL,
        fired_at INTEGER NOT NULL,
        PRIMARY KEY (rule_id, conversation_id, occasion)
      ) STRICT, WITHOUT ROWID;

      -- Business hours per team (team_id NULL: the workspace's default): a time zone, the open
      -- intervals of each weekday in minutes after local midnight, and closed dates (YYYY-MM-DD).
      CREATE TABLE business_calendars (
        id INTEGER PRIMARY KEY,
        team_id INTEGER UNIQUE REFERENCES teams(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        week_json TEXT NOT NULL CHECK (json_valid(week_json)),
        holidays_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(holidays_json))
      ) STRICT;

      -- Routing: what an agent handles, how many open conversations at most, and when they work.
      CREATE TABLE agent_profiles (
        agent_id INTEGER PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
        skills_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills_json)),
        max_open INTEGER NOT NULL DEFAULT 40,
        shift_time_zone TEXT,
        shift_week_json TEXT CHECK (shift_week_json IS NULL OR json_valid(shift_week_json)),
        available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1))
      ) STRICT;

      CREATE TABLE routing_state (
        key TEXT PRIMARY KEY,
        last_agent_id INTEGER
      ) STRICT;

      CREATE TABLE intent_corrections (
        id INTEGER PRIMARY KEY,
        message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        subject TEXT,
        language TEXT,
        intent_before TEXT,
        intent TEXT NOT NULL,
        agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      -- The on-device model's learned state (from the agents' corrections), one row.
      CREATE TABLE understanding_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE conversation_automation (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        automated_replies INTEGER NOT NULL DEFAULT 0,
        last_automated_at INTEGER,
        handed_off_at INTEGER,
        handoff_reason TEXT
      ) STRICT;

      -- Messages that only tell the customer a person is taking over: they answer nothing, so they
      -- neither stop a response clock nor count as an automated answer.
      CREATE TABLE automation_notices (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE
      ) STRICT;

    `);

    db.prepare('INSERT INTO business_calendars (team_id, name, time_zone, week_json, holidays_json) VALUES (NULL, ?, ?, ?, ?)').run(
      DEFAULT_BUSINESS_CALENDAR.name,
      DEFAULT_BUSINESS_CALENDAR.timeZone,
      JSON.stringify(DEFAULT_BUSINESS_CALENDAR.week),
      JSON.stringify(DEFAULT_BUSINESS_CALENDAR.holidays),
    );
    const policy = db.prepare(
      `INSERT INTO sla_policies (name, channel, priority, first_response_minutes, next_response_minutes, resolution_minutes, calendar, warn_minutes)
       VALUES (@name, @channel, @priority, @firstResponseMinutes, @nextResponseMinutes, @resolutionMinutes, @calendar, @warnMinutes)`,
    );
    for (const p of DEFAULT_SLA_POLICIES) policy.run(p);
    const rule = db.prepare(
      'INSERT INTO rules (position, name, enabled, stop, definition_json, preset, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)',
    );
    PRESET_RULES.forEach((p, i) => rule.run(i + 1, p.definition.name, p.enabled ? 1 : 0, p.definition.stop ? 1 : 0, JSON.stringify(p.definition), p.key));
  },
};
