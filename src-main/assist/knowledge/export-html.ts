// The knowledge base as a static self-service help page: one self-contained HTML file per language
// (no scripts, no remote assets), with a table of contents and links between the language versions.
import type { KbArticle, KbExport } from '../../../src-shared/api/contract-assist';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', ja: '日本語', zh: '中文' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fileName = (language: string) => (language === 'en' ? 'index.html' : `index.${language}.html`);

function paragraphs(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function exportHelpSite(articles: readonly KbArticle[], siteName: string): KbExport {
  const languages = [...new Set(articles.map((a) => a.language))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const nav = (current: string) =>
    languages
      .map((l) => (l === current ? `<strong>${escapeHtml(LANGUAGE_NAMES[l] ?? l)}</strong>` : `<a href="${fileName(l)}" hreflang="${l}">${escapeHtml(LANGUAGE_NAMES[l] ?? l)}</a>`))
      .join(' · ');
  const files = languages.map((language) => {
    const list = articles.filter((a) => a.language === language).sort((a, b) => a.title.localeCompare(b.title, language));
    const toc = list.map((a) => `<li><a href="#${escapeHtml(a.slug)}">${escapeHtml(a.title)}</a></li>`).join('\n');
    const sections = list.map((a) => `<section id="${escapeHtml(a.slug)}">\n<h2>${escapeHtml(a.title)}</h2>\n${paragraphs(a.body)}\n</section>`).join('\n');
    const html = `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(siteName)}</title>
<style>body{font:16px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}h2{margin-top:2.2rem}nav{margin:1rem 0;color:#555}</style>
</head>
<body>
<h1>${escapeHtml(siteName)}</h1>
<nav>${nav(language)}</nav>
<ul>
${toc}
</ul>
${sections}
</body>
</html>
`;
    return { name: fileName(language), html };
  });
  return { files };
}
