import type { KnowledgeBase } from './knowledge-base';
import { DEMO_ARTICLES } from './demo-articles';

/** Writes the demo articles (every language version) through the knowledge base, so they are indexed. */
export function seedDemoArticles(kb: KnowledgeBase): number {
  let n = 0;
  for (const article of DEMO_ARTICLES) {
    for (const [language, [title, body]] of Object.entries(article.versions)) {
      kb.save({ slug: article.slug, language, title, body, intents: article.intents });
      n++;
    }
  }
  return n;
}
