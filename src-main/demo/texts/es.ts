import type { LanguageTexts } from './types';

export const es: LanguageTexts = {
  greetings: ['Hola,', 'Buenos días,', 'Buenas tardes,', 'Estimado vendedor,', ''],
  signOffs: ['Saludos,\n{firstName}', 'Gracias,\n{firstName}', 'Un saludo', '¡Gracias!'],
  opening: {
    where_is_my_order: [
      'pedí {product} hace {days} días (pedido {order}) y todavía no ha llegado. ¿Dónde está mi pedido?',
      'el seguimiento del pedido {order} no se mueve desde hace días. ¿Pueden revisarlo?',
      'mi pedido {order} ya debería haber llegado. ¿Cuándo llega el paquete?',
    ],
    refund: [
      'quiero un reembolso del pedido {order}. {product} no es como en la descripción.',
      'por favor, reembolsen el pedido {order}, devolví el artículo la semana pasada.',
      'todavía no he recibido el reembolso del pedido {order}.',
    ],
    return: [
      '¿cómo puedo devolver {product}? No me sirve. Pedido {order}.',
      'quiero devolver el pedido {order}. ¿Me pueden mandar una etiqueta de devolución?',
      '¿Se puede devolver un artículo abierto? Pedido {order}.',
    ],
    cancel: ['por favor, cancelen mi pedido {order}, me equivoqué de modelo.', 'quiero cancelar el pedido {order} antes de que lo envíen.', '¿Todavía puedo cancelar {order}?'],
    address_change: [
      'me equivoqué en la dirección del pedido {order}. ¿Pueden cambiarla?',
      '¿podrían cambiar la dirección de envío de {order}? Me mudo esta semana.',
      'Envíen {order} a la dirección de mi trabajo, por favor.',
    ],
    damaged_item: [
      '{product} llegó roto, la caja estaba aplastada. Pedido {order}.',
      'recibí el pedido {order} hoy y el artículo está dañado.',
      'me enviaron un artículo equivocado. Había pedido {product}. Pedido {order}.',
    ],
    invoice: ['¿me pueden enviar una factura con IVA del pedido {order}?', 'necesito una factura a nombre de mi empresa para {order}.', '¿Dónde descargo la factura del pedido {order}?'],
    presale_question: ['¿{product} es compatible con el iPhone 15? Quiero pedir dos.', '¿Cuánto tarda el envío a Canarias de {product}?', '¿Tienen {product} en negro? ¿Hay descuento por cantidad?'],
    complaint: [
      'es la segunda vez que mi pedido llega tarde. Pedido {order}. Muy decepcionado.',
      '{product} dejó de funcionar después de una semana. Esta calidad no es aceptable.',
      'nadie respondió a mi último mensaje sobre {order}. Sigo esperando.',
    ],
    thanks: ['¡Recibido hoy, muchas gracias! Pedido {order}.', 'Gracias por la ayuda tan rápida, todo bien.', 'Llegó el reemplazo, excelente servicio. No hace falta responder.'],
  },
  angry: ['¡Esto es una vergüenza!', 'Quiero hablar con un responsable YA.', 'Si no se soluciona hoy dejaré una valoración negativa.', '¡¡¡Es la tercera vez que escribo!!!'],
  followUp: ['¿Alguna novedad? Todavía no tengo respuesta.', '¿Hola? Sigo esperando respuesta sobre {order}.', 'El seguimiento sigue igual. ¿Qué pasa?'],
  agentReply: {
    presale: ['Hola {firstName}, sí, {product} está en stock y se envía en 24 horas. La entrega suele tardar 5-8 días. Saludos, {agent}'],
    tracking: ['Hola {firstName}, su pedido {order} va en camino con {carrier}, número de seguimiento {tracking}. Debería llegar en {days} días. Saludos, {agent}'],
    refund: ['Hola {firstName}, hemos reembolsado el pedido {order} por completo. Lo verá en 3-5 días hábiles. Saludos, {agent}'],
    returns: ['Hola {firstName}, puede devolver el artículo en un plazo de 30 días con la etiqueta de su cuenta (pedido {order}). Saludos, {agent}'],
    general: ['Hola {firstName}, gracias por su mensaje. Estamos revisando el pedido {order} y le responderemos en 24 horas. Saludos, {agent}'],
  },
  emailSubject: {
    where_is_my_order: '¿Dónde está mi pedido?',
    refund: 'Solicitud de reembolso',
    return: 'Devolución',
    cancel: 'Cancelar pedido',
    address_change: 'Cambio de dirección',
    damaged_item: 'Artículo dañado',
    invoice: 'Factura',
    presale_question: 'Pregunta sobre un producto',
    complaint: 'Reclamación',
    thanks: 'Gracias',
  },
  amazonSubject: 'Consulta del cliente de Amazon {name} (Pedido: {order})',
};
