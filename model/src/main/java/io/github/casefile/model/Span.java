package io.github.casefile.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A range of UTF-16 offsets into an article's text, end exclusive. The article text is {@link
 * Article#text()}; {@code text.substring(start, end)} is the words the span points at. In JSON a
 * span is the array {@code [start, end]}.
 */
@Value.Immutable
public abstract class Span implements Serializable, Comparable<Span> {
  private static final long serialVersionUID = 1L;

  Span() {}

  /**
   * Return the offset of the first character.
   *
   * @return the start offset, at least 0
   */
  @Value.Parameter
  public abstract int start();

  /**
   * Return the offset just past the last character.
   *
   * @return the end offset, at least {@link #start()}
   */
  @Value.Parameter
  public abstract int end();

  /**
   * Create a span.
   *
   * @param start the first offset
   * @param end the offset just past the end
   * @return the span
   * @throws IllegalStateException if {@code start < 0} or {@code end < start}
   */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  /**
   * Return the number of characters covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end() - start();
  }

  /**
   * Tell whether this span lies inside a text of the given length.
   *
   * @param textLength the length of the text
   * @return true if {@code end <= textLength}
   */
  public boolean fitsIn(int textLength) {
    return end() <= textLength;
  }

  /**
   * Return the characters of {@code text} that this span covers.
   *
   * @param text the article text
   * @return the covered substring
   * @throws IndexOutOfBoundsException if the span does not fit the text
   */
  public String textOf(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start(), other.start());
    return byStart != 0 ? byStart : Integer.compare(end(), other.end());
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalStateException(
          "span [" + start() + ", " + end() + "] must have 0 <= start <= end");
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + "]";
  }
}
