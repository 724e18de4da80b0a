import type { Plugin } from 'vite';

/**
 * Modules that only define data, marked free of side effects so the bundler drops them
 * from browser code that does not use them. The hub page's status script reuses
 * openingStatus(), whose module graph reaches the national-holiday table (~150 KB)
 * through schedule.ts without ever looking a holiday up.
 */
const PURE_MODULES = [/[\\/]@holiday-jp[\\/]holiday_jp[\\/]lib[\\/]holidays\.js$/];

export function pureModules(): Plugin {
  return {
    name: 'kyosei-pure-modules',
    transform(code, id) {
      return PURE_MODULES.some((pattern) => pattern.test(id)) ? { code, moduleSideEffects: false } : null;
    },
  };
}
