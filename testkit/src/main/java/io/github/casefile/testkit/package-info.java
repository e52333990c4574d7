/**
 * The Casefile test kit: QuickTheories generators for every model type ({@link
 * io.github.casefile.testkit.ModelGenerators}, {@link io.github.casefile.testkit.TextGenerators}),
 * a property runner that logs and honours seeds ({@link io.github.casefile.testkit.PropertyCheck}),
 * and the contract every source format's test implements ({@link
 * io.github.casefile.testkit.SourceFormatContract}).
 */
package io.github.casefile.testkit;
