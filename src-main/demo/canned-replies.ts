// The demo's canned replies: one per common case, in each buyer language, with order variables.
import type { DemoLanguage } from './texts';

export interface DemoCannedReply {
  name: string;
  shortcut: string;
  folder: string;
  bodies: Record<DemoLanguage, string>;
}

export const DEMO_CANNED_REPLIES: readonly DemoCannedReply[] = [
  {
    name: 'Tracking information',
    shortcut: 'track',
    folder: 'Shipping',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nthank you for your message. Your order {{order.id}} has shipped with {{order.carrier}}; the tracking number is {{order.trackingNumber}}. The expected delivery date is {{order.deliveryEstimate}}.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nvielen Dank für Ihre Nachricht. Ihre Bestellung {{order.id}} wurde mit {{order.carrier}} versendet, die Sendungsnummer lautet {{order.trackingNumber}}. Voraussichtliche Zustellung: {{order.deliveryEstimate}}.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nmerci pour votre message. Votre commande {{order.id}} a été expédiée avec {{order.carrier}} ; le numéro de suivi est {{order.trackingNumber}}. Livraison prévue : {{order.deliveryEstimate}}.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\ngracias por su mensaje. Su pedido {{order.id}} se ha enviado con {{order.carrier}}; el número de seguimiento es {{order.trackingNumber}}. Entrega prevista: {{order.deliveryEstimate}}.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\ngrazie per il messaggio. Il tuo ordine {{order.id}} è stato spedito con {{order.carrier}}; il numero di tracciamento è {{order.trackingNumber}}. Consegna prevista: {{order.deliveryEstimate}}.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nお問い合わせありがとうございます。ご注文 {{order.id}} は{{order.carrier}}にて発送済みです。追跡番号は {{order.trackingNumber}} です。お届け予定日：{{order.deliveryEstimate}}\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n感谢您的留言。您的订单 {{order.id}} 已通过{{order.carrier}}发货，运单号 {{order.trackingNumber}}，预计送达日期：{{order.deliveryEstimate}}。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Refund issued',
    shortcut: 'refund',
    folder: 'Refunds and returns',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nwe have issued a full refund of {{order.total}} for order {{order.id}}. It will appear on your statement within 3-5 business days.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nwir haben Ihnen {{order.total}} für Bestellung {{order.id}} vollständig erstattet. Die Gutschrift erscheint innerhalb von 3-5 Werktagen.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nnous avons remboursé intégralement {{order.total}} pour la commande {{order.id}}. Le montant apparaîtra sous 3 à 5 jours ouvrés.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\nhemos reembolsado {{order.total}} del pedido {{order.id}}. Lo verá en 3-5 días hábiles.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\nabbiamo rimborsato {{order.total}} per l’ordine {{order.id}}. Lo vedrai entro 3-5 giorni lavorativi.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご注文 {{order.id}} の代金 {{order.total}} を全額返金いたしました。3〜5営業日で反映されます。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n订单 {{order.id}} 的 {{order.total}} 已全额退款，3-5个工作日内到账。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Return instructions',
    shortcut: 'return',
    folder: 'Refunds and returns',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nyou can return {{order.items}} within 30 days. Please use the prepaid label in your account for order {{order.id}}; we refund as soon as the parcel arrives.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nSie können {{order.items}} innerhalb von 30 Tagen zurücksenden. Bitte nutzen Sie das Rücksendeetikett in Ihrem Konto für Bestellung {{order.id}}; wir erstatten, sobald das Paket ankommt.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nvous pouvez retourner {{order.items}} sous 30 jours avec l’étiquette prépayée de la commande {{order.id}} ; nous remboursons dès réception du colis.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\npuede devolver {{order.items}} en un plazo de 30 días con la etiqueta prepagada del pedido {{order.id}}; reembolsamos en cuanto llegue el paquete.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\npuoi restituire {{order.items}} entro 30 giorni con l’etichetta prepagata dell’ordine {{order.id}}; rimborsiamo appena arriva il pacco.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\n{{order.items}} は到着後30日以内であれば返品可能です。ご注文 {{order.id}} の返送ラベルをご利用ください。商品到着後に返金いたします。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n{{order.items}} 收货30天内可退货，请使用订单 {{order.id}} 的预付退货标签，我们收到包裹后立即退款。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Cancellation confirmed',
    shortcut: 'cancel',
    folder: 'Orders',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nyour order {{order.id}} has been cancelled and you will not be charged.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nIhre Bestellung {{order.id}} wurde storniert, es wird nichts berechnet.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nvotre commande {{order.id}} a été annulée, vous ne serez pas débité.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\nsu pedido {{order.id}} ha sido cancelado y no se le cobrará.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\nil tuo ordine {{order.id}} è stato annullato e non ti verrà addebitato nulla.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご注文 {{order.id}} をキャンセルいたしました。代金は請求されません。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n订单 {{order.id}} 已取消，不会扣款。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Address change',
    shortcut: 'address',
    folder: 'Orders',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nwe have updated the delivery address of order {{order.id}}. It has not shipped yet, so the change will apply.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nwir haben die Lieferadresse von Bestellung {{order.id}} geändert. Sie ist noch nicht versendet, die Änderung greift also.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nnous avons modifié l’adresse de livraison de la commande {{order.id}}, qui n’est pas encore expédiée.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\nhemos cambiado la dirección de entrega del pedido {{order.id}}; aún no se ha enviado.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\nabbiamo aggiornato l’indirizzo di consegna dell’ordine {{order.id}}, non ancora spedito.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご注文 {{order.id}} のお届け先を変更いたしました。まだ発送前のため、変更が反映されます。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n订单 {{order.id}} 的收货地址已修改，订单尚未发货，修改有效。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Damaged item – replacement',
    shortcut: 'damaged',
    folder: 'Refunds and returns',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nI am sorry the item in order {{order.id}} arrived damaged. We are sending a replacement today at no cost; there is no need to return the broken one.\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nes tut mir leid, dass der Artikel aus Bestellung {{order.id}} beschädigt ankam. Wir schicken Ihnen heute kostenlos Ersatz; den defekten Artikel müssen Sie nicht zurücksenden.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\ndésolé que l’article de la commande {{order.id}} soit arrivé endommagé. Nous vous envoyons un remplacement gratuit aujourd’hui, inutile de renvoyer l’article.\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\nsiento que el artículo del pedido {{order.id}} llegara dañado. Hoy le enviamos un reemplazo gratis; no hace falta devolver el roto.\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\nmi dispiace che l’articolo dell’ordine {{order.id}} sia arrivato danneggiato. Oggi ti spediamo una sostituzione gratuita, non serve restituire quello rotto.\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご注文 {{order.id}} の商品が破損した状態で届き、大変申し訳ございません。本日、代替品を無料で発送いたします。破損品の返送は不要です。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n很抱歉订单 {{order.id}} 的商品到货破损，我们今天免费补发，坏的不用寄回。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Invoice',
    shortcut: 'invoice',
    folder: 'Orders',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nthe VAT invoice for order {{order.id}} ({{order.total}}, {{order.date}}) is available in your account under "Your orders".\n\nBest regards,\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\ndie Rechnung mit ausgewiesener MwSt. zu Bestellung {{order.id}} ({{order.total}}, {{order.date}}) finden Sie in Ihrem Konto unter „Meine Bestellungen“.\n\nViele Grüße\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nla facture avec TVA de la commande {{order.id}} ({{order.total}}, {{order.date}}) est disponible dans votre compte, rubrique « Vos commandes ».\n\nCordialement,\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\nla factura con IVA del pedido {{order.id}} ({{order.total}}, {{order.date}}) está en su cuenta, en «Mis pedidos».\n\nSaludos,\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\nla fattura con IVA dell’ordine {{order.id}} ({{order.total}}, {{order.date}}) è disponibile nel tuo account, sezione «I miei ordini».\n\nCordiali saluti,\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご注文 {{order.id}}（{{order.total}}、{{order.date}}）の領収書は、アカウントの「注文履歴」からダウンロードいただけます。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n订单 {{order.id}}（{{order.total}}，{{order.date}}）的发票可在账户“我的订单”中下载。\n\n{{agent.name}}',
    },
  },
  {
    name: 'Thanks – no further action',
    shortcut: 'thanks',
    folder: 'General',
    bodies: {
      en: 'Hi {{customer.firstName}},\n\nthank you for letting us know, we are glad everything arrived. Enjoy your purchase!\n\n{{agent.name}}',
      de: 'Hallo {{customer.firstName}},\n\nvielen Dank für die Rückmeldung, schön, dass alles angekommen ist. Viel Freude damit!\n\n{{agent.name}}',
      fr: 'Bonjour {{customer.firstName}},\n\nmerci pour votre retour, ravi que tout soit bien arrivé !\n\n{{agent.name}}',
      es: 'Hola {{customer.firstName}}:\n\n¡gracias por avisarnos, nos alegra que todo haya llegado bien!\n\n{{agent.name}}',
      it: 'Ciao {{customer.firstName}},\n\ngrazie per il riscontro, siamo contenti che sia arrivato tutto!\n\n{{agent.name}}',
      ja: '{{customer.firstName}}様\n\nご連絡ありがとうございます。無事にお届けできて何よりです。\n\n{{agent.name}}',
      zh: '{{customer.firstName}}您好：\n\n感谢反馈，很高兴您已顺利收货！\n\n{{agent.name}}',
    },
  },
];
