package io.github.casefile.spi;

import io.github.casefile.CasefileException;
import java.util.List;

/**
 * A source format: recognises its inputs and reads articles out of them.
 *
 * <p>Implementations are stateless and thread-safe, have a public no-argument constructor, and are
 * registered in {@code META-INF/services/io.github.casefile.spi.SourceFormat}. They must not throw
 * anything but {@link CasefileException} subclasses from {@link #parse}: damaged content that still
 * holds an article becomes a draft with warnings. The caller owns the input; a format never closes
 * anything it did not open.
 */
public interface SourceFormat {
  /**
   * Return the format's name: the value of {@code --format} and of {@code source.format}.
   *
   * @return a short lower-case name such as {@code "html"}
   */
  String name();

  /**
   * Return one line that says what the format reads and how it recognises it.
   *
   * @return the description
   */
  String description();

  /**
   * Tell how sure the format is that it can read the input, looking at the content first ({@link
   * SourceInput#head()}), then the name and the hint. Detection must be cheap: it may read the head,
   * not the whole input.
   *
   * @param input the input
   * @return 0 when the input is not of this format, up to 100 when certain
   */
  int detect(SourceInput input);

  /**
   * Read the articles the input holds: one for a page or a text, one per item for a feed.
   *
   * @param input the input
   * @return the drafts, at least one
   * @throws CasefileException if no article can be recovered; the message says why and where
   */
  List<ArticleDraft> parse(SourceInput input);
}
