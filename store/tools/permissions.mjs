// The permission justifications (store/permissions.md) against the built manifests: the Chrome Web
// Store's Privacy practices tab asks for one per permission and for host access, AMO's reviewers
// read the same. A permission a build asks for without a justification, or a justification for a
// permission no build asks for, fails the store package.

/** The manifest fields that ask the person for access. */
const FIELDS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'];

/** Every permission and host permission `manifest` asks for, with the field it is in. */
export function requestedPermissions(manifest) {
  return FIELDS.flatMap((field) => (manifest[field] ?? []).map((name) => ({ name, field })));
}

/** The justifications in `markdown`: each `## \`permission\`` heading and the text under it (comments dropped). */
export function parseJustifications(markdown) {
  const justifications = new Map();
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = section.split('\n');
    const name = /^`([^`]+)`\s*$/.exec(heading)?.[1];
    if (name !== undefined)
      justifications.set(
        name,
        body
          .join('\n')
          .replace(/<!--[\s\S]*?-->/g, '')
          .trim(),
      );
  }
  return justifications;
}

/** What is wrong between `manifests` (by build name) and `justifications`; empty when each covers the other. */
export function justificationProblems(manifests, justifications) {
  const asked = new Map();
  for (const [build, manifest] of Object.entries(manifests))
    for (const { name, field } of requestedPermissions(manifest)) asked.set(name, [...(asked.get(name) ?? []), `${build} ${field}`]);
  const problems = [];
  for (const [name, where] of asked)
    if (!justifications.get(name)) problems.push(`\`${name}\` (${where.join(', ')}) has no justification in store/permissions.md`);
  for (const name of justifications.keys())
    if (!asked.has(name)) problems.push(`store/permissions.md justifies \`${name}\`, which no build asks for`);
  return problems;
}
