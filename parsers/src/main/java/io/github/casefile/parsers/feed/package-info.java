/**
 * The RSS 2.0, RSS 1.0 and Atom feed format ({@code "feed"}): one article per item or entry, and
 * its renderer.
 */
package io.github.casefile.parsers.feed;
