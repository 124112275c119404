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
      const src = (attribs.src ?? '').trim();
      // Protocol-relative `//host/pixel.gif` is remote too (sanitize-html would keep it as a src).
      const remote = /^https?:\/\//i.test(src) ? src : src.startsWith('//') ? `https:${src}` : null;
      // Only this transform parks URLs: a data-remote-src the sender wrote is dropped.
      const { src: _src, 'data-remote-src': _parked, ...rest } = attribs;
      return { tagName, attribs: remote ? { ...rest, 'data-remote-src': remote } : src ? { ...rest, src } : rest };
    },
  },
};

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
