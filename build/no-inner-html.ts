// Preact's renderer can set innerHTML for `dangerouslySetInnerHTML`. The extension never uses it,
// and Mozilla's linter flags the assignment (UNSAFE_VAR_ASSIGNMENT). Replacing it with a throw
// removes the one path by which markup could reach the DOM, and the build fails if Preact's code
// changes shape so the replacement no longer applies.
import type { Plugin } from 'vite';

const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'handshake-doctor:no-inner-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const matches = code.match(ASSIGNMENT)?.length ?? 0;
      if (matches !== 1) this.error(`expected one innerHTML assignment in preact, found ${matches}`);
      return { code: code.replace(ASSIGNMENT, '(()=>{throw Error("dangerouslySetInnerHTML is disabled")})()'), map: null };
    },
  };
}
