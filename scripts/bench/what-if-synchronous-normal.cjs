// Bench-only what-if (`--what-if=synchronous-normal`), preloaded with `node --require` into the server and the
// bench process; the app's code is untouched. Every libsql connection that gets the app's WAL pragma also gets
// PRAGMA synchronous = NORMAL: commits no longer wait for an fsync of the WAL (a power cut can drop the last
// commits; an app crash cannot, and the database never corrupts).
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS
const Database = require("libsql");

const exec = Database.prototype.exec;
Database.prototype.exec = function execWithSynchronousNormal(sql) {
  const result = exec.call(this, sql);
  if (/journal_mode\s*=\s*WAL/i.test(sql)) exec.call(this, "PRAGMA synchronous = NORMAL");
  return result;
};
