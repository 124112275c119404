import type { LanguageLexicon } from './lexicon-types';

export const fr: LanguageLexicon = {
  intents: {
    where_is_my_order: {
      strong: [
        'ou (est|en est|sont|se trouve) (ma|mon|mes|le|la|les|notre)',
        "(n'?(est|ai|avons|a)|ne m'?est) (toujours |jamais |encore )?(pas|rien|jamais) (encore )?(arrive|recu|ete livre|livre|parvenu)",
        '(pas|jamais|toujours pas|rien) (encore )?(recu|arrive|livre|parvenu)',
        'suivi|numero de (suivi|colis)|tracking',
        'colis (perdu|bloque|egare|introuvable|n.est|n.a)',
        'toujours (rien|pas|en attente|aucune)',
        "j'attends (toujours|encore|depuis|mon|ma)|en attente de (mon|ma|la)",
        '(marque|indique|affiche) (comme )?livre|livre (mais|alors que)',
        '(statut|etat|suivi) de (ma|la|mon) commande',
        'aucune nouvelle',
        '(est|sont) (deja )?(partie?s?|expediee?s?|envoyee?s?)( \\?|\\?)',
      ],
      weak: ['colis', 'livraison', 'colissimo', 'chronopost', 'la poste', 'mondial relay', 'dpd', 'ups', 'expedie', 'envoye'],
    },
    delivery_time: {
      strong: [
        'delais? (de )?(livraison|d.expedition|d.envoi)',
        'combien de (temps|jours|semaines)',
        'sous combien de',
        'quand (sera|va|allez|serait|est-ce que|pensez-vous|partira|arrivera)',
        'livrez[- ]vous|vous livrez (en|au|a|aux|dans)|expediez[- ]vous|livraison (en|au|vers|pour la|pour le) (belgique|suisse|france|canada|luxembourg|corse|dom)',
        'express|livraison (rapide|accelere)',
        'avant (noel|le \\d|la fin|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)|a temps|a temps pour',
        'date (de livraison|d.arrivee|prevue|estimee)',
      ],
      weak: ['quand', 'anniversaire', 'cadeau', 'frais de port'],
    },
    refund: {
      strong: ['rembours\\w*', 'mon argent', "(un |mon )?avoir", 'recredit\\w*', 'etre rembourse'],
    },
    return: {
      strong: ['retourn\\w*', 'renvoy\\w*', 'renvoi', 'etiquette (de|du) retour', '\\bretour\\b', 'echang\\w*', 'retractation'],
      weak: ['ne (me )?va pas', 'trop (petit|grand|serre|large|court|long)', 'autre taille'],
    },
    cancel: {
      strong: ['annul\\w*', 'ne (veux|souhaite|voulons) plus', 'commande (par erreur|en double|deux fois)', 'stopper (la|ma) commande', "change d'avis"],
    },
    change_address: {
      strong: [
        "(changer|modifier|corriger|mettre a jour|rectifier) (l'|mon |d'|votre |ton |ma |une )?adresse",
        '(mauvaise|nouvelle|autre|ancienne) adresse',
        'adresse (de livraison )?(erronee|incorrecte|fausse|incomplete|errone|n.est pas la bonne)',
        'demenag\\w*',
        '(erreur|faute) (dans|sur) (l.adresse|le code postal|le numero)',
        '(numero de rue|code postal|numero d.appartement|etage) .{0,20}(et non|pas|au lieu)',
        '(livrer|envoyer|expedier|livre) .{0,25}(a mon|au|en) (bureau|travail|point relais)',
      ],
      weak: ['adresse', 'code postal', 'point relais'],
    },
    damaged_or_wrong_item: {
      strong: [
        'casse\\w*', 'endommag\\w*', 'abime\\w*', 'defectu\\w*', 'en panne', 'raye\\w*', 'fissure\\w*', 'brise\\w*', 'dechire\\w*', 'ecrase\\w*', 'fuit|fuite',
        'ne (fonctionne|marche|s.allume|charge|se connecte) (pas|plus)',
        '(mauvais|mauvaise) (article|produit|modele|taille|couleur|reference|piece|livre)',
        "il manque|manqu\\w*|incomplet",
        "pas (le bon|la bonne|ce que j'ai commande|celui que)|n'est pas (le bon|la bonne|ce que)",
        "(different|differente) (de|du) (la photo|l'annonce|la description|ce que)",
        'non conforme',
        'au lieu (de|du|des) .{0,30}|ne (fait|sort) plus (de )?(son|rien)|ne s.allume (pas|plus)|coule|goutte',
      ],
      weak: ['carton', 'emballage', 'qualite'],
    },
    invoice: {
      strong: ['factur\\w*', '\\btva\\b', 'justificatif', 'note de frais', 'siret|numero de tva'],
      weak: ['entreprise', 'societe', 'comptab\\w*'],
    },
    payment_problem: {
      strong: [
        '(debite|preleve|facture|paye|payee) (deux fois|2 fois|en double|trois fois|deux)',
        'double (paiement|debit|prelevement)',
        'paiement (refuse|echoue|bloque|n.est pas passe|n.a pas fonctionne|en double|en attente|ne passe pas)',
        '(carte|carte bancaire|cb).{0,30}(refusee|rejetee|bloquee)',
        '(impossible|pas pu|n.arrive pas a|je n.arrive pas a) (de )?(payer|regler|valider (le|mon) paiement|finaliser)',
        'paypal|virement|prelevement',
        'montant (debite|preleve|incorrect)',
      ],
      weak: ['paiement', 'payer', 'carte bancaire', 'debit'],
    },
    product_question: {
      strong: [
        'compatible\\w*',
        '(en stock|disponible|dispo|reapprovisionn\\w*)',
        'quelle (taille|couleur|dimension|matiere|tension|puissance|version)',
        'dimensions|mesures|matiere|en quoi est|fait en',
        'garantie',
        "avant (d'acheter|de commander|de passer commande)",
        'convient|adapte (a|au|pour)|fonctionne avec|marche avec',
        "est-ce que (ce|cet|cette|le|la|il|elle|ca|l')",
        'existe(-t-il| t il)? .{0,30}en',
        'pese|poids|garanti\\w*|impermeable|lavable|va-t-elle sur|va-t-il sur|compatible avec',
        'question sur (le|cet|ce|votre) (produit|article)',
      ],
      weak: ['taille', 'couleur', 'question'],
    },
    complaint: {
      strong: [
        'decu\\w*', 'decev\\w*', 'inadmissible', 'inacceptable', 'scandal\\w*', 'honteu\\w*', 'honte', 'plainte', 'reclamation', 'mecontent\\w*', 'lamentable', 'deplorable', 'catastroph\\w*',
        '(mauvaise|piètre|piètre) (qualite|experience|service)|qualite (mediocre|nulle|deplorable)|service (client )?(nul|inexistant|deplorable|lamentable)',
        'plus jamais|jamais plus',
        'arnaque\\w*|escroc\\w*|voleur\\w*',
        '(avis|commentaire|evaluation) negati\\w*|une etoile|1 etoile',
        'mensong\\w*|pas (conforme a la|comme sur la) (description|photo)',
        'pas (du tout )?(satisfaite?|contente?)',
      ],
    },
    account: {
      strong: ['(mon |votre |le )?compte', 'mot de passe', 'identifiant', 'connexion|(me |se )connecter', 'newsletter|desinscri\\w*|desabonn\\w*', '(changer|modifier) (mon |l.)?(e-?mail|adresse e-?mail|adresse mail)', 'adresse (e-?)?mail', 'rgpd|donnees personnelles|mes donnees'],
    },
    thanks_no_reply: {
      strong: [
        '^(merci)( beaucoup| bien| infiniment| mille fois| encore)?[ !.:)]*$',
        'merci (beaucoup |bien |infiniment )?(pour|de) (votre|la|ton|l.|vos) (aide|reponse|rapidite|retour|gentillesse)',
        'bien recu|(est|sont) (bien )?arrive(e|s|es)? (aujourd.hui|hier|ce matin|en bon etat|a bon port)?|j.ai (bien )?recu (le colis|la commande|mon colis|ma commande|l.article)',
        "c'est (bon|parfait|regle|ok|resolu)|tout est (bon|ok|parfait|en ordre|rentre dans l.ordre)",
        'probleme (resolu|regle)|fonctionne (maintenant|parfaitement|tres bien)',
        'pas besoin de (repondre|reponse)|inutile de repondre',
        'tres satisfait|ravie?|super service|vendeur (serieux|au top)',
      ],
      weak: ['merci', 'parfait', 'super', 'genial', 'top'],
    },
    other: {
      weak: ['grossiste', 'en gros', 'partenariat', 'collaboration', 'influenceu\\w*', 'fournisseur', 'revendeur', 'prospect', 'publicite', 'marketing', 'candidature', 'emploi', 'emballage cadeau', 'boutique physique|magasin physique', 'bon d.achat|code promo'],
    },
  },
  positive: ['merci', 'parfait', 'super', 'genial', 'ravi', 'satisfait', 'content', 'excellent', 'top', 'rapide', 'bravo', 'impeccable', 'recommande', 'gentil', 'bien', 'aimable', 'formidable'],
  negative: [
    'casse', 'endommag', 'abime', 'defectu', 'decu', 'decev', 'inadmissible', 'inacceptable', 'mecontent', 'probleme', 'mauvais', 'malheureusement', 'pas (content|satisfait)', 'toujours pas', 'honte',
    'scandal', 'arnaque', 'nul', 'plainte', 'reclamation', 'perdu', 'manque', 'retard', 'jamais', 'inquiet', 'agace', 'enerve', 'furieu', 'lamentable', 'personne', 'aucune reponse', 'erreur', 'deux fois', 'rien',
  ],
  anger: ['arnaque\\w*', 'escroc\\w*', 'voleu?r?\\w*', 'vol\\b', 'honteu\\w*', 'scandal\\w*', 'furieu\\w*', 'inadmissible', 'foutez|foutre|foutu', 'merde', 'n.importe quoi', 'incompetent\\w*', 'menteu\\w*', 'mentez', 'ridicule', 'se moquer|vous moquez', 'enerve\\w*', 'inacceptable'],
  frustration: [
    'toujours (pas|rien|aucune)', 'encore (une fois)?', 'deja', '(deuxieme|troisieme|quatrieme|2e|3e|2eme|3eme) (fois|message|relance|mail)', 'relance\\w*', 'aucune (reponse|nouvelle)', 'sans (reponse|nouvelles)',
    'personne ne (repond|me repond)', 'depuis (des semaines|des jours|un mois|\\d+ (jours|semaines))', 'ras le bol|marre|fatigue', 'combien de temps encore', 'ignor\\w*',
  ],
  polite: ['pourriez-vous|pouvez-vous|cordialement|bien a vous|madame|bonjour|merci d.avance|je vous remercie'],
  escalation: [
    '(un |une )?(etre )?humain\\w*', 'vraie personne|personne reelle', '(parler|parle|discuter) (a|avec) (un|une|quelqu|votre|le|la)', 'responsable', 'superviseur', 'manager', 'directeur|direction', 'votre (chef|superieur)',
    '(supprimer|fermer|cloturer|resilier|desactiver) (mon |le )?compte', 'appelez-moi|m.appeler|me rappeler|rappelez-moi',
    'avocat', 'action en justice|poursuites?|tribunal|justice', 'dgccrf|ufc|60 millions|que choisir|mediateur|litige', 'opposition (bancaire|aupres de ma banque)', 'garantie a (a|à) z',
  ],
};
