import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { toIndexText, toMatchQuery } from '../../../src-main/search/search-text';
import { HIT_END, HIT_START, highlightSnippet } from '../../../src-main/search/snippet';
import { createSearchService } from '../../../src-main/services/search/search-service';
import { addAccount, message } from '../helpers/fixtures';

const BODIES: Record<string, string> = {
  de: 'Wo ist meine Bestellung? Die Sendungsverfolgung zeigt nichts an.',
  fr: 'Bonjour, je voudrais un remboursement pour la commande, le colis est arrivé abîmé.',
  zh: '你好，我想申请退款，物流信息一直没有更新。订单号123-4567890-1234567',
  ja: 'こんにちは。商品が届きません。返品と返金をお願いします。',
  ja2: '配送状況を確認したいです。データベースの件ではありません。',
  en: 'Where is my order? The tracking number does not work.',
};

let db: Db;
const ids: Record<string, number> = {};

beforeAll(() => {
  db = openDatabase(':memory:');
  addAccount(db, 1);
  const ingest = createIngestPipeline(db);
  for (const [key, body] of Object.entries(BODIES)) ingest.ingestMessages([message({ externalId: key, bodyText: body, subject: 'Order' })]);
  for (const row of db.prepare('SELECT id, external_id FROM messages').all() as { id: number; external_id: string }[]) ids[row.external_id] = row.id;
});

const search = (q: string) => createSearchService(db).searchMessages(q, 50).map((h) => Object.keys(ids).find((k) => ids[k] === h.messageId));

describe('search text', () => {
  it('splits CJK runs into bigrams with the last character alone, leaves Latin text as it is', () => {
    expect(toIndexText('退款申请')).toBe(' 退款 款申 申请 请 ');
    expect(toIndexText('Hello 世界!')).toBe('Hello  世界 界 !');
  });

  it('quotes every word so user text cannot inject FTS5 syntax', () => {
    expect(toMatchQuery('refund OR NEAR(')).toBe('"refund" AND "OR" AND "NEAR("*');
    expect(toMatchQuery('say "hi"')).toBe('"say" AND """hi"""*');
    expect(toMatchQuery('  ?? !! ')).toBeNull();
  });
});

describe('message search', () => {
  it('finds Latin words, case- and accent-insensitively, with a prefix on the last word', () => {
    expect(search('bestellung')).toEqual(['de']);
    expect(search('abime')).toEqual(['fr']);
    expect(search('REMBOURSEMENT')).toEqual(['fr']);
    expect(search('track')).toEqual(['en']);
    expect(search('order tracking')).toEqual(['en']);
  });

  it('finds two-character Chinese and Japanese words (which a trigram index cannot)', () => {
    expect(search('退款')).toEqual(['zh']);
    expect(search('物流')).toEqual(['zh']);
    expect(search('返品')).toEqual(['ja']);
    expect(search('返金')).toEqual(['ja']);
  });

  it('finds longer CJK words as phrases, and single characters', () => {
    expect(search('物流信息')).toEqual(['zh']);
    expect(search('データベース')).toEqual(['ja2']);
    expect(search('届きません')).toEqual(['ja']);
    expect(search('信息没有')).toEqual([]);
    expect(search('届')).toEqual(['ja']);
  });

  it('matches CJK next to digits and all words of a mixed query', () => {
    expect(search('订单号123')).toEqual(['zh']);
    expect(search('退款 物流')).toEqual(['zh']);
    expect(search('退款 bestellung')).toEqual([]);
  });

  it('returns a snippet with the hits marked', () => {
    const [hit] = createSearchService(db).searchMessages('退款', 5);
    expect(hit!.snippet).toContain(`${HIT_START}退款${HIT_END}`);
    expect(highlightSnippet('a'.repeat(300) + ' needle here', ['needle'])).toMatch(/^….*\uE000needle\uE001 here$/);
  });
});
