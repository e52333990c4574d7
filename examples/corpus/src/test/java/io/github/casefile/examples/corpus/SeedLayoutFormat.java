package io.github.casefile.examples.corpus;

import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * A test-only stand-in for the text format, until the real one is merged: a text whose second line
 * holds a {@code |} is headline, byline and blank-line separated paragraphs. Registered for tests
 * in {@code META-INF/services}; shared with examples/spark's tests through the test jar.
 */
public class SeedLayoutFormat implements SourceFormat {
  /** Create the format. */
  public SeedLayoutFormat() {}

  @Override
  public String name() {
    return "test-text";
  }

  @Override
  public String description() {
    return "test stand-in: seed-layout text";
  }

  @Override
  public int detect(SourceInput input) {
    String head = input.headText();
    int first = head.indexOf('\n');
    if (first < 0 || head.indexOf('\0') >= 0) {
      return 0;
    }
    int second = head.indexOf('\n', first + 1);
    String byline = head.substring(first + 1, second < 0 ? head.length() : second);
    return byline.contains("|") ? 40 : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String[] blocks = input.decode(null).text().replace("\r\n", "\n").split("\n\n");
    String[] top = blocks[0].split("\n", 2);
    var draft = ArticleDraft.builder().headline(top[0]);
    for (int i = 1; i < blocks.length; i++) {
      if (!blocks[i].startsWith("Advertisements,")) {
        draft.addParagraph(blocks[i]);
      }
    }
    if (blocks.length < 2) {
      throw new MalformedInputException(input.name().orElse(null), "no paragraphs", null);
    }
    return List.of(draft.build());
  }
}
