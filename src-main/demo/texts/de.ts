import type { LanguageTexts } from './types';

export const de: LanguageTexts = {
  greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hi,', 'Moin,', ''],
  signOffs: ['Viele Grüße\n{firstName}', 'Mit freundlichen Grüßen\n{firstName}', 'Danke!', 'LG {firstName}', 'Gruß'],
  opening: {
    where_is_my_order: [
      'ich habe vor {days} Tagen {product} bestellt (Bestellung {order}) und es ist immer noch nicht angekommen. Wo ist meine Bestellung?',
      'Die Sendungsverfolgung für Bestellung {order} zeigt seit Tagen nichts Neues. Können Sie nachsehen?',
      'Meine Bestellung {order} sollte längst da sein. Wann kommt das Paket?',
      'Gibt es Neuigkeiten zu {order}? Sendungsnummer {tracking} steht nur auf "in Zustellung".',
    ],
    refund: [
      'ich möchte mein Geld für Bestellung {order} zurück. {product} entspricht nicht der Beschreibung.',
      'bitte erstatten Sie mir den Betrag für {order}, ich habe den Artikel letzte Woche zurückgeschickt.',
      'Die Rückerstattung für Bestellung {order} ist immer noch nicht da, obwohl die Ware zurück ist.',
    ],
    return: [
      'wie kann ich {product} zurückschicken? Passt leider nicht. Bestellung {order}.',
      'ich möchte Bestellung {order} retournieren. Können Sie mir ein Rücksendeetikett schicken?',
      'Kann ich einen geöffneten Artikel zurückgeben? Bestellung {order}.',
    ],
    cancel: [
      'bitte stornieren Sie meine Bestellung {order}, ich habe mich in der Größe vertan.',
      'ich möchte die Bestellung {order} stornieren, bevor sie versendet wird.',
      'Kann ich {order} noch stornieren? Danke.',
    ],
    address_change: [
      'ich habe bei Bestellung {order} eine falsche Adresse angegeben. Können Sie die Lieferadresse ändern?',
      'Bitte ändern Sie die Lieferadresse für {order}, ich ziehe diese Woche um.',
      'Könnten Sie {order} an meine Arbeitsadresse schicken statt nach Hause?',
    ],
    damaged_item: [
      '{product} ist kaputt angekommen, der Karton war eingedrückt. Bestellung {order}.',
      'Ich habe heute Bestellung {order} erhalten und der Artikel ist beschädigt.',
      'Sie haben mir den falschen Artikel geschickt. Bestellt war {product}. Bestellung {order}.',
    ],
    invoice: [
      'könnten Sie mir bitte eine Rechnung mit ausgewiesener MwSt. für Bestellung {order} schicken?',
      'Ich brauche für {order} eine Rechnung auf meine Firma.',
      'Wo finde ich die Rechnung zu Bestellung {order}?',
    ],
    presale_question: [
      'passt {product} auch für das Samsung Galaxy S25? Ich würde zwei Stück bestellen.',
      'Wie lange dauert der Versand nach Österreich für {product}?',
      'Gibt es {product} auch in Schwarz? Und gibt es Mengenrabatt?',
    ],
    complaint: [
      'das ist jetzt schon das zweite Mal, dass meine Lieferung zu spät kommt. Bestellung {order}. Sehr enttäuschend.',
      '{product} funktioniert nach einer Woche nicht mehr. Das ist keine akzeptable Qualität.',
      'Auf meine letzte Nachricht zu {order} hat niemand geantwortet. Ich warte immer noch.',
    ],
    thanks: [
      'ist heute angekommen, vielen Dank! Bestellung {order}.',
      'Danke für die schnelle Hilfe, alles in Ordnung.',
      'Der Ersatz ist da, super Service. Keine Antwort nötig.',
    ],
  },
  angry: [
    'Das ist eine Frechheit!',
    'Ich will sofort mit einem Vorgesetzten sprechen.',
    'Wenn das heute nicht gelöst wird, gibt es eine schlechte Bewertung und ich melde das bei Amazon (A-bis-z-Garantie).',
    'Ich schreibe jetzt zum dritten Mal!!! Liest das überhaupt jemand?',
    'Unverschämt. Ich will mein Geld zurück, und zwar sofort.',
  ],
  followUp: [
    'Gibt es etwas Neues? Ich habe noch keine Antwort erhalten.',
    'Hallo? Ich warte immer noch auf eine Antwort zu {order}.',
    'Die Sendungsverfolgung hat sich immer noch nicht geändert. Was ist da los?',
  ],
  agentReply: {
    presale: ['Hallo {firstName}, ja, {product} ist auf Lager und wird innerhalb von 24 Stunden versendet. Die Lieferung dauert meist 5-8 Tage. Viele Grüße, {agent}'],
    tracking: [
      'Hallo {firstName}, Ihre Bestellung {order} ist mit {carrier} unterwegs, Sendungsnummer {tracking}. Sie sollte in {days} Tagen ankommen. Viele Grüße, {agent}',
      'Hallo {firstName}, danke für Ihre Geduld. Das Paket wurde an {carrier} übergeben (Sendungsnummer {tracking}). Freundliche Grüße, {agent}',
    ],
    refund: ['Hallo {firstName}, wir haben den vollen Betrag für Bestellung {order} erstattet. Die Gutschrift erscheint in 3-5 Werktagen. Viele Grüße, {agent}'],
    returns: ['Hallo {firstName}, Sie können den Artikel innerhalb von 30 Tagen zurücksenden. Das Rücksendeetikett finden Sie in Ihrem Konto bei Bestellung {order}. Viele Grüße, {agent}'],
    general: [
      'Hallo {firstName}, vielen Dank für Ihre Nachricht. Wir prüfen Bestellung {order} und melden uns innerhalb von 24 Stunden. Viele Grüße, {agent}',
      'Hallo {firstName}, es tut uns leid. Ich habe das an unser Lager weitergegeben und melde mich morgen. {agent}',
    ],
  },
  emailSubject: {
    where_is_my_order: 'Wo bleibt meine Bestellung?',
    refund: 'Rückerstattung',
    return: 'Rücksendung',
    cancel: 'Stornierung',
    address_change: 'Adressänderung',
    damaged_item: 'Artikel beschädigt',
    invoice: 'Rechnung benötigt',
    presale_question: 'Frage zum Produkt',
    complaint: 'Beschwerde',
    thanks: 'Danke',
  },
  amazonSubject: 'Anfrage von Amazon-Kunde {name} (Bestellung: {order})',
};
