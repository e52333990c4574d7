/**
 * The service-provider interface for source formats. A format is one class implementing {@link
 * io.github.casefile.spi.SourceFormat} and one line in {@code
 * META-INF/services/io.github.casefile.spi.SourceFormat}; {@link io.github.casefile.Casefile} finds
 * it with {@link java.util.ServiceLoader}, and a format from outside Casefile overrides a built-in
 * one of the same name.
 */
@io.github.casefile.model.CasefileStyle
package io.github.casefile.spi;
