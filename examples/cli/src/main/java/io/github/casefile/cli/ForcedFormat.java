package io.github.casefile.cli;

import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * The format {@code --format NAME} names, claiming every input: a {@code Casefile} built with only
 * this format reads every file and every archive record with it, as a hint would for one input.
 */
final class ForcedFormat implements SourceFormat {
  private final SourceFormat format;

  ForcedFormat(SourceFormat format) {
    this.format = format;
  }

  @Override
  public String name() {
    return format.name();
  }

  @Override
  public String description() {
    return format.description();
  }

  /** Claim every input: the user chose the format. */
  @Override
  public int detect(SourceInput input) {
    return 100;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    return format.parse(input);
  }
}
