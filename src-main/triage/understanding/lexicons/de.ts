import type { LanguageLexicon } from './lexicon-types';

export const de: LanguageLexicon = {
  intents: {
    where_is_my_order: {
      strong: [
        'wo (ist|bleibt|sind|steckt) (denn )?(mein|meine|das|die|der|unser)',
        '(noch )?(nicht|nie|immer noch nicht|noch immer nicht) (bei mir )?(angekommen|geliefert|erhalten|zugestellt|eingetroffen|da|bekommen)',
        '(immer|noch immer|bis heute) (noch )?(nicht|kein|nichts)',
        'sendungsverfolgung|sendungsnummer|trackingnummer|tracking|paketverfolgung|verfolgungsnummer',
        'keine (lieferung|ware|sendung|nachricht zum (paket|versand))',
        'paket (ist )?(verloren|verschwunden|weg)|verloren gegangen',
        '(als )?zugestellt (markiert|angezeigt)|laut (dhl|hermes|dpd|ups|gls|tracking|sendungsverfolgung)',
        'status (meiner|der|von meiner) bestellung|bestellstatus',
        'warte (seit|immer|schon|noch)|warten (seit|schon)',
        'wann (kommt|kommen) (endlich|denn)',
        '(nichts|nix) (bekommen|erhalten|angekommen|da)',
        '(schon )?(unterwegs|verschickt|versendet|raus)\\?',
      ],
      weak: ['paket', 'lieferung', 'dhl', 'hermes', 'dpd', 'gls', 'ups', 'versendet', 'verschickt', 'bestellt'],
    },
    delivery_time: {
      strong: [
        'wie lange (dauert|braucht|brauchen|wird)',
        'lieferzeit|versanddauer|versandzeit|lieferdauer|laufzeit',
        'wann (wird|werden|wurde|kann|konnen|konnte|wurden) .{0,40}(versendet|verschickt|geliefert|da sein|ankommen|losgeschickt|zugestellt)',
        'wann (versenden|verschicken|liefern) sie',
        'liefern sie (auch )?(nach|in|ins)|versenden sie (auch )?(nach|in|ins)|versand (nach|in die|ins) ',
        'express(versand|lieferung)?|schneller(e|er)? (versand|lieferung)',
        'rechtzeitig|vor weihnachten|bis (zum|spatestens|nachste)|noch (vor|bis)',
        'voraussichtlich|lieferdatum|liefertermin',
      ],
      weak: ['wann', 'geburtstag', 'geschenk', 'versandkosten'],
    },
    refund: {
      strong: ['erstatt\\w*', 'ruckerstatt\\w*', 'rueckerstatt\\w*', 'geld (zuruck|zurueck|wieder)', 'mein geld', 'gutschrift', 'ruckzahlung', 'zuruck(ge)?zahl\\w*', 'betrag (zuruck|erstatt)', 'kaufpreis'],
    },
    return: {
      strong: ['(zuruck|zurueck)(schicken|senden|geben|gesendet|geschickt|zuschicken|zusenden)', 'ruck(sende|sendung)\\w*', 'ruecksend\\w*', 'retour\\w*', 'umtausch\\w*', 'widerruf\\w*', 'schicke (es|ihn|sie|das) zuruck', 'zuruckgeben', 'ruckporto|rucksendekosten'],
      weak: ['passt (leider )?nicht', 'zu (klein|gross|eng|weit|kurz|lang)', 'andere grosse', 'grosse (tauschen|wechseln)'],
    },
    cancel: {
      strong: ['storn\\w*', 'bestellung (abbrechen|zuruckziehen|annullieren|widerrufen)', 'nicht mehr (haben|brauchen|benotigen|kaufen)', 'versehentlich bestellt|aus versehen bestellt|doppelt bestellt|falsch bestellt', 'abbestell\\w*'],
    },
    change_address: {
      strong: [
        '(adresse|anschrift|lieferadresse|lieferanschrift) (andern|aendern|korrigieren|berichtigen|ist falsch|falsch|geandert|anpassen)',
        '(falsche|neue|andere|alte|unvollstandige) (adresse|anschrift|lieferadresse|hausnummer|postleitzahl)',
        'adressanderung|adressaenderung|umgezogen|umzug|ziehe (um|nachste)',
        'an (meine|die) (arbeit|firmenadresse|neue)',
        'packstation',
      ],
      weak: ['adresse', 'anschrift', 'hausnummer', 'postleitzahl', 'plz'],
    },
    damaged_or_wrong_item: {
      strong: [
        'kaputt\\w*', 'beschadigt\\w*', 'beschaedigt\\w*', 'defekt\\w*', 'zerbrochen', 'gebrochen', 'zerkratzt', 'kratzer', 'delle', 'eingedruckt', 'gerissen', 'ausgelaufen', 'zersprungen', 'zerstort',
        '(?<!(link|code|seite|webseite|app|nummer|gutschein|passwort) (\\w+ )?)funktioniert (nicht|garnicht|gar nicht|nicht mehr|kaum)|geht nicht (an|mehr)|geht nicht|lasst sich nicht|schaltet (sich )?nicht|ladt nicht',
        'falsche(n|s|r)? (artikel|grosse|farbe|ware|produkt|teil|modell|lieferung|buch|sache)',
        'fehlt|fehlen|fehlende|nicht (vollstandig|komplett)|unvollstandig',
        'anderes? (produkt|modell|teil|artikel|farbe)',
        'nicht (das|die|den),? (was|was ich|den ich|die ich) bestellt',
        'mangel\\w*',
        'stumm|kein ton|geist aufgegeben|tropft|leckt|lauft aus|wackelt',
        '(statt|anstatt|anstelle) .{0,30}(geliefert|bekommen|erhalten|geschickt|gekommen)|(geliefert|bekommen|erhalten|gekommen) .{0,20}(statt|anstatt)',
      ],
      weak: ['karton', 'verpackung', 'qualitat'],
    },
    invoice: {
      strong: ['rechnung\\w*', 'quittung', 'beleg', 'mwst|mehrwertsteuer|umsatzsteuer|ust', 'ust-?id', 'kaufbeleg'],
      weak: ['firma', 'buchhaltung', 'steuer'],
    },
    payment_problem: {
      strong: [
        '(doppelt|zweimal|2x|2 mal|mehrfach) (abgebucht|belastet|berechnet|bezahlt|abgezogen)',
        'abbuchung|abgebucht|belastung',
        '(karte|kreditkarte|zahlung).{0,30}(abgelehnt|nicht akzeptiert|fehlgeschlagen)',
        'zahlung (ist )?(fehlgeschlagen|nicht (durch|moglich|angekommen)|hangt|ausstehend|problem)',
        '(kann|konnte) nicht (bezahlen|zahlen)|bezahlen (geht|funktioniert) nicht',
        'paypal|uberweisung|lastschrift|klarna',
        'zu viel (berechnet|bezahlt|abgebucht)',
      ],
      weak: ['zahlung', 'bezahlt', 'bezahlen', 'kreditkarte', 'konto abgebucht'],
    },
    product_question: {
      strong: [
        'kompatibel|geeignet|passend fur|passt (das|der|die|es|er|sie) (auf|zu|in|fur|an)',
        '(auf lager|lieferbar|vorratig|verfugbar|wieder da|nachschub)',
        'welche (grosse|farbe|masse|abmessungen|version|spannung|leistung)',
        'abmessungen|masse|material|aus welchem|wie (gross|schwer|lang|breit|hoch) ist',
        'garantie|gewahrleistung',
        'vor dem kauf|bevor ich (bestelle|kaufe)|uberlege (zu kaufen|mir)',
        'gibt es (das|den|die|es|ihn|sie) (auch )?in',
        'frage zu(m)? (artikel|produkt|angebot)',
        '(ist|sind) (das|der|die|es|er|sie) (auch )?(wasserdicht|spulmaschinenfest|waschbar|original|neu)',
        'hat (das|der|die|es|er|sie) (auch )?(eine?n?|ein) ',
        'kann man (das|den|die|es|ihn|sie)',
        'passt .{0,30} (auf|zu|in|fur|an) (das|den|die|mein|meine|ein|eine|einen)',
        'gibt es .{0,30} (auch )?in',
        'wie (viel|schwer) wiegt|wiegt|gewicht',
        'wasserdicht|waschbar|spulmaschinenfest|atmungsaktiv|rutschfest',
      ],
      weak: ['grosse', 'farbe', 'frage'],
    },
    complaint: {
      strong: [
        'enttausch\\w*', 'enttaeusch\\w*', 'unzufrieden', 'beschwer\\w*', 'reklamation', 'unverschamt\\w*', 'frechheit', 'katastroph\\w*', 'miserabel', 'zumutung', 'armselig', 'unmoglich', 'skandal\\w*',
        'schlecht(e|er|en|es)? (qualitat|service|kundenservice|erfahrung|verpackung|kommunikation)',
        'billig(e|er|en)? (qualitat|verarbeitung|ware)',
        'nie wieder|nicht mehr bei (ihnen|euch)',
        '(schlechte|negative) bewertung|1 stern|einen stern',
        'betrug|betruger|abzocke|verarsch\\w*',
        'nicht wie beschrieben|entspricht nicht der beschreibung',
        'nicht zufrieden',
      ],
    },
    account: {
      strong: ['(kunden)?konto', 'account', 'passwort|kennwort', 'anmeld\\w*|einlogg\\w*|login|zugang|bestatigungscode|ausgesperrt|verifizierungscode', 'newsletter|abmelden|werbemails', 'e-?mail-?adresse (andern|aktualisieren)', 'dsgvo|meine daten|personenbezogene'],
    },
    thanks_no_reply: {
      strong: [
        '^(vielen |herzlichen |tausend )?dank(e)?( (schon|sehr|vielmals|nochmal))?[ !.:)]*$',
        '(vielen|herzlichen|besten) dank (fur|fuer) (die|ihre|eure|deine) (hilfe|schnelle|antwort|unterstutzung|muhe|info)',
        '(ist|sind|kam|kamen) (heute|gestern|heil|gut|wohlbehalten|doch noch|nun|jetzt|endlich)? ?(angekommen|eingetroffen|da)',
        'hat sich erledigt|erledigt sich|alles (gut|bestens|klar|in ordnung|prima|okay|ok)',
        'keine antwort (notig|nötig|erforderlich)|brauchen nicht (zu )?antworten',
        'problem (gelost|geloest|behoben)|funktioniert (jetzt|wieder|einwandfrei|super|prima)',
        'super (service|schnell)|sehr zufrieden|top (service|verkaufer)',
      ],
      weak: ['danke', 'dank', 'super', 'prima', 'perfekt', 'erhalten'],
    },
    other: {
      weak: ['grosshandel', 'kooperation', 'zusammenarbeit', 'influencer', 'lieferant', 'handler', 'angebot fur ihr', 'marketing', 'werbung', 'stelle', 'bewerbung', 'geschenkverpackung', 'ladengeschaft|laden in', 'gutschein'],
    },
  },
  positive: ['danke', 'dank', 'super', 'toll', 'perfekt', 'prima', 'zufrieden', 'freundlich', 'schnell', 'klasse', 'gut', 'wunderbar', 'hervorragend', 'freue', 'empfehle', 'lieb', 'top', 'spitze'],
  negative: [
    'kaputt', 'beschadigt', 'defekt', 'enttausch', 'unzufrieden', 'schlecht', 'leider', 'problem', 'falsch', 'arger', 'argerlich', 'nicht zufrieden', 'unverschamt', 'frechheit', 'katastroph',
    'mangel', 'reklamation', 'beschwer', 'verloren', 'fehlt', 'nie', 'immer noch', 'noch immer', 'sauer', 'wutend', 'schade', 'unmoglich', 'zumutung', 'betrug', 'niemand', 'keine antwort', 'fehler', 'zweimal', 'nix', 'nichts',
  ],
  anger: ['betrug\\w*', 'betruger', 'abzocke', 'verarsch\\w*', 'frechheit', 'unverschamt\\w*', 'wutend', 'sauer', 'zumutung', 'saftladen', 'scheiss\\w*', 'mist', 'lachhaft', 'dreist', 'diebe?', 'unfassbar', 'unglaublich', 'skandal\\w*', 'lugner|lugen'],
  frustration: [
    'immer noch', 'noch immer', 'schon wieder', 'wieder', 'bereits', 'schon (mehrfach|mehrmals|zweimal|dreimal|x mal)', '(zweite|dritte|vierte|x-te)(n|s)? (mal|nachricht|mail)', 'keine (antwort|reaktion|ruckmeldung)',
    'niemand (antwortet|meldet|reagiert)', 'seit (wochen|tagen|einem monat)', 'ignorier\\w*', 'langsam reicht|es reicht|satt', 'wie lange (noch|soll)',
  ],
  polite: ['konnten sie|konnen sie|wurden sie|mit freundlichen grussen|viele grusse|sehr geehrte|guten tag|hallo|liebe grusse|vielen dank im voraus'],
  escalation: [
    '(echten? |einem |mit einem )?menschen', 'echte(n)? person', '(mit )?(ihrem|einem|dem) (vorgesetzten|chef|manager|teamleiter|mitarbeiter)', 'vorgesetzte\\w*', 'geschaftsfuhr\\w*', 'verantwortliche\\w*',
    '(konto|account|kundenkonto) (loschen|kundigen|schliessen|deaktivieren)', '(losche|loschen sie|kundige|schliessen sie) (mein|das) (konto|account|kundenkonto)',
    'rufen sie mich (an|zuruck)|anruf|telefonisch',
    'anwalt|rechtsanwalt|rechtliche schritte|verbraucherzentrale|anzeige erstatten|strafanzeige|a-bis-z|a-z-garantie|ruckbuchung|chargeback|gericht',
  ],
};
