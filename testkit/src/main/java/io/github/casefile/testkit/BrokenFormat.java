package io.github.casefile.testkit;

import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * A deliberately broken source format for tests of the facade, scripted to misbehave in one way.
 * It claims every input. It is not registered with {@link java.util.ServiceLoader}; pass it to
 * {@code Casefile.builder().formats(...)}.
 */
public final class BrokenFormat implements SourceFormat {
  /** How the format misbehaves when it parses. */
  public enum Misbehaviour {
    /** Throw an {@link IllegalStateException}. */
    THROW_RUNTIME_EXCEPTION,
    /** Throw a {@link NullPointerException}, as a careless parser does. */
    THROW_NULL_POINTER,
    /** Throw a {@link StackOverflowError}, as a parser that recurses on nesting does. */
    OVERFLOW_STACK,
    /** Return null instead of a list. */
    RETURN_NULL,
    /** Return an empty list. */
    RETURN_EMPTY,
    /** Return a draft with no paragraphs. */
    RETURN_EMPTY_DRAFT
  }

  private final Misbehaviour misbehaviour;

  /**
   * Create a format that misbehaves in one way.
   *
   * @param misbehaviour what {@link #parse(SourceInput)} does
   */
  public BrokenFormat(Misbehaviour misbehaviour) {
    this.misbehaviour = misbehaviour;
  }

  @Override
  public String name() {
    return "broken";
  }

  @Override
  public String description() {
    return "a test format that " + misbehaviour.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
  }

  @Override
  public int detect(SourceInput input) {
    return 100;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    switch (misbehaviour) {
      case THROW_RUNTIME_EXCEPTION:
        throw new IllegalStateException("scripted failure");
      case THROW_NULL_POINTER:
        throw new NullPointerException("scripted null");
      case OVERFLOW_STACK:
        throw new StackOverflowError("scripted overflow");
      case RETURN_NULL:
        return null;
      case RETURN_EMPTY:
        return List.of();
      default:
        return List.of(ArticleDraft.builder().headline("Only a headline").build());
    }
  }
}
