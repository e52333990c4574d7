package io.github.casefile.model;

import java.io.Serializable;
import org.immutables.value.Value;

/** A provision of a {@link LegalInstrument} that the text cites, such as "Article 33". */
@Value.Immutable
public abstract class Provision implements Serializable {
  private static final long serialVersionUID = 1L;

  Provision() {}

  /**
   * Return the provision's label, normalised.
   *
   * @return such as {@code "Article 33"}
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Return where the text cites it.
   *
   * @return the span of the citation
   */
  @Value.Parameter
  public abstract Span span();

  /**
   * Create a provision.
   *
   * @param label such as {@code "Article 3"}
   * @param span where the text cites it
   * @return the provision
   */
  public static Provision of(String label, Span span) {
    return ImmutableProvision.of(label, span);
  }
}
