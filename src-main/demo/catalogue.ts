// The demo seller: a small cross-border shop selling phone accessories and gadgets on Amazon
// (seven marketplaces), eBay (two sites), its own Shopify store, and answering email.
import type { Channel } from '../../src-shared/domain/types';
import type { DemoLanguage } from './texts';

export interface DemoAccount {
  id: number;
  channel: Channel;
  name: string;
  marketplace: string | null;
  address: string | null;
  currency: string;
  country: string;
  /** Buyer languages on this account, with weights. */
  languages: readonly (readonly [DemoLanguage, number])[];
  /** Share of all conversations. */
  weight: number;
  /** Amazon relay-address domain / the region's carriers. */
  relayDomain?: string;
  region: 'us' | 'uk' | 'de' | 'fr' | 'it' | 'es' | 'jp' | 'cn' | 'intl';
  orderPrefix?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { id: 1, channel: 'amazon', name: 'Amazon US', marketplace: 'amazon.com', address: null, currency: 'USD', country: 'US', languages: [['en', 9], ['es', 1]], weight: 14, relayDomain: 'marketplace.amazon.com', region: 'us', orderPrefix: '11' },
  { id: 2, channel: 'amazon', name: 'Amazon UK', marketplace: 'amazon.co.uk', address: null, currency: 'GBP', country: 'GB', languages: [['en', 1]], weight: 8, relayDomain: 'marketplace.amazon.co.uk', region: 'uk', orderPrefix: '20' },
  { id: 3, channel: 'amazon', name: 'Amazon DE', marketplace: 'amazon.de', address: null, currency: 'EUR', country: 'DE', languages: [['de', 9], ['en', 1]], weight: 14, relayDomain: 'marketplace.amazon.de', region: 'de', orderPrefix: '30' },
  { id: 4, channel: 'amazon', name: 'Amazon FR', marketplace: 'amazon.fr', address: null, currency: 'EUR', country: 'FR', languages: [['fr', 9], ['en', 1]], weight: 8, relayDomain: 'marketplace.amazon.fr', region: 'fr', orderPrefix: '40' },
  { id: 5, channel: 'amazon', name: 'Amazon IT', marketplace: 'amazon.it', address: null, currency: 'EUR', country: 'IT', languages: [['it', 1]], weight: 6, relayDomain: 'marketplace.amazon.it', region: 'it', orderPrefix: '40' },
  { id: 6, channel: 'amazon', name: 'Amazon ES', marketplace: 'amazon.es', address: null, currency: 'EUR', country: 'ES', languages: [['es', 1]], weight: 6, relayDomain: 'marketplace.amazon.es', region: 'es', orderPrefix: '40' },
  { id: 7, channel: 'amazon', name: 'Amazon JP', marketplace: 'amazon.co.jp', address: null, currency: 'JPY', country: 'JP', languages: [['ja', 1]], weight: 9, relayDomain: 'marketplace.amazon.co.jp', region: 'jp', orderPrefix: '50' },
  { id: 8, channel: 'ebay', name: 'eBay US', marketplace: 'ebay.com', address: null, currency: 'USD', country: 'US', languages: [['en', 1]], weight: 8, region: 'us' },
  { id: 9, channel: 'ebay', name: 'eBay DE', marketplace: 'ebay.de', address: null, currency: 'EUR', country: 'DE', languages: [['de', 1]], weight: 6, region: 'de' },
  { id: 10, channel: 'shopify', name: 'Shopify store', marketplace: 'brightgear.shop', address: 'brightgear.myshopify.com', currency: 'USD', country: 'US', languages: [['en', 5], ['fr', 1], ['de', 1], ['zh', 2]], weight: 9, region: 'intl' },
  { id: 11, channel: 'email', name: 'Support email', marketplace: null, address: 'support@brightgear.shop', currency: 'CNY', country: 'CN', languages: [['en', 5], ['zh', 4], ['de', 1], ['ja', 1]], weight: 12, region: 'cn' },
];

