/**
 * WARC web archives ({@code .warc}, {@code .warc.gz}) read with jwarc, record by record: response
 * and resource records that hold HTML or text become articles; every other record is skipped with
 * a reason, and a record that cannot be read becomes a failure.
 */
package io.github.casefile.parsers.warc;
