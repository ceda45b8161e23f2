/** The sync protocol's version: a server refuses a client speaking another one. */
export const PROTOCOL_VERSION = 1;

/** At most this many changes in one push; a larger batch is answered with 413. */
export const MAX_BATCH = 100;

/** At most this many bytes in one request body; a larger body is answered with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** At most this many records in one pull page. */
export const PULL_PAGE_SIZE = 500;

/** A change stamped further in the future than this is refused (a clock far ahead). */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Longest reflection text the server keeps. */
export const MAX_TEXT = 5000;
