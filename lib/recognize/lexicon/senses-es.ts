import { list } from './list';
import type { SenseRule } from './types';

/**
 * Spanish words with everyday senses: "plata" is money across Latin America and a medal
 * everywhere, "plomo" the bullets of "plata o plomo", "indio" a person far more often than
 * indium, "cromo" a football sticker in Spain, "platino" a record or an award.
 */
export const SENSES_ES: readonly SenseRule[] = [
  {
    words: ['plata'],
    prior: -0.5,
    phrases: list(`
      mucha plata | poca plata | tanta plata | harta plata | sin plata | más plata | menos plata |
      hacer plata | ganar plata | plata dulce | plata fácil | plata negra | plata del Estado |
      plata de los contribuyentes | la plata de la gente | poner plata | meter plata | pedir plata |
      juntar plata | no hay plata | plata que alcance | plata no alcanza | bodas de plata |
      Río de la Plata | Mar del Plata | La Plata`),
    topical: {
      sport: list(`
        medalla de plata | medallas de plata | presea de plata | preseas de plata | se colgó la plata |
        colgarse la plata | se llevó la plata | ganó la plata | ganó plata | obtuvo la plata |
        conquistó la plata | oro, plata y bronce | plata y bronce | Copa de Plata | Bota de Plata |
        Balón de Plata`),
      'conflict and crime': list(`plata o plomo`),
    },
    before: [
      [
        /\b(?:collar(?:es)?|anillos?|aretes?|pendientes|pulseras?|cadenas?|monedas?|lingotes?|barras?|joyas?|joyería|cubiertos|vajillas?|piezas?|artesanías?|filigrana)\s+de\s+$/i,
        3,
        'una joya o moneda de plata',
      ],
    ],
    after: [
      [
        /^\s+(?:sube|subió|baja|bajó|cae|cayó|avanza|avanzó|retrocede|retrocedió|cotiza\w*|repunta\w*|alcanz[aó]\w*)\b/i,
        2.5,
        'el precio de la plata',
      ],
    ],
  },
  {
    words: ['plomo'],
    prior: -0.3,
    phrases: list(`pies de plomo | gris plomo | caer a plomo | cayó a plomo | como plomo | sin plomo`),
    topical: {
      'conflict and crime': list(
        `plata o plomo | lluvia de plomo | llovió plomo | años de plomo | plomo en el ala`,
      ),
    },
    before: [
      [
        /\b(?:intoxicación|envenenamiento|contaminación|exposición|niveles|intoxicados|envenenados)\s+(?:por|con|de|al|a)\s+(?:el\s+)?$/i,
        4,
        'intoxicación por plomo',
      ],
    ],
    after: [
      [
        /^\s+(?:en (?:la )?sangre|en el agua|en el suelo|y (?:el )?zinc|y cinc)\b/i,
        4,
        'plomo en sangre, plomo y zinc',
      ],
    ],
  },
  // Mostly the metals in news; the dataset flags them for colours, names and the Virgin of El Cobre.
  { words: ['cobalto'], prior: 2, topical: { 'colour and fashion': list(`azul cobalto | azul-cobalto`) } },
  {
    words: ['cobre'],
    prior: 2,
    phrases: list(`Virgen del Cobre | Caridad del Cobre | Santuario del Cobre`),
    topical: { 'colour and fashion': list(`color cobre | tono cobre`) },
  },
  {
    words: ['indio'],
    prior: -1.5,
    phrases: list(`pueblo indio | indio americano | Océano Índico`),
    before: [[/\b(?:óxido|fosfuro|telururo|seleniuro)\s+de\s+$/i, 4, 'un compuesto del metal']],
  },
  { words: ['tulio'], prior: -2, phrases: list(`Marco Tulio`) },
  {
    words: ['cromo'],
    prior: -0.5,
    topical: { sport: list(`un cromo | cromo del Mundial`) },
    before: [[/\b(?:ferro|acero al|acero inoxidable y)\s+$/i, 3, 'una forma del metal']],
    after: [[/^\s+(?:hexavalente|trivalente|metálico)\b/i, 3, 'una forma del metal']],
  },
  { words: ['boro'], prior: -0.3 },
  {
    words: ['platino'],
    prior: -0.3,
    phrases: list(
      `tarjeta platino | cliente platino | socio platino | categoría platino | patrocinador platino | bodas de platino | Jubileo de Platino`,
    ),
    topical: {
      'music and film': list(`
        disco de platino | discos de platino | doble platino | triple platino | Premios Platino |
        premio Platino | certificación de platino | certificado platino | disco platino`),
      'colour and fashion': list(`rubia platino | rubio platino`),
    },
  },
  { words: ['fósforo'], prior: -0.5, phrases: list(`un fósforo | fósforo blanco`) },
  { words: ['flúor'], prior: -0.3, topical: { 'health and food': list(`pasta con flúor | con flúor`) } },
  { words: ['potasio'], prior: -0.3 },
  { words: ['tántalo'], prior: -1.5, phrases: list(`suplicio de Tántalo | suplicio de tántalo`) },
  { words: ['galio'], prior: 0.5 },
  { words: ['se'], prior: -0.5, before: [[/\b(?:la|La|de la|a la|por la|con la)\s+$/, 2, 'la SE']] },
  { words: ['precio mínimo', 'piso de precios', 'subproducto'], prior: -0.2 },
  // "Arancel" is a trade tax in most news, but in Chile and Argentina also a university or notary fee.
  {
    words: ['arancel', 'aranceles'],
    prior: 0.5,
    phrases: list(`
      arancel universitario | aranceles universitarios | arancel de la universidad |
      arancel de matrícula | aranceles de matrícula | arancel notarial | aranceles notariales |
      arancel diferenciado | arancel de referencia | gratuidad y aranceles`),
  },
  // "Comisión" sola es la de la UE solo si la oración lo dice: un nombre propio después
  // ("Comisión Federal de Electricidad", "Comisión de Derechos Humanos") es otra comisión.
  {
    words: ['comisión'],
    prior: -2.5,
    after: [
      [
        /^\s+(?:[A-ZÁÉÍÓÚÑ]|(?:de|del|para|sobre)\s+(?:la\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚÑ])/,
        -6,
        'otra comisión',
      ],
      [
        /^[^.!?;]*\b(?:UE|Unión Europea|Bruselas|bloque europeo|Estados miembros)\b/,
        4.5,
        'palabras de la UE cerca',
      ],
    ],
    before: [
      [
        /\b(?:UE|Unión Europea|Bruselas|bloque europeo|Estados miembros)\b[^.!?;]*$/,
        4.5,
        'palabras de la UE cerca',
      ],
    ],
  },
  {
    words: ['reserva estratégica', 'almacenamiento estratégico'],
    phrases: list(
      `reserva estratégica de petróleo | reserva estratégica de crudo | reserva estratégica de gas`,
    ),
  },
];
