// The honest message a customer gets when the automation hands the conversation to a person: it says
// that it is automatic, that a person takes over, and when to expect the answer. In the buyer's
// language (the seven the console reads), English otherwise.
export type HandoffLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';

const TEXTS: Record<HandoffLanguage, (hours: number) => string> = {
  en: (h) => `This is an automatic message: a member of our team is taking over your request personally and will reply within about ${h} ${h === 1 ? 'hour' : 'hours'}. Thank you for your patience.`,
  de: (h) => `Dies ist eine automatische Nachricht: Eine Kollegin oder ein Kollege aus unserem Team übernimmt Ihr Anliegen persönlich und antwortet innerhalb von etwa ${h} ${h === 1 ? 'Stunde' : 'Stunden'}. Vielen Dank für Ihre Geduld.`,
  fr: (h) => `Ceci est un message automatique : un membre de notre équipe prend personnellement en charge votre demande et vous répondra d’ici environ ${h} heure${h === 1 ? '' : 's'}. Merci de votre patience.`,
  es: (h) => `Este es un mensaje automático: una persona de nuestro equipo se encarga personalmente de su consulta y le responderá en unas ${h} hora${h === 1 ? '' : 's'}. Gracias por su paciencia.`,
  it: (h) => `Questo è un messaggio automatico: una persona del nostro team prende in carico la tua richiesta e ti risponderà entro circa ${h} or${h === 1 ? 'a' : 'e'}. Grazie per la pazienza.`,
  ja: (h) => `（自動送信メッセージ）お問い合わせは担当スタッフが引き継ぎ、約${h}時間以内にご返信いたします。今しばらくお待ちください。`,
  zh: (h) => `（自动消息）您的问题已转交给我们的客服人员亲自处理，预计在约 ${h} 小时内回复您。感谢您的耐心等待。`,
};

export function handoffMessage(language: string | null, waitMinutes: number): string {
  const hours = Math.max(1, Math.ceil(waitMinutes / 60));
  const text = TEXTS[(language ?? 'en') as HandoffLanguage] ?? TEXTS.en;
  return text(hours);
}

export type HandoffTrigger = 'repeated_automation' | 'negative_sentiment' | 'escalation_phrase' | 'vip' | 'time_critical_shipment' | 'rule' | 'automation_blocked';

/** The internal note an agent reads first: what was asked, what was answered, why it escalated. */
export function handoffNote(input: {
  reasons: string[];
  asked: string;
  answered: string | null;
  assignedTo: string | null;
  routingReason: string;
}): string {
  const excerpt = (text: string) => (text.length > 400 ? `${text.slice(0, 399)}…` : text).replace(/\s+/g, ' ').trim();
  return [
    `Handed to a human: ${input.reasons.join('; ')}.`,
    `Customer asked: "${excerpt(input.asked)}"`,
    `Automation answered: ${input.answered ? `"${excerpt(input.answered)}"` : 'nothing yet'}`,
    input.assignedTo ? `Assigned to ${input.assignedTo} (${input.routingReason.replace(/_/g, ' ')}).` : 'Nobody is available right now: left for the team to pick up.',
  ].join('\n');
}
