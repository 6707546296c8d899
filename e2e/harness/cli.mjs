#!/usr/bin/env node
// Runs the fault harness until SIGINT/SIGTERM: `node e2e/harness/cli.mjs [--dir DIR] [--quiet]`.
// Prints the index URL, the Chromium resolver rules and every case URL, and writes harness.json.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { harnessInfo, startHarness } from './index.mjs';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});

const h = await startHarness({ ...(values.dir ? { dir: resolve(values.dir) } : {}), quiet: values.quiet ?? false });
const jsonPath = join(h.dir, 'harness.json');
await writeFile(jsonPath, `${JSON.stringify(harnessInfo(h), null, 2)}\n`);

const pad = Math.max(...Object.keys(h.cases).map((n) => n.length), ...h.interception.map((i) => i.host.length));
const lines = [
  `Index:               ${h.pages.index}`,
  `Mixed page:          ${h.pages.mixed}`,
  `Time server:         ${h.time.url}`,
  `host-resolver-rules: ${h.hostResolverRules}`,
  `Test root CA:        ${h.rootCaPath}`,
  `harness.json:        ${jsonPath}`,
  '',
  'Cases:',
  ...Object.entries(h.cases).map(([name, c]) => `  ${name.padEnd(pad)}  ${c.url}  ${c.expectChromium.join(' | ') || '(loads)'}`),
  'Interception hosts:',
  ...h.interception.map((i) => `  ${i.host.padEnd(pad)}  ${i.url}`),
  '',
  'Chromium: --host-resolver-rules="<rules above>" with $HOME/.pki/nssdb trusting the test root;',
  `Firefox:  network.dns.localDomains = ${h.hostnames.join(',')}`,
  'Press Ctrl+C to stop.',
];
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  h.stop().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
