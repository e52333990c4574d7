package io.github.casefile.testing;

import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/** A test-only format: the whole input is one paragraph. */
public final class PlainLines implements SourceFormat {
  @Override
  public String name() {
    return "plain-lines";
  }

  @Override
  public String description() {
    return "test format: one paragraph";
  }

  @Override
  public int detect(SourceInput input) {
    return 100;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    return List.of(ArticleDraft.builder().addParagraphs(input.decode(null).text()).build());
  }
}
