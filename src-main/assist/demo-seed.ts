// The demo workspace's assist data: its knowledge base, and which intents its canned replies answer.
// Runs once per data folder (a settings flag), only in a demo workspace.
import type { Intent } from '../../src-shared/domain/triage';
import type { Db } from '../db/open-database';
import type { CannedLibrary } from './canned/canned-library';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import { seedDemoArticles } from './knowledge/seed-articles';
import type { SettingsStore } from './settings-store';

export const DEMO_CANNED_INTENTS: Record<string, Intent[]> = {
  'Tracking information': ['where_is_my_order', 'delivery_time'],
  'Refund issued': ['refund'],
  'Return instructions': ['return'],
  'Cancellation confirmed': ['cancel'],
  'Address change': ['change_address'],
  'Damaged item – replacement': ['damaged_or_wrong_item', 'complaint'],
  Invoice: ['invoice'],
  'Thanks – no further action': ['thanks_no_reply'],
};

/** A refund reply that names the return parcel: the demo's refunds mostly follow a tracked return. */
export const DEMO_REFUND_AFTER_RETURN = {
  name: 'Refund – return received',
  shortcut: 'refunded',
  folder: 'Refunds and returns',
  intents: ['refund', 'return'] as Intent[],
  bodies: {
    en: 'Hi {{customer.firstName}},\n\nyour return has arrived ({{order.carrier}}, tracking number {{order.trackingNumber}}) and we have refunded {{order.total}} for order {{order.id}}. The money will be back on your account within 3-5 business days.\n\nBest regards,\n{{agent.firstName}}',
    de: 'Hallo {{customer.firstName}},\n\nIhre Rücksendung ist bei uns angekommen ({{order.carrier}}, Sendungsnummer {{order.trackingNumber}}), und wir haben Ihnen {{order.total}} für Bestellung {{order.id}} erstattet. Das Geld ist in 3-5 Werktagen zurück auf Ihrem Konto.\n\nViele Grüße\n{{agent.firstName}}',
    fr: 'Bonjour {{customer.firstName}},\n\nvotre retour est bien arrivé ({{order.carrier}}, numéro de suivi {{order.trackingNumber}}) et nous avons remboursé {{order.total}} pour la commande {{order.id}}. L’argent sera sur votre compte sous 3 à 5 jours ouvrés.\n\nCordialement,\n{{agent.firstName}}',
    es: 'Hola {{customer.firstName}}:\n\nsu devolución ha llegado ({{order.carrier}}, número de seguimiento {{order.trackingNumber}}) y hemos reembolsado {{order.total}} del pedido {{order.id}}. El dinero estará en su cuenta en 3-5 días hábiles.\n\nSaludos,\n{{agent.firstName}}',
    it: 'Ciao {{customer.firstName}},\n\nil tuo reso è arrivato ({{order.carrier}}, numero di tracciamento {{order.trackingNumber}}) e abbiamo rimborsato {{order.total}} per l’ordine {{order.id}}. I soldi torneranno sul tuo conto entro 3-5 giorni lavorativi.\n\nCordiali saluti,\n{{agent.firstName}}',
    ja: '{{customer.firstName}}様\n\n返品商品を受け取りました（{{order.carrier}}、追跡番号 {{order.trackingNumber}}）。ご注文 {{order.id}} の代金 {{order.total}} を返金いたしました。3〜5営業日でお客様の口座に反映されます。\n\n{{agent.firstName}}',
    zh: '{{customer.firstName}}您好：\n\n我们已收到您的退货（{{order.carrier}}，运单号 {{order.trackingNumber}}），订单 {{order.id}} 的 {{order.total}} 已退款，3-5个工作日内退回您的账户。\n\n{{agent.firstName}}',
  } as Record<string, string>,
};

const FLAG = 'assist.demoSeeded';

export function seedAssistDemo(db: Db, deps: { canned: CannedLibrary; kb: KnowledgeBase; settings: SettingsStore }): boolean {
  const isDemo = db.prepare('SELECT 1 FROM accounts WHERE is_demo = 1 LIMIT 1').get() !== undefined;
  if (!isDemo || deps.settings.get<boolean>(FLAG)) return false;
  db.transaction(() => {
    seedDemoArticles(deps.kb);
    for (const [name, intents] of Object.entries(DEMO_CANNED_INTENTS)) deps.canned.setIntentsByName(name, intents);
    const r = DEMO_REFUND_AFTER_RETURN;
    for (const [language, body] of Object.entries(r.bodies)) {
      deps.canned.save({ name: r.name, shortcut: r.shortcut, folder: r.folder, language, body, intents: r.intents });
    }
    deps.settings.set(FLAG, true);
  })();
  return true;
}
