/**
 * The immutable records of Casefile: {@link io.github.casefile.model.Article} and what its body
 * reports ({@link io.github.casefile.model.Actor}, {@link io.github.casefile.model.Agency},
 * {@link io.github.casefile.model.LegalInstrument}, {@link io.github.casefile.model.Incident}), with
 * {@link io.github.casefile.model.Span}s into the article text, EDTF dates
 * ({@link io.github.casefile.model.Edtf}) and their JSON mapping ({@link
 * io.github.casefile.model.CasefileJson}).
 *
 * <p>Every type is immutable, {@link java.io.Serializable} and reads back from its JSON into an
 * equal object. Values are built with {@code builder()}; construction checks that the record is
 * consistent (spans inside the text, ids unique, references resolved) and throws {@link
 * java.lang.IllegalStateException} naming the offending field when it is not.
 */
@CasefileStyle
package io.github.casefile.model;
