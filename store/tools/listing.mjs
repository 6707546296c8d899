// The store listing texts (store/listing/<lang>.md): `## Name`, `## Summary`, `## Description`.
// The Chrome Web Store takes the name and the summary from the package (the manifest's name and
// description in each locale), so the listing must say the same; the summary is at most 132
// characters (https://developer.chrome.com/docs/extensions/reference/manifest/description). The name
// fits every store: at most 45 characters, Edge Add-ons' limit (AMO takes 50, the Chrome Web Store
// 75; https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name).
const SECTIONS = ['Name', 'Summary', 'Description'];

/** The listing's sections by heading, HTML comments dropped. */
export function parseListing(markdown) {
  const sections = {};
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = section.split('\n');
    sections[heading.trim()] = body
      .join('\n')
      .replace(/<!--[\s\S]*?-->/g, '')
      .trim();
  }
  return sections;
}

/** What is wrong with the `lang` listing given the package's own name and description in that locale. */
export function listingProblems(lang, sections, { name, description }) {
  const problems = SECTIONS.filter((s) => !sections[s]).map((s) => `store/listing/${lang}.md: no "## ${s}" text`);
  if (problems.length) return problems;
  if (sections.Name !== name) problems.push(`store/listing/${lang}.md: the name "${sections.Name}" is not the package's "${name}"`);
  if (sections.Summary !== description)
    problems.push(`store/listing/${lang}.md: the summary is not the package's description in ${lang} ("${description}")`);
  if ([...sections.Name].length > 45) problems.push(`store/listing/${lang}.md: the name has more than 45 characters (Edge Add-ons' limit)`);
  if ([...sections.Summary].length > 132) problems.push(`store/listing/${lang}.md: the summary has more than 132 characters`);
  return problems;
}
