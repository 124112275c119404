// The demo's knowledge base: returns, delivery times by region and consumer-law FAQs for the EU, UK,
// US and Japan, in the languages the demo's buyers write. Summaries for a seller's help page, not
// legal advice; the seller reviews them before publishing.
import type { Intent } from '../../../src-shared/domain/triage';

export interface SeedArticle {
  slug: string;
  intents: Intent[];
  /** language -> [title, body] */
  versions: Record<string, [string, string]>;
}

export const DEMO_ARTICLES: readonly SeedArticle[] = [
  {
    slug: 'returns-policy',
    intents: ['return', 'refund'],
    versions: {
      en: [
        'Returns and refunds',
        'You can return any item within 30 days of delivery, opened or not, as long as it is complete and undamaged. Use the prepaid return label in your order. We refund the full price, including the original shipping, within 3 business days after the parcel reaches our warehouse; your bank may need another 3-5 business days to show it. Faulty or wrong items: no need to send them back, we replace or refund them straight away.',
      ],
      de: [
        'Rücksendung und Erstattung',
        'Sie können jeden Artikel innerhalb von 30 Tagen nach Zustellung zurücksenden, auch geöffnet, solange er vollständig und unbeschädigt ist. Nutzen Sie das kostenlose Rücksendeetikett in Ihrer Bestellung. Wir erstatten den vollen Preis einschließlich der Versandkosten innerhalb von 3 Werktagen nach Eingang der Rücksendung; bis die Gutschrift auf Ihrem Konto erscheint, kann es weitere 3-5 Werktage dauern. Defekte oder falsche Artikel müssen Sie nicht zurückschicken: Wir ersetzen oder erstatten sofort.',
      ],
      fr: [
        'Retours et remboursements',
        'Vous pouvez retourner tout article dans les 30 jours suivant la livraison, même ouvert, s’il est complet et en bon état. Utilisez l’étiquette de retour prépayée de votre commande. Nous remboursons le prix total, frais de port compris, sous 3 jours ouvrés après réception du colis. Article défectueux ou erroné : inutile de le renvoyer, nous le remplaçons ou le remboursons immédiatement.',
      ],
      es: [
        'Devoluciones y reembolsos',
        'Puede devolver cualquier artículo en un plazo de 30 días desde la entrega, aunque esté abierto, si está completo y sin daños. Use la etiqueta de devolución prepagada de su pedido. Reembolsamos el precio completo, gastos de envío incluidos, en 3 días hábiles tras recibir el paquete. Artículos defectuosos o equivocados: no hace falta devolverlos, los reemplazamos o reembolsamos enseguida.',
      ],
      it: [
        'Resi e rimborsi',
        'Puoi restituire qualsiasi articolo entro 30 giorni dalla consegna, anche aperto, se completo e integro. Usa l’etichetta di reso prepagata del tuo ordine. Rimborsiamo l’intero prezzo, spedizione inclusa, entro 3 giorni lavorativi dall’arrivo del pacco. Articoli difettosi o sbagliati: non serve restituirli, li sostituiamo o rimborsiamo subito.',
      ],
      ja: [
        '返品・返金について',
        '商品到着後30日以内であれば、開封済みでも付属品がそろっていて破損がなければ返品を承ります。ご注文の返送用ラベル（送料無料）をご利用ください。商品が倉庫に到着してから3営業日以内に、送料を含む全額を返金いたします。カード会社への反映にはさらに3〜5営業日かかる場合があります。不良品・誤配送の場合は返送不要で、すぐに交換または返金いたします。',
      ],
      zh: [
        '退货与退款',
        '商品签收后30天内，即使已拆封，只要配件齐全、无损坏，均可退货。请使用订单中的预付退货标签。仓库收到包裹后3个工作日内全额退款（含运费），银行到账可能还需3-5个工作日。商品有质量问题或发错货，无需寄回，我们立即补发或退款。',
      ],
    },
  },
  {
    slug: 'delivery-times',
    intents: ['where_is_my_order', 'delivery_time'],
    versions: {
      en: [
        'Delivery times by region',
        'Orders ship from our warehouses within 24 hours on business days. Germany, Austria: 1-3 business days (DHL, DPD, Hermes). Rest of the EU: 3-6 business days. United Kingdom: 2-4 business days (Royal Mail, Evri, DPD UK). United States: 3-7 business days (UPS, USPS, FedEx). Japan: 2-4 business days (Yamato, Sagawa, Japan Post). The tracking number is in your order as soon as the parcel is handed to the carrier; tracking can take 24 hours to show the first scan. If nothing moves for 5 business days, write to us and we open an investigation with the carrier.',
      ],
      de: [
        'Lieferzeiten nach Region',
        'Bestellungen verlassen unser Lager werktags innerhalb von 24 Stunden. Deutschland, Österreich: 1-3 Werktage (DHL, DPD, Hermes). Übrige EU: 3-6 Werktage. Vereinigtes Königreich: 2-4 Werktage. USA: 3-7 Werktage. Japan: 2-4 Werktage. Die Sendungsnummer steht in Ihrer Bestellung, sobald das Paket übergeben ist; der erste Scan kann bis zu 24 Stunden dauern. Bewegt sich die Sendungsverfolgung 5 Werktage lang nicht, schreiben Sie uns: Wir leiten einen Nachforschungsauftrag beim Versanddienstleister ein.',
      ],
      fr: [
        'Délais de livraison par région',
        'Les commandes partent de nos entrepôts sous 24 heures les jours ouvrés. France : 2-4 jours ouvrés (Colissimo, Chronopost). Reste de l’UE : 3-6 jours ouvrés. Royaume-Uni : 2-4 jours. États-Unis : 3-7 jours. Japon : 2-4 jours. Le numéro de suivi apparaît dans votre commande dès la remise au transporteur. Si le suivi n’évolue pas pendant 5 jours ouvrés, écrivez-nous : nous ouvrons une enquête auprès du transporteur.',
      ],
      ja: [
        '地域別のお届け日数',
        'ご注文は営業日24時間以内に倉庫から発送いたします。日本国内：2〜4営業日（ヤマト運輸、佐川急便、日本郵便）。EU：3〜6営業日。英国：2〜4営業日。米国：3〜7営業日。追跡番号は発送後すぐにご注文履歴に表示されます。最初の追跡情報の反映には最大24時間かかります。5営業日以上追跡情報が更新されない場合はご連絡ください。配送業者に調査を依頼いたします。',
      ],
      zh: [
        '各地区配送时效',
        '工作日下单后24小时内从仓库发货。中国大陆：2-4个工作日（顺丰、中通、京东物流）。欧盟：3-6个工作日。英国：2-4个工作日。美国：3-7个工作日。日本：2-4个工作日。包裹交给承运商后，订单中即可看到运单号，首次物流信息最多24小时内更新。如5个工作日物流无更新，请联系我们，我们将向承运商发起查询。',
      ],
    },
  },
  {
    slug: 'consumer-law-eu',
    intents: ['return', 'refund', 'damaged_or_wrong_item', 'cancel'],
    versions: {
      en: [
        'Your rights in the EU: 14-day withdrawal and 2-year guarantee',
        'Buying online in the EU you may withdraw from the contract within 14 days of delivery without giving a reason (Consumer Rights Directive 2011/83/EU); we refund within 14 days of your withdrawal, and may wait until the goods are back. Our own 30-day return period goes further. Every product also has a legal guarantee of conformity of at least 2 years (Directive (EU) 2019/771): if it is faulty, you are entitled to repair or replacement, and if that fails, to a price reduction or a refund. Within the first year a fault is presumed to have existed at delivery.',
      ],
      de: [
        'Ihre Rechte in der EU: 14 Tage Widerruf und 2 Jahre Gewährleistung',
        'Bei Online-Käufen in der EU können Sie den Vertrag innerhalb von 14 Tagen nach Erhalt der Ware ohne Angabe von Gründen widerrufen (Widerrufsrecht, §§ 312g, 355 BGB). Wir erstatten innerhalb von 14 Tagen nach dem Widerruf und dürfen warten, bis die Ware zurück ist. Unsere freiwillige Rückgabefrist von 30 Tagen geht darüber hinaus. Zusätzlich gilt die gesetzliche Gewährleistung von 2 Jahren: Bei einem Mangel haben Sie Anspruch auf Reparatur oder Ersatz, ersatzweise auf Minderung oder Rücktritt mit Erstattung. Im ersten Jahr wird vermutet, dass der Mangel schon bei Übergabe bestand.',
      ],
      fr: [
        'Vos droits dans l’UE : rétractation de 14 jours et garantie de 2 ans',
        'Pour un achat en ligne, vous disposez de 14 jours après la livraison pour vous rétracter sans motif ; nous remboursons sous 14 jours. La garantie légale de conformité de 2 ans s’applique à tous les produits : réparation ou remplacement, à défaut réduction du prix ou remboursement.',
      ],
    },
  },
  {
    slug: 'consumer-law-uk',
    intents: ['return', 'refund', 'damaged_or_wrong_item'],
    versions: {
      en: [
        'Your rights in the UK: 14-day cancellation and the Consumer Rights Act',
        'Under the Consumer Contracts Regulations 2013 you can cancel an online order within 14 days of delivery, and we refund within 14 days. Under the Consumer Rights Act 2015 goods must be of satisfactory quality, fit for purpose and as described: within 30 days you may reject a faulty item for a full refund; after that, you are entitled to a repair or replacement, and if that fails, to a refund or price reduction. For 6 months a fault is presumed to have been there at delivery.',
      ],
    },
  },
  {
    slug: 'consumer-law-us',
    intents: ['return', 'refund', 'delivery_time', 'where_is_my_order'],
    versions: {
      en: [
        'Your rights in the US: shipping times and warranties',
        'There is no general federal right to return goods bought online; our 30-day return policy applies to every order. Under the FTC Mail, Internet, or Telephone Order Merchandise Rule, we must ship within the time we state (or within 30 days if we state none); if we cannot, we tell you and you may cancel for a full refund. Written warranties follow the Magnuson-Moss Warranty Act, and state laws add implied warranties of merchantability.',
      ],
    },
  },
  {
    slug: 'consumer-law-jp',
    intents: ['return', 'refund', 'cancel'],
    versions: {
      en: [
        'Your rights in Japan: returns for online purchases',
        'The cooling-off period of the Act on Specified Commercial Transactions does not apply to online shopping. Instead, the seller must state its return conditions; if it states none, you may return goods within 8 days of delivery at your own cost. Our 30-day return policy applies, and faulty items are replaced or refunded at our cost.',
      ],
      ja: [
        '日本の消費者の権利：通信販売の返品',
        '通信販売には特定商取引法のクーリング・オフ制度は適用されません。販売業者は返品特約を表示する義務があり、表示がない場合は商品到着後8日以内であれば送料お客様負担で返品できます。当店では到着後30日以内の返品を承っており、不良品は当店負担で交換または返金いたします。',
      ],
    },
  },
  {
    slug: 'damaged-or-wrong-item',
    intents: ['damaged_or_wrong_item', 'complaint'],
    versions: {
      en: [
        'Damaged, faulty or wrong item',
        'If your parcel arrived damaged, the product is faulty or we sent the wrong item, send us a photo if you can. We ship a replacement the same day at no cost, or refund you if you prefer. You do not need to return the faulty item.',
      ],
      de: [
        'Beschädigter, defekter oder falscher Artikel',
        'Ist Ihr Paket beschädigt angekommen, der Artikel defekt oder haben wir den falschen Artikel geschickt, senden Sie uns wenn möglich ein Foto. Wir verschicken noch am selben Tag kostenlos Ersatz oder erstatten den Betrag, wenn Ihnen das lieber ist. Den defekten Artikel müssen Sie nicht zurücksenden.',
      ],
      zh: [
        '商品破损、故障或发错货',
        '如果包裹到货破损、商品有故障或发错了商品，请尽量拍照发给我们。我们当天免费补发，或按您的意愿退款，坏的商品无需寄回。',
      ],
    },
  },
  {
    slug: 'invoices',
    intents: ['invoice'],
    versions: {
      en: ['VAT invoices', 'A VAT invoice for every order is available in your account under "Your orders" as soon as the order ships. For a company invoice, send us the company name, address and VAT number; we reissue the invoice within one business day.'],
      de: ['Rechnungen mit MwSt.', 'Die Rechnung mit ausgewiesener MwSt. steht nach dem Versand in Ihrem Konto unter „Meine Bestellungen“. Für eine Firmenrechnung schicken Sie uns Firmenname, Anschrift und USt-IdNr.; wir stellen die Rechnung innerhalb eines Werktags neu aus.'],
    },
  },
];
