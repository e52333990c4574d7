package io.github.casefile.parsers.warc;

import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * A test-only stand-in for the HTML format: takes input that starts with "&lt;p&gt;" and makes one
 * paragraph of each "&lt;p&gt;"-separated part, decoding with the hint's charset.
 */
class TagFormat implements SourceFormat {
  @Override
  public String name() {
    return "tags";
  }

  @Override
  public String description() {
    return "test paragraphs";
  }

  @Override
  public int detect(SourceInput input) {
    return input.headText().startsWith("<p>") ? 80 : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String text = input.decode(null).text();
    if (text.length() < 4) {
      throw new MalformedInputException(input.name().orElse(null), "no paragraphs", null);
    }
    var draft = ArticleDraft.builder().headline("test");
    for (String part : text.substring(3).split("<p>")) {
      draft.addParagraph(part);
    }
    return List.of(draft.build());
  }
}
