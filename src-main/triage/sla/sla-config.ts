// The workspace's SLA policies and business calendars, read once and kept until they change.
import type { Db } from '../../db/open-database';
import type { Channel, Priority } from '../../../src-shared/domain/types';
import { businessHours, calendarHours, type CalendarSpec, type WorkingCalendar } from './business-calendar';
import type { SlaPolicy } from './sla-clocks';

export interface SlaConfig {
  policies(): SlaPolicy[];
  policyByName(name: string): SlaPolicy | null;
  /** The business hours of a team, or the workspace's when the team has none. */
  businessCalendar(teamId: number | null): WorkingCalendar;
  /** The calendar a policy's clocks run on for a conversation of `teamId`. */
  calendarFor(policy: SlaPolicy, teamId: number | null): WorkingCalendar;
  timeZone(teamId: number | null): string;
  /** Forget cached policies and calendars (after an edit). */
  invalidate(): void;
}

interface CalendarRow {
  team_id: number | null;
  time_zone: string;
  week_json: string;
  holidays_json: string;
}

export function createSlaConfig(db: Db): SlaConfig {
  const policiesStmt = db.prepare<[], {
    id: number;
    name: string;
    channel: Channel | null;
    priority: Priority | null;
    first_response_minutes: number | null;
    next_response_minutes: number | null;
    resolution_minutes: number | null;
    calendar: 'calendar' | 'business';
    team_id: number | null;
    warn_minutes: number;
  }>('SELECT * FROM sla_policies ORDER BY id');
  const calendarsStmt = db.prepare<[], CalendarRow>('SELECT team_id, time_zone, week_json, holidays_json FROM business_calendars');

  let policies: SlaPolicy[] | null = null;
  let calendars: Map<number | null, { zone: string; calendar: WorkingCalendar }> | null = null;

  function loadCalendars() {
    if (calendars) return calendars;
    calendars = new Map();
    for (const row of calendarsStmt.all()) {
      const spec: CalendarSpec = { timeZone: row.time_zone, week: JSON.parse(row.week_json), holidays: JSON.parse(row.holidays_json) };
      calendars.set(row.team_id, { zone: row.time_zone, calendar: businessHours(spec) });
    }
    return calendars;
  }
  function entry(teamId: number | null) {
    const all = loadCalendars();
    return (teamId !== null ? all.get(teamId) : undefined) ?? all.get(null) ?? { zone: 'UTC', calendar: calendarHours };
  }

  return {
    policies() {
      policies ??= policiesStmt.all().map((p) => ({
        id: p.id,
        name: p.name,
        channel: p.channel,
        priority: p.priority,
        firstResponseMinutes: p.first_response_minutes,
        nextResponseMinutes: p.next_response_minutes,
        resolutionMinutes: p.resolution_minutes,
        calendar: p.calendar,
        teamId: p.team_id,
        warnMinutes: p.warn_minutes,
      }));
      return policies;
    },
    policyByName(name) {
      return this.policies().find((p) => p.name.toLowerCase() === name.toLowerCase()) ?? null;
    },
    businessCalendar: (teamId) => entry(teamId).calendar,
    calendarFor(policy, teamId) {
      return policy.calendar === 'calendar' ? calendarHours : entry(policy.teamId ?? teamId).calendar;
    },
    timeZone: (teamId) => entry(teamId).zone,
    invalidate() {
      policies = null;
      calendars = null;
    },
  };
}
