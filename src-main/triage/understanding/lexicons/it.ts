import type { LanguageLexicon } from './lexicon-types';

export const it: LanguageLexicon = {
  intents: {
    where_is_my_order: {
      strong: [
        "dove (e|si trova|sono|e finito|e finita) (il|la|i|le|l'|mio|mia|miei|nostro)",
        "(non|ancora non|mai|non mi|non ho) (e |sono |mi e |ho )?(ancora )?(arrivat|ricevut|consegnat|pervenut)\\w*",
        'tracciamento|tracking|numero di (spedizione|tracciamento)|codice di tracciamento',
        'sto ancora aspettando|ancora (niente|nulla|in attesa|non)|aspetto (ancora|da)',
        'pacco (perso|smarrito|fermo|bloccato|sparito)',
        "stato (del|dell'|della) (ordine|spedizione|pacco)",
        '(risulta|segna|indica) (come )?consegnato',
        'nessuna (notizia|traccia)',
        "dov'e",
        '(e |sia )?(gia )?partit[oa]\\?|si e pers[oa]|aspetto dal',
      ],
      weak: ['pacco', 'spedizione', 'corriere', 'brt', 'gls', 'sda', 'poste', 'spedito', 'consegna'],
    },
    delivery_time: {
      strong: [
        'quanto (tempo|ci vuole|ci mette|ci impiega|impiega)',
        'tempi di (consegna|spedizione)|tempo di (consegna|spedizione)',
        'quando (arrivera|verra spedit|spedite|sara spedit|partira|lo spedite|me lo spedite|potrei riceverlo|arrivano)',
        'spedite (in|anche|a|verso)|spedizione (in|verso|per) (svizzera|sardegna|sicilia|san marino|austria)',
        'spedizione (express|veloce|rapida|espressa)|express',
        'entro (natale|il \\d|sabato|venerdi|la fine)|in tempo|prima di (natale|sabato|venerdi)',
        'data (di consegna|prevista|stimata)|giorni lavorativi',
      ],
      weak: ['quando', 'compleanno', 'regalo', 'costi di spedizione'],
    },
    refund: {
      strong: ['rimbors\\w*', 'soldi (indietro|restituiti)', 'restituzione (dei soldi|del denaro|dell.importo)', 'riavere (i miei soldi|i soldi|il denaro|l.importo)', 'riaccredit\\w*', 'i miei soldi'],
    },
    return: {
      strong: ['\\breso\\b', 'restituir\\w*', 'rendere', 'rispedir\\w*', 'etichetta (di|per il) reso', 'cambio (taglia|misura|colore|prodotto)', 'sostituir\\w*|sostituzione', 'recesso', 'rimand\\w* indietro', 'cambiar\\w* (con|in) (una |un )?(taglia|misura|colore|modello)'],
      weak: ['non mi (sta|va|entra)', 'troppo (piccol|grand|strett|larg|cort|lung)\\w*', 'altra taglia'],
    },
    cancel: {
      strong: ['annull\\w*', "cancellare (l'|il mio |il )?ordine", 'non (lo |la )?(voglio|desidero) piu', 'ordinato per errore|ordine (doppio|duplicato)|per sbaglio'],
    },
    change_address: {
      strong: [
        "(cambiare|modificare|correggere|aggiornare) (l'|il mio |mio )?indirizzo",
        'indirizzo (sbagliato|errato|nuovo|incompleto|vecchio|non corretto)',
        '(nuovo|altro|diverso) indirizzo',
        'mi sono trasferit\\w*|trasloco|trasferimento',
        '(cap|civico|numero civico|interno) (sbagliato|errato)',
        'ho sbagliato (il |l.)?(numero civico|civico|indirizzo|cap|interno|scala)',
        'punto di ritiro|(spedire|mandare|consegnare)\\w* .{0,25}(in|al|a) (ufficio|lavoro)',
        '(il )?cap e .{0,12}non',
      ],
      weak: ['indirizzo', 'civico', 'citofono'],
    },
    damaged_or_wrong_item: {
      strong: [
        'rott\\w*', 'danneggiat\\w*', 'difettos\\w*', 'graffiat\\w*', 'ammaccat\\w*', 'crepat\\w*', 'spaccat\\w*', 'rovinat\\w*', 'perde (acqua|liquido)',
        'non funziona|smesso di funzionare|non si accende|non si carica|non parte|guast\\w*',
        'sbagliat\\w*|errat\\w*',
        "(articolo|prodotto|taglia|colore|modello|pezzo) (divers|sbagliat|errat)\\w*",
        'manca(no|va)?|mancant\\w*|incomplet\\w*',
        "non e (quello|quella|cio) che ho (ordinato|comprato)",
        'gocciol\\w*|perso (tutto )?(il )?liquido|non suona|invece (di|del|della) .{0,30}(arrivat|ricevut)\\w*',
        'divers(o|a) (da|dalla|dalle) (foto|descrizione|immagine|quello)',
      ],
      weak: ['scatola', 'imballo', 'qualita'],
    },
    invoice: {
      strong: ['fattur\\w*', 'ricevuta', '\\biva\\b', 'partita iva', 'codice fiscale', 'scontrino'],
      weak: ['azienda', 'ditta', 'societa'],
    },
    payment_problem: {
      strong: [
        '(addebitat|pagat|scalat)\\w* (due volte|2 volte|doppio|tre volte|in piu)',
        'doppio (addebito|pagamento)|addebito (doppio|non autorizzato|errato)',
        'pagamento (rifiutato|non (e )?andato|fallito|doppio|in sospeso|non riuscito|bloccato)',
        'carta (rifiutata|non accettata|bloccata)',
        'non riesco a (pagare|completare|concludere)',
        'paypal|bonifico|satispay|scalapay',
      ],
      weak: ['pagamento', 'addebito', 'carta'],
    },
    product_question: {
      strong: [
        'compatibil\\w*',
        'disponibil\\w*|in magazzino|tornera disponibile',
        'quale (taglia|misura|colore|materiale|versione)',
        'misure|dimensioni|materiale|di che materiale',
        'garanzia',
        'prima di (acquistare|ordinare|comprare)',
        'adatt\\w*|funziona con|va bene per',
        'e (impermeabile|lavabile|originale|nuovo)',
        'domanda (sul|sulla|su questo|riguardo)',
        "c'e anche in|ce l'avete in|anche in (grigio|nero|bianco|rosso|blu|verde)|quanto pesa|peso|impermeabile|lavabile",
        'va bene per|sta su|entra in',
        'e possibile (usarlo|usarla|averlo|averla)',
      ],
      weak: ['taglia', 'colore', 'domanda'],
    },
    complaint: {
      strong: [
        'delus\\w*', 'deludente', 'inaccettabile', 'vergogn\\w*', 'reclam\\w*', 'lamentel\\w*', 'pessim\\w*', 'schifo', 'scadente', 'assurdo', 'indecente', 'vergognoso',
        'mai piu',
        'truff\\w*',
        'recensione negativa|una stella|1 stella|feedback negativo',
        'non conforme|non corrisponde (alla|alle) (descrizione|foto)',
        'servizio (clienti )?(pessimo|scadente|inesistente)|disastro',
        'non (sono )?(soddisfatt|content)\\w*|insoddisfatt\\w*',
      ],
    },
    account: {
      strong: ['(il mio |l.)?account', 'profilo', 'password', 'accedere|accesso|login|loggarmi', 'disiscri\\w*|newsletter|cancellarmi', '(cambiare|modificare) (la mia |l.)?(e-?mail|indirizzo e-?mail)', 'dati personali|gdpr|privacy'],
    },
    thanks_no_reply: {
      strong: [
        '^(grazie)( mille| tante| infinite| di tutto| ancora)?[ !.:)]*$',
        'grazie (mille |tante )?(per|dell.|della) (l.aiuto|aiuto|la risposta|la disponibilita|la rapidita|la gentilezza|la pazienza)',
        '(ricevuto|arrivato|arrivata|arrivati) (oggi|ieri|tutto|perfettamente|in perfette condizioni|finalmente)',
        'tutto (ok|bene|perfetto|a posto|risolto)',
        'problema risolto|(ora|adesso) funziona|risolto tutto',
        'non (serve|c.e bisogno di) (rispondere|risposta)',
        'molto (soddisfatt|content)\\w*|ottimo (servizio|venditore)',
      ],
      weak: ['grazie', 'perfetto', 'ottimo', 'gentilissimi'],
    },
    other: {
      weak: ['ingrosso', 'collaborazione', 'partnership', 'influencer', 'fornitore', 'distributore', 'rivenditore', 'pubblicita', 'marketing', 'lavoro', 'proposta', 'confezione regalo|pacchetto regalo', 'negozio fisico', 'codice sconto|buono sconto'],
    },
  },
  positive: ['grazie', 'perfetto', 'ottimo', 'soddisfatt', 'content', 'gentil', 'veloce', 'rapid', 'eccellente', 'bravi', 'consiglio', 'fantastico', 'bellissim', 'felice'],
  negative: [
    'rott', 'danneggiat', 'difettos', 'delus', 'inaccettabile', 'problema', 'pessim', 'purtroppo', 'non (sono )?(soddisfatt|content)', 'ancora non', 'non ancora', 'reclamo', 'truffa', 'perso', 'manca',
    'ritardo', 'mai', 'preoccupat', 'arrabbiat', 'stufo', 'stufa', 'nessuno', 'nessuna risposta', 'vergogna', 'schifo', 'scadente', 'errore', 'due volte', 'niente', 'nulla',
  ],
  anger: ['truff\\w*', 'ladri?', 'vergogn\\w*', 'schifo', 'arrabbiatissim\\w*', 'furios\\w*', 'incazzat\\w*', 'cazz\\w*', 'merda', 'presa in giro|prendendo in giro', 'incompetent\\w*', 'bugiard\\w*', 'ridicol\\w*', 'assurdo', 'inaccettabile'],
  frustration: [
    'ancora', 'di nuovo', 'gia (scritto|chiesto|contattato)', '(seconda|terza|quarta) (volta|mail|richiesta)', 'nessuna risposta|senza risposta|non (mi )?rispondete|non risponde nessuno',
    'nessuno (mi )?risponde', 'da (settimane|giorni|un mese)', 'stufo|stufa|stanco|stanca', 'quanto (tempo )?ancora', 'ignorat\\w*',
  ],
  polite: ['potreste|potete|cordiali saluti|distinti saluti|gentili|buongiorno|salve|grazie in anticipo'],
  escalation: [
    '(un |una |essere )?umano', 'persona (reale|vera|in carne)', 'parlare con (qualcuno|una persona|un|il|la|un responsabile)', 'responsabile', 'supervisore', 'direttore|direzione', 'manager', 'superiore',
    "(chiudere|eliminare|cancellare|disattivare) (il mio |l')?account", 'chiamatemi|mi chiami|richiamatemi|telefonicamente',
    'avvocat\\w*', 'denunc\\w*', 'vie legali|azione legale', 'codacons|altroconsumo|associazione (dei )?consumatori', 'garanzia dalla a alla z|a-z', 'polizia postale',
  ],
};
