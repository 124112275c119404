// Routing profiles and team business hours for the demo workspace, so that routing by skill,
// language, load and shift, and SLA clocks on team hours, show on first start.
import type { Db } from '../../db/open-database';

const WEEKDAYS = (from: string, to: string) => ({ mon: [[from, to]], tue: [[from, to]], wed: [[from, to]], thu: [[from, to]], fri: [[from, to]], sat: [], sun: [] });
const EVERY_NIGHT = { mon: [['00:00', '06:00'], ['22:00', '24:00']], tue: [['00:00', '06:00'], ['22:00', '24:00']], wed: [['00:00', '06:00'], ['22:00', '24:00']], thu: [['00:00', '06:00'], ['22:00', '24:00']], fri: [['00:00', '06:00'], ['22:00', '24:00']], sat: [['00:00', '06:00'], ['22:00', '24:00']], sun: [['00:00', '06:00'], ['22:00', '24:00']] };

/** Agent email -> skills (intents they specialise in), cap and shift. */
const PROFILES: Record<string, { skills: string[]; maxOpen: number; zone: string; week: object }> = {
  'li.wei@brightgear.shop': { skills: ['complaint', 'payment_problem', 'account'], maxOpen: 30, zone: 'Asia/Shanghai', week: WEEKDAYS('09:00', '18:00') },
  'anna@brightgear.shop': { skills: ['refund', 'return', 'damaged_or_wrong_item'], maxOpen: 40, zone: 'Europe/Berlin', week: WEEKDAYS('08:00', '17:00') },
  'yuki@brightgear.shop': { skills: ['where_is_my_order', 'delivery_time'], maxOpen: 40, zone: 'Asia/Tokyo', week: WEEKDAYS('09:00', '18:00') },
  'lucia@brightgear.shop': { skills: ['cancel', 'change_address', 'invoice'], maxOpen: 40, zone: 'Europe/Madrid', week: WEEKDAYS('09:00', '18:00') },
  'zhang.min@brightgear.shop': { skills: ['where_is_my_order', 'refund'], maxOpen: 50, zone: 'Asia/Shanghai', week: EVERY_NIGHT },
};

const TEAM_HOURS: Record<string, { zone: string; week: object }> = {
  EU: { zone: 'Europe/Berlin', week: WEEKDAYS('08:00', '18:00') },
  Japan: { zone: 'Asia/Tokyo', week: WEEKDAYS('09:00', '18:00') },
  'Night shift': { zone: 'Asia/Shanghai', week: EVERY_NIGHT },
};

export function seedDemoTriage(db: Db): void {
  db.transaction(() => {
    const agent = db.prepare<[string], { id: number }>('SELECT id FROM agents WHERE email = ?');
    const profile = db.prepare(
      'INSERT OR REPLACE INTO agent_profiles (agent_id, skills_json, max_open, shift_time_zone, shift_week_json) VALUES (?, ?, ?, ?, ?)',
    );
    for (const [email, p] of Object.entries(PROFILES)) {
      const row = agent.get(email);
      if (row) profile.run(row.id, JSON.stringify(p.skills), p.maxOpen, p.zone, JSON.stringify(p.week));
    }
    const team = db.prepare<[string], { id: number }>('SELECT id FROM teams WHERE name = ?');
    const hours = db.prepare('INSERT OR REPLACE INTO business_calendars (team_id, name, time_zone, week_json, holidays_json) VALUES (?, ?, ?, ?, ?)');
    for (const [name, h] of Object.entries(TEAM_HOURS)) {
      const row = team.get(name);
      if (row) hours.run(row.id, `${name} hours`, h.zone, JSON.stringify(h.week), '[]');
    }
  })();
}
