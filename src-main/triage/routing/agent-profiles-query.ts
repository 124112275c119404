// Every agent with their routing profile (skills, cap, shift, availability) and how many open
// conversations they hold: what routing decides on and what the settings api shows.
import type { Db } from '../../db/open-database';

export interface AgentProfileRow {
  id: number;
  name: string;
  languages_json: string;
  skills_json: string | null;
  max_open: number | null;
  shift_time_zone: string | null;
  shift_week_json: string | null;
  available: number | null;
  open_count: number;
}

export function prepareAgentProfiles(db: Db) {
  return db.prepare<[], AgentProfileRow>(
    `SELECT a.id, a.name, a.languages_json, p.skills_json, p.max_open, p.shift_time_zone, p.shift_week_json, p.available,
            (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.status IN ('open', 'pending')) AS open_count
     FROM agents a LEFT JOIN agent_profiles p ON p.agent_id = a.id ORDER BY a.id`,
  );
}
