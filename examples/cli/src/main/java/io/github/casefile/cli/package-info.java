/**
 * The {@code casefile} command line: {@link io.github.casefile.cli.CasefileCli} with its {@code
 * parse}, {@code formats} and {@code schema} commands. Not published; {@code ./casefile} at the
 * repository root builds and runs its shaded jar.
 */
package io.github.casefile.cli;
