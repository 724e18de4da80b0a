// The production build as `astro build` runs it (same config file, same integrations), plus a
// timer integration that wraps every other integration's hooks so each stage shows up by name:
// a feed or search-index integration is timed if it exists and simply absent if not.
// Plain JS so it runs under node directly (no loader in the measured process).
// Usage: node timedBuild.mjs <project root> <report.json>
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { build } from 'astro';

const [root, reportFile] = process.argv.slice(2);
if (!root || !reportFile) throw new Error('usage: node timedBuild.mjs <root> <report.json>');

const started = performance.now();
const marks = {};
const hooks = [];
const mark = (name) => {
  marks[name] ??= performance.now() - started;
};

/** Replaces each hook of the other integrations with a timed call to it (config:setup already ran). */
function wrapIntegrations(integrations) {
  for (const integration of integrations) {
    if (integration.name === 'bench-timer' || !integration.hooks) continue;
    for (const [hook, fn] of Object.entries(integration.hooks)) {
      if (hook === 'astro:config:setup' || typeof fn !== 'function') continue;
      integration.hooks[hook] = async (...args) => {
        const at = performance.now();
        try {
          return await fn(...args);
        } finally {
          hooks.push({ integration: integration.name, hook, start: at - started, ms: performance.now() - at });
        }
      };
    }
  }
}

const timer = {
  name: 'bench-timer',
  hooks: {
    'astro:config:setup': ({ config }) => {
      mark('configSetupDone');
      wrapIntegrations(config.integrations);
    },
    'astro:config:done': () => mark('configDone'),
    'astro:build:start': () => mark('buildStart'),
    'astro:build:setup': () => mark('firstBundleSetup'),
    'astro:build:generated': () => mark('generated'),
    'astro:build:done': () => mark('done'),
  },
};

let error;
try {
  // force: a full build every time, never pages copied from an earlier one (incremental.ts times those).
  await build({ root, mode: 'production', integrations: [timer], force: true });
} catch (caught) {
  error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
  process.exitCode = 1;
}
mark('end');
writeFileSync(
  reportFile,
  JSON.stringify({ marks, hooks, maxRssKiB: process.resourceUsage().maxRSS, error: error ?? null }, null, 2),
);
