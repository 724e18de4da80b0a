/** decap-cms-locales ships no types; its phrase tables (the unit test compares Japanese against English). */
declare module 'decap-cms-locales/dist/esm/*' {
  const phrases: import('./locale').Phrases;
  export default phrases;
}
