/**
 * The Casefile facade: {@link io.github.casefile.Casefile} parses raw HTML, text, feeds and
 * archives into {@link io.github.casefile.model.Article}s; {@link io.github.casefile.Limits} bounds
 * the work; {@link io.github.casefile.CasefileException} and its subclasses report inputs from
 * which no article can be recovered.
 */
@io.github.casefile.model.CasefileStyle
package io.github.casefile;
