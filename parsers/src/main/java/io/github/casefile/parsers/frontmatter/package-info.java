/**
 * The front-matter format ({@code "frontmatter"}): Markdown, text or HTML exports that open with a
 * YAML front matter block or with {@code Title:}/{@code Date:} header lines, and its renderer.
 */
package io.github.casefile.parsers.frontmatter;
