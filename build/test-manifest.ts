// The test-build variant of a manifest (dist-test/ only, never dist/): `management` moves from
// optional_permissions to permissions. Headless tests cannot click the browser's permission
// prompt, so the test build holds the permission from the start; that lets the e2e suite test
// naming the extension that controls the proxy (evidence-proxy.spec.ts). Shipped builds ask for
// it at runtime, from a click on the troubleshooter page.
export const TEST_BUILD_PERMISSIONS = ['management'] as const;

export function testManifest<M extends Record<string, unknown>>(base: M): M {
  const permissions = [...((base.permissions as string[] | undefined) ?? [])];
  for (const p of TEST_BUILD_PERMISSIONS) if (!permissions.includes(p)) permissions.push(p);
  const optional = ((base.optional_permissions as string[] | undefined) ?? []).filter(
    (p) => !(TEST_BUILD_PERMISSIONS as readonly string[]).includes(p),
  );
  const { optional_permissions: _drop, ...rest } = base;
  return { ...rest, permissions, ...(optional.length ? { optional_permissions: optional } : {}) } as unknown as M;
}
