/** decap-cms-lib-util ships no types; the one class admin/errorText.ts uses. */
declare module 'decap-cms-lib-util' {
  export class APIError extends Error {
    constructor(message: string, status: number | null, api: string, meta?: object);
    status: number | null;
    api: string;
  }
}
