import type { LanguageTexts } from './types';

export const it: LanguageTexts = {
  greetings: ['Buongiorno,', 'Salve,', 'Ciao,', 'Gentile venditore,', ''],
  signOffs: ['Cordiali saluti,\n{firstName}', 'Grazie,\n{firstName}', 'Saluti', 'Grazie mille!'],
  opening: {
    where_is_my_order: [
      'ho ordinato {product} {days} giorni fa (ordine {order}) e non è ancora arrivato. Dov’è il mio ordine?',
      'il tracciamento dell’ordine {order} è fermo da giorni. Potete controllare?',
      'il mio ordine {order} doveva già arrivare. Quando arriva il pacco?',
    ],
    refund: [
      'vorrei un rimborso per l’ordine {order}. {product} non corrisponde alla descrizione.',
      'per favore rimborsate l’ordine {order}, ho rispedito l’articolo la settimana scorsa.',
      'non ho ancora ricevuto il rimborso per l’ordine {order}.',
    ],
    return: [
      'come posso restituire {product}? Non va bene. Ordine {order}.',
      'vorrei fare il reso dell’ordine {order}. Mi mandate un’etichetta di reso?',
      'Posso restituire un articolo aperto? Ordine {order}.',
    ],
    cancel: ['per favore annullate il mio ordine {order}, ho sbagliato modello.', 'vorrei annullare l’ordine {order} prima della spedizione.', 'Posso ancora annullare {order}?'],
    address_change: [
      'ho sbagliato l’indirizzo nell’ordine {order}. Potete modificarlo?',
      'potreste cambiare l’indirizzo di spedizione di {order}? Mi trasferisco questa settimana.',
      'Spedite {order} all’indirizzo del mio ufficio, per favore.',
    ],
    damaged_item: [
      '{product} è arrivato rotto, la scatola era schiacciata. Ordine {order}.',
      'ho ricevuto oggi l’ordine {order} e l’articolo è danneggiato.',
      'mi avete mandato l’articolo sbagliato. Avevo ordinato {product}. Ordine {order}.',
    ],
    invoice: ['potete inviarmi una fattura con IVA per l’ordine {order}?', 'mi serve una fattura intestata alla mia azienda per {order}.', 'Dove scarico la fattura dell’ordine {order}?'],
    presale_question: ['{product} è compatibile con il Galaxy S24? Ne vorrei due.', 'Quanto tempo ci vuole per la spedizione in Sicilia di {product}?', '{product} c’è anche nero? Fate sconti per 5 pezzi?'],
    complaint: [
      'è la seconda volta che la consegna arriva in ritardo. Ordine {order}. Molto deluso.',
      '{product} ha smesso di funzionare dopo una settimana. Qualità inaccettabile.',
      'nessuno ha risposto al mio ultimo messaggio su {order}. Sto ancora aspettando.',
    ],
    thanks: ['arrivato oggi, grazie! Ordine {order}.', 'Grazie per l’aiuto veloce, tutto a posto.', 'È arrivata la sostituzione, ottimo servizio. Non serve rispondere.'],
  },
  angry: ['È una vergogna!', 'Voglio parlare con un responsabile SUBITO.', 'Se non risolvete oggi lascio una recensione negativa.', 'Terza volta che scrivo!!!'],
  followUp: ['Novità? Non ho ancora ricevuto risposta.', 'Salve? Aspetto ancora una risposta per {order}.', 'Il tracciamento è ancora fermo. Cosa succede?'],
  agentReply: {
    presale: ['Ciao {firstName}, sì, {product} è disponibile e parte entro 24 ore. La consegna richiede di solito 5-8 giorni. Saluti, {agent}'],
    tracking: ['Ciao {firstName}, il tuo ordine {order} è in viaggio con {carrier}, numero di tracciamento {tracking}. Dovrebbe arrivare entro {days} giorni. Saluti, {agent}'],
    refund: ['Ciao {firstName}, abbiamo rimborsato completamente l’ordine {order}. Lo vedrai entro 3-5 giorni lavorativi. Saluti, {agent}'],
    returns: ['Ciao {firstName}, puoi restituire l’articolo entro 30 giorni con l’etichetta nel tuo account (ordine {order}). Saluti, {agent}'],
    general: ['Ciao {firstName}, grazie per il messaggio. Stiamo verificando l’ordine {order} e ti rispondiamo entro 24 ore. Saluti, {agent}'],
  },
  emailSubject: {
    where_is_my_order: 'Dov’è il mio ordine?',
    refund: 'Richiesta di rimborso',
    return: 'Reso',
    cancel: 'Annullamento ordine',
    address_change: 'Cambio indirizzo',
    damaged_item: 'Articolo danneggiato',
    invoice: 'Fattura',
    presale_question: 'Domanda su un prodotto',
    complaint: 'Reclamo',
    thanks: 'Grazie',
  },
  amazonSubject: 'Richiesta dal cliente Amazon {name} (Ordine: {order})',
};
