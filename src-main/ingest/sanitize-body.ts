// Mail HTML is hostile until proven otherwise: keep formatting, drop scripts, handlers, forms and
// styles that could hide text, and park remote images (tracking pixels) in data-remote-src until an
// agent chooses to load them.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'span', 'font', 'center'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['alt', 'width', 'height', 'data-remote-src', 'src'],
    td: ['colspan', 'rowspan', 'align'],
    th: ['colspan', 'rowspan', 'align'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['data', 'cid'] },
  transformTags: {
    img: (tagName, attribs) => {
      const src = attribs.src ?? '';
      if (/^https?:/i.test(src)) {
        const { src: _remote, ...rest } = attribs;
        return { tagName, attribs: { ...rest, 'data-remote-src': src } };
      }
      return { tagName, attribs };
    },
  },
};

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
