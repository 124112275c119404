import type { LanguageTexts } from './types';

export const fr: LanguageTexts = {
  greetings: ['Bonjour,', 'Bonjour Madame, Monsieur,', 'Salut,', 'Bonsoir,', ''],
  signOffs: ['Cordialement,\n{firstName}', 'Merci d’avance,\n{firstName}', 'Bien à vous', 'Merci !', 'Bonne journée,\n{firstName}'],
  opening: {
    where_is_my_order: [
      'j’ai commandé {product} il y a {days} jours (commande {order}) et je n’ai toujours rien reçu. Où est ma commande ?',
      'le suivi de la commande {order} n’avance plus depuis plusieurs jours. Pouvez-vous vérifier ?',
      'ma commande {order} aurait dû arriver. Quand vais-je recevoir le colis ?',
    ],
    refund: [
      'je souhaite être remboursé pour la commande {order}. {product} ne correspond pas à la description.',
      'merci de rembourser la commande {order}, j’ai renvoyé l’article la semaine dernière.',
      'je n’ai toujours pas reçu mon remboursement pour {order} alors que le colis vous est revenu.',
    ],
    return: [
      'comment puis-je retourner {product} ? Il ne convient pas. Commande {order}.',
      'je voudrais renvoyer la commande {order}. Pouvez-vous m’envoyer une étiquette de retour ?',
      'Est-il possible de retourner un article ouvert ? Commande {order}.',
    ],
    cancel: [
      'merci d’annuler ma commande {order}, je me suis trompé de modèle.',
      'je voudrais annuler la commande {order} avant l’expédition.',
      'Puis-je encore annuler {order} ?',
    ],
    address_change: [
      'j’ai fait une erreur dans l’adresse de la commande {order}. Pouvez-vous la modifier ?',
      'pourriez-vous changer l’adresse de livraison de {order} ? Je déménage cette semaine.',
      'Merci d’envoyer {order} à mon adresse professionnelle plutôt qu’à mon domicile.',
    ],
    damaged_item: [
      '{product} est arrivé cassé, le carton était écrasé. Commande {order}.',
      'j’ai reçu la commande {order} aujourd’hui et l’article est abîmé.',
      'vous m’avez envoyé le mauvais article. J’avais commandé {product}. Commande {order}.',
    ],
    invoice: [
      'pourriez-vous m’envoyer une facture avec TVA pour la commande {order} ?',
      'j’ai besoin d’une facture au nom de ma société pour {order}.',
      'Où puis-je télécharger la facture de la commande {order} ?',
    ],
    presale_question: [
      '{product} est-il compatible avec le Pixel 9 ? J’hésite à en commander deux.',
      'Quel est le délai de livraison en Belgique pour {product} ?',
      '{product} existe-t-il en noir ? Faites-vous une remise pour 5 pièces ?',
    ],
    complaint: [
      'c’est la deuxième fois que ma livraison est en retard. Commande {order}. Très déçu.',
      '{product} ne fonctionne plus après une semaine. Ce n’est pas une qualité acceptable.',
      'personne n’a répondu à mon dernier message concernant {order}. J’attends toujours.',
    ],
    thanks: ['bien reçu aujourd’hui, merci ! Commande {order}.', 'Merci pour votre aide rapide, tout est en ordre.', 'Le remplacement est arrivé, super service. Pas besoin de répondre.'],
  },
  angry: [
    'C’est inadmissible !',
    'Je veux parler à un responsable immédiatement.',
    'Si ce n’est pas réglé aujourd’hui, je laisse un avis négatif et j’ouvre une réclamation.',
    'Troisième message !!! Il y a quelqu’un ?',
  ],
  followUp: ['Des nouvelles ? Je n’ai toujours pas de réponse.', 'Bonjour ? J’attends toujours une réponse pour {order}.', 'Le suivi n’a toujours pas bougé. Que se passe-t-il ?'],
  agentReply: {
    presale: ['Bonjour {firstName}, oui, {product} est en stock et part sous 24 heures. La livraison prend en général 5 à 8 jours. Cordialement, {agent}'],
    tracking: [
      'Bonjour {firstName}, votre commande {order} est en route avec {carrier}, numéro de suivi {tracking}. Elle devrait arriver sous {days} jours. Cordialement, {agent}',
    ],
    refund: ['Bonjour {firstName}, nous avons remboursé intégralement la commande {order}. Le montant apparaîtra sous 3 à 5 jours ouvrés. Cordialement, {agent}'],
    returns: ['Bonjour {firstName}, vous pouvez retourner l’article sous 30 jours avec l’étiquette disponible dans votre compte (commande {order}). Cordialement, {agent}'],
    general: ['Bonjour {firstName}, merci pour votre message. Nous vérifions la commande {order} et revenons vers vous sous 24 heures. Cordialement, {agent}'],
  },
  emailSubject: {
    where_is_my_order: 'Où est ma commande ?',
    refund: 'Demande de remboursement',
    return: 'Retour',
    cancel: 'Annulation de commande',
    address_change: 'Changement d’adresse',
    damaged_item: 'Article endommagé',
    invoice: 'Demande de facture',
    presale_question: 'Question sur un produit',
    complaint: 'Réclamation',
    thanks: 'Merci',
  },
  amazonSubject: 'Demande du client Amazon {name} (Commande : {order})',
};
