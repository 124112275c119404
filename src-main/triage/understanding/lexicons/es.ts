import type { LanguageLexicon } from './lexicon-types';

export const es: LanguageLexicon = {
  intents: {
    where_is_my_order: {
      strong: [
        'donde (esta|estan|se encuentra|anda|queda) (mi|mis|el|la|los|nuestro)',
        '(no|aun no|todavia no|nunca|sin) (me )?(ha|han|he|hemos)? ?(llegado|recibido|llego|recibi|entregado)',
        'no (me )?(llega|llego|ha llegado|han llegado)',
        'seguimiento|numero de (seguimiento|envio|rastreo)|tracking|rastreo',
        'sigo esperando|sigo sin|seguimos esperando',
        'todavia (no|nada|sin)|aun (no|nada|sin)',
        'paquete (perdido|extraviado|no|parado|atascado)',
        'estado (de mi|del|de el) (pedido|envio|paquete)',
        '(marcado|aparece|figura|pone) como entregado',
        'ni rastro',
        'llevo (\\d+ )?(dias|semanas)? ?esperando|llevo esperando',
        '(ya )?(ha )?salido( ya)?( el pedido)?\\?|ya (lo )?habeis enviado',
      ],
      weak: ['paquete', 'envio', 'correos', 'seur', 'mrw', 'gls', 'nacex', 'enviado', 'entrega'],
    },
    delivery_time: {
      strong: [
        'cuanto (tiempo|tarda|tardan|tardara|demora|se demora)',
        'plazo (de )?(entrega|envio)|tiempo (de|del) (entrega|envio)|(en )?cuantos dias',
        'cuando (llegara|lo enviaran|se enviara|enviaran|me llegara|lo mandan|sale|saldra|lo recibire|podria recibir)',
        '(envian|envias|enviais|mandan|hacen envios) (a|al|tambien a)|envio (a|al|hacia) (canarias|baleares|portugal|mexico|andorra)',
        'envio (urgente|express|rapido|24)|express',
        'antes (de|del) (navidad|reyes|el \\d|fin de semana|sabado|viernes|lunes)|a tiempo',
        'fecha (de entrega|estimada|prevista)|dias habiles',
      ],
      weak: ['cuando', 'cumpleanos', 'regalo', 'gastos de envio'],
    },
    refund: {
      strong: ['reembols\\w*', 'devolucion del (dinero|importe)', 'devuelvan (el|mi) dinero|devolver (el|mi) dinero|devuelvan el importe', 'mi dinero', 'reintegr\\w*', 'abono', '(ver|recibir|devolver) el dinero|el dinero'],
    },
    return: {
      strong: ['devolver', 'devolucion', 'devuelvo|devolverlo|devolverla|devolverlos', 'etiqueta (de|para la) devolucion', 'cambiar(lo|la)? (por|la talla|el color|de talla)', 'cambio de (talla|color|producto)', 'desistimiento'],
      weak: ['no me (queda|vale|sirve|entra)', '(muy|demasiado) (pequen|grande|estrech|ancho|cort|larg)\\w*', 'otra talla'],
    },
    cancel: {
      strong: ['cancel\\w*', 'anul\\w*', 'ya no (lo |la |los )?(quiero|necesito)', 'pedido (por error|duplicado|dos veces)|pedi por error|compre por error', 'me he equivocado al pedir'],
    },
    change_address: {
      strong: [
        '(cambiar|modificar|corregir|actualizar) (la |mi )?direccion',
        'direccion (incorrecta|equivocada|erronea|mal|nueva|antigua|incompleta)',
        '(otra|nueva|mala) direccion',
        'me he mudado|me mude|mudanza|me mudo',
        '(codigo postal|numero de la calle|piso|portal|puerta) (esta )?(mal|incorrecto|equivocado)',
        'me he equivocado (en|con) (el|la) (piso|portal|numero|calle|direccion|codigo postal)',
        'punto de recogida|(enviar|mandar|entregar)\\w* .{0,25}(a mi|en mi|a la) (oficina|trabajo)',
      ],
      weak: ['direccion', 'codigo postal'],
    },
    damaged_or_wrong_item: {
      strong: [
        'rot(o|a|os|as)', 'danad\\w*', 'estropead\\w*', 'defectuos\\w*', 'rayad\\w*', 'golpead\\w*', 'abollad\\w*', 'roto', 'partid(o|a)', 'agrietad\\w*', 'rajad\\w*', 'pierde (agua|liquido)',
        'no funciona|dejo de funcionar|ha dejado de funcionar|no enciende|no carga|no arranca|no va',
        '(talla|color|modelo|articulo|producto|pieza|libro) (equivocad|incorrect|erroneo|distint|diferente)\\w*',
        'equivocad\\w*',
        'falta(n|ba|ban)?|incomplet\\w*',
        'no es (lo que|el que|la que) (pedi|compre|encargue)',
        'diferente (a|al|de) (la foto|lo que|la descripcion|la imagen)',
        'dej(o|aron|a) de funcionar|no suena|gotea|se ha salido|se salio|derram\\w*|en vez de .{0,30}(llego|ha llegado|me llego)',
      ],
      weak: ['caja', 'embalaje', 'calidad'],
    },
    invoice: {
      strong: ['factura\\w*', 'recibo', '\\biva\\b', '\\bnif\\b|\\bcif\\b', 'justificante (de compra|de pago)'],
      weak: ['empresa', 'autonomo', 'contabilidad'],
    },
    payment_problem: {
      strong: [
        '(cobrado|cobrais|cobraron|cargado|pagado) (dos veces|doble|de mas|2 veces)',
        'cobro (doble|duplicado|de mas|indebido)|doble cobro|cargo (doble|duplicado|indebido)',
        'me (han|habeis|has) cobrado',
        'pago (rechazado|fallido|duplicado|pendiente|no (se ha|ha) (realizado|procesado|pasado)|denegado)',
        'tarjeta (rechazada|denegada|bloqueada)',
        'no (puedo|me deja|consigo) (pagar|finalizar|completar el pago)',
        'paypal|transferencia|bizum',
      ],
      weak: ['pago', 'cobro', 'tarjeta', 'cargo'],
    },
    product_question: {
      strong: [
        'compatible\\w*',
        'tienen (en|stock|disponible)|(en|hay) stock|disponible\\w*|volvera a estar',
        'que (talla|medidas|material|color|tamano|voltaje|version)',
        'medidas|dimensiones|material|de que esta hecho',
        'garantia',
        'antes de (comprar|pedir|hacer el pedido)',
        'sirve para|vale para|funciona con|es apto',
        'es (resistente|impermeable|original|nuevo|lavable)',
        'pregunta sobre (el|este|su) (producto|articulo)',
        'viene con|incluye',
        '(la |lo |las |los )?tene(is|mos|n) en (gris|negro|blanco|rojo|azul|verde|rosa|beige|otro color|otra talla)',
        'pesa|peso|lleva (bateria|pilas)|impermeable|lavable',
      ],
      weak: ['talla', 'color', 'pregunta'],
    },
    complaint: {
      strong: [
        'decepcion\\w*', 'inaceptable', 'vergonzoso|verguenza', 'queja\\w*', 'reclamacion\\w*', 'pesim\\w*', 'fatal', 'horrible', 'lamentable', 'indignad\\w*', 'impresentable',
        'mala (calidad|experiencia|atencion|suerte)|mal servicio|malisimo|desastre',
        'nunca (mas|volvere)|no volvere',
        'estafa\\w*|timo|ladrones',
        '(opinion|valoracion|resena) negativa|una estrella|1 estrella',
        'no (es|era) como (en|la) (foto|descripcion|imagen)',
        'no estoy (nada )?(content[oa]|satisfech[oa])|insatisfech\\w*',
      ],
    },
    account: {
      strong: ['(mi |la )?cuenta', 'contrasena', 'iniciar sesion|acceder|no puedo entrar', 'darme de baja|newsletter|boletin|publicidad', '(cambiar|modificar) (mi )?(correo|email|e-mail)', 'datos personales|rgpd|mis datos'],
    },
    thanks_no_reply: {
      strong: [
        '^(muchas |mil )?gracias( por todo| de nuevo| otra vez)?[ !.:)]*$',
        'gracias por (la|su|tu|vuestra) (ayuda|respuesta|rapidez|atencion|gestion)',
        'ya (me )?(llego|ha llegado|lo (he )?recibido|lo recibi|tengo)|recibido(,)? gracias|(llego|ha llegado) (hoy|ayer|perfecto|en perfecto estado|bien)',
        'todo (bien|perfecto|correcto|ok|solucionado)',
        'problema (resuelto|solucionado)|ya (esta|quedo) (resuelto|solucionado)|ya funciona',
        'no hace falta (responder|contestar)|no es necesario (responder|contestar)',
        'muy (contento|satisfecho|contenta|satisfecha)|encantad\\w*',
      ],
      weak: ['gracias', 'perfecto', 'genial', 'estupendo'],
    },
    other: {
      weak: ['al por mayor', 'mayorista', 'colaboracion', 'influencer', 'proveedor', 'distribuidor', 'publicidad', 'marketing', 'empleo', 'propuesta', 'envoltorio de regalo|papel de regalo|envolver para regalo', 'tienda fisica', 'cupon|codigo de descuento'],
    },
  },
  positive: ['gracias', 'perfecto', 'genial', 'estupendo', 'contento', 'satisfecho', 'encantad', 'excelente', 'rapido', 'amable', 'bien', 'recomiendo', 'maravill', 'fenomenal'],
  negative: [
    'roto', 'danad', 'defectuos', 'decepcion', 'inaceptable', 'problema', 'mal', 'mala', 'pesim', 'fatal', 'horrible', 'desgraciadamente', 'lamentablemente', 'no estoy (contento|satisfecho)', 'todavia no',
    'aun no', 'queja', 'reclamacion', 'estafa', 'perdido', 'falta', 'retraso', 'nunca', 'preocupad', 'molest', 'enfadad', 'harto', 'nadie', 'sin respuesta', 'error', 'dos veces', 'nada',
  ],
  anger: ['estafa\\w*', 'estafador\\w*', 'ladron\\w*', 'robo', 'timo', 'vergonzoso|verguenza', 'indignad\\w*', 'furios\\w*', 'enfadadisim\\w*', 'mierda', 'joder', 'cabreado\\w*', 'una burla', 'tomando el pelo', 'incompetentes?', 'mentiros\\w*', 'inaceptable'],
  frustration: [
    'todavia', 'aun no', 'otra vez', 'de nuevo', 'ya (os|les|le|te) (escribi|he escrito|dije)', '(segunda|tercera|cuarta) (vez|mensaje|correo)', 'sin respuesta|ninguna respuesta|no (me )?(responden|contestan|contestais)',
    'nadie (me )?(responde|contesta)', 'desde hace (semanas|dias|un mes)', 'harto|harta|cansad\\w*', 'cuanto (tiempo )?mas', 'ignor\\w*',
  ],
  polite: ['podrian|podeis|podriais|un saludo|saludos|estimad|buenos dias|buenas tardes|hola|gracias de antemano'],
  escalation: [
    '(un |una |ser )?humano', 'persona (real|de verdad)', 'hablar con (alguien|una persona|un|el|la|su|vuestro|tu)', 'encargado', 'supervisor', 'responsable', 'gerente', 'jefe|superior',
    '(cerrar|eliminar|borrar|dar de baja|cancelar) (mi |la )?cuenta', 'llamad(me)?|llamame|llamenme|por telefono',
    'abogad\\w*', 'denuncia\\w*', 'consumo|omic|facua|\\bocu\\b', 'hoja de reclamaciones', '(accion|acciones|via) (legal|legales|judicial)', 'garantia de la a a la z',
  ],
};
