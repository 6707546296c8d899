// The privacy policy as an HTML page, from its Markdown source (store/privacy-policy*.md): the
// small part of Markdown those files use (headings, paragraphs, `-` lists, `code`, **bold**,
// [links](url)); HTML comments, which cite the code behind each statement, are kept as they are,
// so a reviewer reading the page's source sees them too.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(source) {
  return source
    .split(/(<!--[\s\S]*?-->)/)
    .map((part, i) =>
      i % 2
        ? part
        : escape(part)
            .replace(/`([^`]+)`/g, '<code>$1</code>')
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>'),
    )
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}

function block(source) {
  if (/^<!--[\s\S]*-->$/.test(source)) return source;
  const heading = /^(#{1,3}) (.*)$/.exec(source);
  if (heading) return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
  if (source.startsWith('- ')) {
    const items = source.split(/^- /m).slice(1);
    return `<ul>\n${items.map((item) => `  <li>${inline(item.trim())}</li>`).join('\n')}\n</ul>`;
  }
  return `<p>${inline(source)}</p>`;
}

/** The Markdown's body as HTML. */
export const renderMarkdown = (markdown) =>
  markdown
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map(block)
    .join('\n');

/** A whole page: `lang` on the root (screen readers and line breaking need it), the first heading as its title. */
export function policyPage(markdown, lang) {
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'Privacy policy';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{max-width:46rem;margin:2rem auto;padding:0 1rem;font:16px/1.6 system-ui,sans-serif;word-break:auto-phrase;line-break:strict}code{font-size:.95em}</style>
</head>
<body>
${renderMarkdown(markdown)}
</body>
</html>
`;
}
