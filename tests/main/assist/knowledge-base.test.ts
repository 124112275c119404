import { beforeEach, describe, expect, it } from 'vitest';
import { createCannedLibrary } from '../../../src-main/assist/canned/canned-library';
import { exportHelpSite } from '../../../src-main/assist/knowledge/export-html';
import { createGapReport } from '../../../src-main/assist/knowledge/gap-report';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src-main/assist/knowledge/knowledge-base';
import { seedDemoArticles } from '../../../src-main/assist/knowledge/seed-articles';
import { createSuggestionEngine } from '../../../src-main/assist/suggestions/suggestion-engine';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { addAccount, message } from '../helpers/fixtures';

let db: Db;
let kb: KnowledgeBase;
beforeEach(() => {
  db = openDatabase(':memory:');
  kb = createKnowledgeBase(db, () => 1_000);
  seedDemoArticles(kb);
});

const slugs = (query: string, language?: string) => kb.search(query, { language }).map((h) => `${h.article.slug}/${h.article.language}`);

describe('knowledge-base search', () => {
  it('finds articles by Latin words, accents or not, title first', () => {
    expect(slugs('Rücksendung', 'de')[0]).toBe('returns-policy/de');
    expect(slugs('rucksendung', 'de')[0]).toBe('returns-policy/de');
    expect(slugs('withdrawal guarantee', 'en')).toEqual(['consumer-law-eu/en']);
    expect(slugs('delivery times', 'en')[0]).toBe('delivery-times/en');
    expect(slugs('Japan', 'en')).toEqual(expect.arrayContaining(['consumer-law-jp/en', 'delivery-times/en']));
  });

  it('finds Chinese and Japanese articles by two-character words and longer phrases', () => {
    expect(slugs('退款', 'zh')).toContain('returns-policy/zh');
    expect(slugs('物流', 'zh')).toEqual(['delivery-times/zh']);
    expect(slugs('返品', 'ja')).toEqual(expect.arrayContaining(['returns-policy/ja', 'consumer-law-jp/ja']));
    expect(slugs('クーリング・オフ', 'ja')).toEqual(['consumer-law-jp/ja']);
    expect(slugs('配送时效', 'zh')).toEqual(['delivery-times/zh']);
  });

  it('keeps to the asked language, and finds across languages when none is asked', () => {
    expect(slugs('Consumer Rights Act', 'de')).toEqual([]);
    expect(slugs('30', undefined).length).toBeGreaterThan(3);
  });

  it('re-indexes an edited article and forgets a deleted one', () => {
    const article = kb.search('Rechnung', { language: 'de' })[0]!.article;
    kb.save({ ...article, body: 'Die Quittung finden Sie im Kundenkonto.' });
    expect(slugs('Quittung', 'de')).toEqual(['invoices/de']);
    expect(slugs('USt-IdNr', 'de')).toEqual([]);
    expect(kb.delete(article.id)).toBe(true);
    expect(slugs('Quittung', 'de')).toEqual([]);
  });

  it('refuses a second version of an article in the same language', () => {
    expect(() => kb.save({ slug: 'invoices', language: 'de', title: 'x', body: 'y', intents: [] })).toThrow(/already a "de" version/);
  });

  it('treats FTS syntax in a query as text', () => {
    expect(() => kb.search('NEAR( "OR *', {})).not.toThrow();
  });
});

describe('help-page export', () => {
  it('writes one self-contained page per language, escaped, with links between languages', () => {
    kb.save({ slug: 'xss', language: 'en', title: '<script>alert(1)</script>', body: 'A & B', intents: [] });
    const { files } = exportHelpSite(kb.list(), 'Acme Help');
    expect(files.map((f) => f.name)).toEqual(['index.html', 'index.de.html', 'index.es.html', 'index.fr.html', 'index.it.html', 'index.ja.html', 'index.zh.html']);
    const en = files[0]!.html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(en).not.toContain('<script>');
    expect(en).toContain('<p>A &amp; B</p>');
    expect(en).toContain('href="index.de.html"');
    expect(files.find((f) => f.name === 'index.ja.html')!.html).toContain('返品・返金について');
  });
});

describe('gap report', () => {
  it('counts closed conversations whose question no article covers, by intent, with examples', () => {
    addAccount(db, 1);
    const ingest = createIngestPipeline(db, () => 1_000);
    const questions = [
      ['Wie kann ich den Artikel zurücksenden und wann kommt die Erstattung?', 'return'],
      ['Gibt es das Ladekabel auch in Blau mit USB-C Stecker?', 'product_question'],
      ['Passt die Hülle auf das Pixel 9 Pro Fold Scharnier?', 'product_question'],
    ] as const;
    questions.forEach(([q], i) =>
      ingest.ingestMessages([
        message({ conversationExternalId: `g${i}`, bodyText: q, subject: '' }),
        message({ conversationExternalId: `g${i}`, bodyText: 'Antwort', direction: 'outbound', authorKind: 'agent', authorName: 'Li' }),
      ]),
    );
    db.prepare("UPDATE conversations SET status = 'closed'").run();
    const ids = db.prepare('SELECT id FROM conversations ORDER BY id').all() as { id: number }[];
    const intents = new Map(ids.map((r, i) => [r.id, questions[i]![1]]));
    const engine = createSuggestionEngine(db, createCannedLibrary(db, () => 1), kb, { now: () => 1 });
    const report = createGapReport(db, engine, (id) => intents.get(id) ?? null).report(100);
    expect(report[0]).toMatchObject({ intent: 'product_question', conversations: 2, withoutArticle: 2 });
    expect(report[0]!.examples).toHaveLength(2);
    expect(report.find((r) => r.intent === 'return')).toMatchObject({ conversations: 1, withoutArticle: 0 });
  });
});
