// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.

/** A session ends after 12 hours without use… */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** …and a request made more than 10 minutes after the cookie was issued slides it forward. */
export const SESSION_REFRESH_AFTER_SECONDS = 10 * 60;
