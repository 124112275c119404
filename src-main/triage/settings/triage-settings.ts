// The workspace's triage settings an admin changes: SLA policies, business hours (per team or the
// workspace's), and each agent's routing profile (skills, cap of open conversations, shift,
// availability). Input arrives validated by the api schemas; every change is logged.
import type { BusinessHoursInfo, RoutingProfile, SlaPolicyInfo } from '../../../src-shared/api/contract-triage';
import type { ApiParsedParams } from '../../../src-shared/api/schemas';
import type { Intent } from '../../../src-shared/domain/triage';
import type { Db } from '../../db/open-database';
import { notFound, ServiceError } from '../../services/errors';
import type { EventLog } from '../../services/event-log';
import { businessHours, CalendarSpecError } from '../sla/business-calendar';
import { prepareAgentProfiles } from '../routing/agent-profiles-query';

export function createTriageSettings(db: Db, deps: { events: EventLog; agentId: () => number; onChange: () => void }) {
  const findTeam = db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM teams WHERE lower(name) = lower(?)');
  const createTeam = db.prepare('INSERT INTO teams (name) VALUES (?)');
  const teamName = db.prepare<[number], { name: string }>('SELECT name FROM teams WHERE id = ?');
  const policyById = db.prepare<[number], { id: number }>('SELECT id FROM sla_policies WHERE id = ?');
  const policyByName = db.prepare<[string], { id: number }>('SELECT id FROM sla_policies WHERE name = ?');
  const insertPolicy = db.prepare(
    `INSERT INTO sla_policies (name, channel, priority, first_response_minutes, next_response_minutes, resolution_minutes, calendar, team_id, warn_minutes)
     VALUES (@name, @channel, @priority, @first, @next, @resolution, @calendar, @teamId, @warn)`,
  );
  const updatePolicy = db.prepare(
    `UPDATE sla_policies SET name = @name, channel = @channel, priority = @priority, first_response_minutes = @first, next_response_minutes = @next,
       resolution_minutes = @resolution, calendar = @calendar, team_id = @teamId, warn_minutes = @warn WHERE id = @id`,
  );
  const saveHours = db.prepare(
    `INSERT INTO business_calendars (team_id, name, time_zone, week_json, holidays_json) VALUES (@teamId, @name, @zone, @week, @holidays)
     ON CONFLICT (team_id) DO UPDATE SET time_zone = excluded.time_zone, week_json = excluded.week_json, holidays_json = excluded.holidays_json`,
  );
  // team_id NULL never conflicts in a UNIQUE index: the workspace's row is updated by hand.
  const updateWorkspaceHours = db.prepare('UPDATE business_calendars SET time_zone = @zone, week_json = @week, holidays_json = @holidays WHERE team_id IS NULL');
  const profiles = prepareAgentProfiles(db);
  const agentExists = db.prepare<[number], { id: number }>('SELECT id FROM agents WHERE id = ?');
  const saveProfileStmt = db.prepare(
    `INSERT INTO agent_profiles (agent_id, skills_json, max_open, shift_time_zone, shift_week_json, available) VALUES (@agentId, @skills, @maxOpen, @zone, @week, @available)
     ON CONFLICT (agent_id) DO UPDATE SET skills_json = excluded.skills_json, max_open = excluded.max_open, shift_time_zone = excluded.shift_time_zone,
       shift_week_json = excluded.shift_week_json, available = excluded.available`,
  );
  const policyRow = db.prepare<[number], Record<string, unknown>>('SELECT * FROM sla_policies WHERE id = ?');

  const log = (action: string, subjectKind: string, subjectId: number | null, data: Record<string, unknown>) =>
    deps.events.record({ actorKind: 'agent', actorId: deps.agentId(), action, subjectKind, subjectId, data });

  function teamId(name: string | null): number | null {
    if (name === null) return null;
    return findTeam.get(name)?.id ?? Number(createTeam.run(name).lastInsertRowid);
  }

  function toPolicy(id: number): SlaPolicyInfo {
    const p = policyRow.get(id)!;
    return {
      id,
      name: p.name as string,
      channel: p.channel as SlaPolicyInfo['channel'],
      priority: p.priority as SlaPolicyInfo['priority'],
      firstResponseMinutes: p.first_response_minutes as number | null,
      nextResponseMinutes: p.next_response_minutes as number | null,
      resolutionMinutes: p.resolution_minutes as number | null,
      calendar: p.calendar as SlaPolicyInfo['calendar'],
      team: p.team_id === null ? null : (teamName.get(p.team_id as number)?.name ?? null),
      warnMinutes: p.warn_minutes as number,
    };
  }

  function profileList(): RoutingProfile[] {
    return profiles.all().map((a) => ({
      agentId: a.id,
      name: a.name,
      languages: JSON.parse(a.languages_json) as string[],
      skills: a.skills_json ? (JSON.parse(a.skills_json) as Intent[]) : [],
      maxOpen: a.max_open ?? 40,
      openCount: a.open_count,
      shift: a.shift_time_zone && a.shift_week_json ? { timeZone: a.shift_time_zone, week: JSON.parse(a.shift_week_json) as BusinessHoursInfo['week'] } : null,
      available: a.available !== 0,
    }));
  }

  function checkHours(timeZone: string, week: BusinessHoursInfo['week'], holidays: string[]) {
    try {
      businessHours({ timeZone, week, holidays });
    } catch (error) {
      if (error instanceof CalendarSpecError) throw new ServiceError('invalid_request', error.message);
      throw error;
    }
  }

  return {
    savePolicy(p: ApiParsedParams<'sla.savePolicy'>): SlaPolicyInfo {
      if (p.firstResponseMinutes === null && p.nextResponseMinutes === null && p.resolutionMinutes === null) {
        throw new ServiceError('invalid_request', 'An SLA policy needs at least one target (first response, next response or resolution).');
      }
      const sameName = policyByName.get(p.name);
      if (sameName && sameName.id !== p.id) throw new ServiceError('conflict', `An SLA policy named "${p.name}" exists already.`);
      if (p.id !== undefined && !policyById.get(p.id)) throw notFound('SLA policy', p.id);
      const id = db.transaction(() => {
        const row = {
          name: p.name,
          channel: p.channel,
          priority: p.priority,
          first: p.firstResponseMinutes,
          next: p.nextResponseMinutes,
          resolution: p.resolutionMinutes,
          calendar: p.calendar,
          teamId: teamId(p.team),
          warn: p.warnMinutes,
        };
        const saved = p.id === undefined ? Number(insertPolicy.run(row).lastInsertRowid) : (updatePolicy.run({ ...row, id: p.id }), p.id);
        log(p.id === undefined ? 'sla.policy_created' : 'sla.policy_updated', 'sla_policy', saved, { ...row });
        return saved;
      })();
      deps.onChange();
      return toPolicy(id);
    },
    saveBusinessHours(h: ApiParsedParams<'sla.saveBusinessHours'>): BusinessHoursInfo {
      checkHours(h.timeZone, h.week, h.holidays);
      db.transaction(() => {
        const id = teamId(h.team);
        const row = { teamId: id, name: h.team ? `${h.team} hours` : 'Workspace hours', zone: h.timeZone, week: JSON.stringify(h.week), holidays: JSON.stringify(h.holidays) };
        if (id === null) updateWorkspaceHours.run(row);
        else saveHours.run(row);
        log('sla.business_hours_saved', 'team', id, { timeZone: h.timeZone, week: h.week, holidays: h.holidays });
      })();
      deps.onChange();
      return { team: h.team, timeZone: h.timeZone, week: h.week, holidays: h.holidays };
    },
    profiles: profileList,
    saveProfile(p: ApiParsedParams<'routing.saveProfile'>): RoutingProfile {
      if (!agentExists.get(p.agentId)) throw notFound('Agent', p.agentId);
      if (p.shift) checkHours(p.shift.timeZone, p.shift.week, []);
      db.transaction(() => {
        saveProfileStmt.run({
          agentId: p.agentId,
          skills: JSON.stringify(p.skills),
          maxOpen: p.maxOpen,
          zone: p.shift?.timeZone ?? null,
          week: p.shift ? JSON.stringify(p.shift.week) : null,
          available: p.available ? 1 : 0,
        });
        log('routing.profile_saved', 'agent', p.agentId, { skills: p.skills, maxOpen: p.maxOpen, shift: p.shift, available: p.available });
      })();
      return profileList().find((x) => x.agentId === p.agentId)!;
    },
  };
}