/** Product titles per buyer language, with a price in USD cents (converted per currency). */
export const PRODUCTS: readonly { sku: string; usd: number; title: Record<DemoLanguage, string> }[] = [
  { sku: 'CASE-MAG-16', usd: 1999, title: { en: 'MagSafe phone case', de: 'MagSafe-Handyhülle', fr: 'coque MagSafe', es: 'funda MagSafe', it: 'cover MagSafe', ja: 'MagSafe対応スマホケース', zh: 'MagSafe手机壳' } },
  { sku: 'CHG-65W', usd: 3499, title: { en: '65W USB-C charger', de: '65-W-USB-C-Ladegerät', fr: 'chargeur USB-C 65 W', es: 'cargador USB-C de 65 W', it: 'caricatore USB-C 65W', ja: '65W USB-C充電器', zh: '65W USB-C充电器' } },
  { sku: 'CBL-2M', usd: 1299, title: { en: 'braided USB-C cable (2 m)', de: 'geflochtenes USB-C-Kabel (2 m)', fr: 'câble USB-C tressé (2 m)', es: 'cable USB-C trenzado (2 m)', it: 'cavo USB-C intrecciato (2 m)', ja: 'USB-Cケーブル（2m）', zh: 'USB-C编织数据线（2米）' } },
  { sku: 'LED-STRIP-5', usd: 2599, title: { en: 'LED light strip 5 m', de: 'LED-Streifen 5 m', fr: 'ruban LED 5 m', es: 'tira LED de 5 m', it: 'striscia LED 5 m', ja: 'LEDテープライト5m', zh: '5米LED灯带' } },
  { sku: 'KIT-SCALE', usd: 1899, title: { en: 'digital kitchen scale', de: 'digitale Küchenwaage', fr: 'balance de cuisine numérique', es: 'báscula de cocina digital', it: 'bilancia da cucina digitale', ja: 'デジタルキッチンスケール', zh: '电子厨房秤' } },
  { sku: 'EAR-PRO', usd: 4999, title: { en: 'wireless earbuds', de: 'kabellose Ohrhörer', fr: 'écouteurs sans fil', es: 'auriculares inalámbricos', it: 'auricolari wireless', ja: 'ワイヤレスイヤホン', zh: '无线耳机' } },
  { sku: 'STAND-AL', usd: 2299, title: { en: 'aluminium laptop stand', de: 'Laptopständer aus Aluminium', fr: 'support d’ordinateur en aluminium', es: 'soporte de aluminio para portátil', it: 'supporto in alluminio per laptop', ja: 'アルミノートPCスタンド', zh: '铝合金笔记本支架' } },
  { sku: 'PB-20K', usd: 3999, title: { en: '20,000 mAh power bank', de: 'Powerbank 20.000 mAh', fr: 'batterie externe 20 000 mAh', es: 'batería externa de 20.000 mAh', it: 'power bank 20.000 mAh', ja: 'モバイルバッテリー20000mAh', zh: '20000毫安充电宝' } },
  { sku: 'GLASS-2P', usd: 999, title: { en: 'screen protector (2 pack)', de: 'Panzerglas (2 Stück)', fr: 'verre trempé (lot de 2)', es: 'protector de pantalla (2 uds.)', it: 'vetro temperato (2 pezzi)', ja: 'ガラスフィルム（2枚入り）', zh: '钢化膜（2片装）' } },
  { sku: 'MOUNT-CAR', usd: 1599, title: { en: 'magnetic car mount', de: 'magnetische Kfz-Halterung', fr: 'support voiture magnétique', es: 'soporte magnético para coche', it: 'supporto magnetico per auto', ja: 'マグネット車載ホルダー', zh: '磁吸车载支架' } },
];

/** Minor units per USD cent: JPY has no minor unit, so 1999 US cents ≈ 2,999 yen. */
export const PRICE_FACTOR: Record<string, number> = { USD: 1, GBP: 0.8, EUR: 0.93, JPY: 1.5, CNY: 7.2 };

export interface Carrier {
  name: string;
  tracking: (digits: (n: number) => string, alnum: (n: number) => string) => string;
}

const upper = (s: string) => s.toUpperCase();
export const CARRIERS: Record<DemoAccount['region'], readonly Carrier[]> = {
  us: [
    { name: 'USPS', tracking: (d) => `9400${d(18)}` },
    { name: 'UPS', tracking: (d, a) => `1Z${upper(a(6))}${d(10)}` },
    { name: 'FedEx', tracking: (d) => d(12) },
    { name: 'Yanwen', tracking: (d) => `UG${d(9)}YP` },
  ],
  uk: [
    { name: 'Royal Mail', tracking: (d) => `RN${d(9)}GB` },
    { name: 'Evri', tracking: (d) => `H0${d(14)}` },
  ],
  de: [
    { name: 'DHL', tracking: (d) => `00340434${d(12)}` },
    { name: 'DPD', tracking: (d) => `0${d(13)}` },
    { name: 'Hermes', tracking: (d) => `H10${d(17)}` },
  ],
  fr: [
    { name: 'Colissimo', tracking: (d) => `6A${d(11)}` },
    { name: 'Chronopost', tracking: (d) => `XY${d(9)}FR` },
  ],
  it: [
    { name: 'Poste Italiane', tracking: (d) => `RR${d(9)}IT` },
    { name: 'BRT', tracking: (d) => d(15) },
  ],
  es: [
    { name: 'Correos', tracking: (d) => `PQ${d(8)}ES` },
    { name: 'SEUR', tracking: (d) => d(14) },
  ],
  jp: [
    { name: 'ヤマト運輸', tracking: (d) => d(12) },
    { name: '佐川急便', tracking: (d) => d(12) },
    { name: '日本郵便', tracking: (d) => `${d(4)}-${d(4)}-${d(4)}` },
  ],
  cn: [
    { name: 'Cainiao', tracking: (d) => `LP00${d(12)}` },
    { name: '4PX', tracking: (d) => `4PX30${d(11)}CN` },
    { name: 'SF Express', tracking: (d) => `SF${d(13)}` },
  ],
  intl: [
    { name: 'Yanwen', tracking: (d) => `UG${d(9)}YP` },
    { name: 'Cainiao', tracking: (d) => `LP00${d(12)}` },
    { name: 'DHL eCommerce', tracking: (d) => `GM${d(16)}` },
  ],
};

/** The people on the demo team; the first one is "me". */
export const DEMO_AGENTS = [
  { name: 'Li Wei', email: 'li.wei@brightgear.shop', role: 'admin', languages: ['zh', 'en'] },
  { name: 'Anna Becker', email: 'anna@brightgear.shop', role: 'agent', languages: ['de', 'en'] },
  { name: 'Sato Yuki', email: 'yuki@brightgear.shop', role: 'agent', languages: ['ja', 'en'] },
  { name: 'Lucía Romero', email: 'lucia@brightgear.shop', role: 'agent', languages: ['es', 'it', 'fr', 'en'] },
  { name: 'Zhang Min', email: 'zhang.min@brightgear.shop', role: 'agent', languages: ['zh', 'en'] },
] as const;

export const DEMO_TEAMS = [
  { name: 'EU', members: [1, 2, 4] },
  { name: 'Japan', members: [3] },
  { name: 'Night shift', members: [5, 1] },
] as const;

export const DEMO_TAGS = ['urgent refund', 'VIP', 'late delivery', 'damaged', 'invoice', 'pre-sale', 'complaint', 'A-to-z risk'];
