/**
 * Casefile's internals: format loading and detection, article assembly, ids and the extraction
 * hook. Public only so that Casefile's own modules can share it; not an API, it changes without
 * notice.
 */
package io.github.casefile.internal;
