export function chromiumFlags(o: { extensionDirs?: string[]; hostResolverRules: string }): string[];
