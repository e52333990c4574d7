/**
 * Helpers shared by the formats of the parsers module: lenient date parsing ({@link
 * io.github.casefile.parsers.internal.Dates}), byline splitting ({@link
 * io.github.casefile.parsers.internal.Bylines}) and HTML fragments to paragraphs ({@link
 * io.github.casefile.parsers.internal.HtmlBlocks}). Internal to the parsers module: public only so
 * that its format packages can share them; not an API, it changes without notice.
 */
package io.github.casefile.parsers.internal;
