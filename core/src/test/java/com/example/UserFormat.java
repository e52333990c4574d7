package com.example;

import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/** A format from outside Casefile, as a user would write one. */
public class UserFormat implements SourceFormat {
  private final String name;
  private final int score;

  /**
   * Create the format.
   *
   * @param name its name
   * @param score what detect returns
   */
  public UserFormat(String name, int score) {
    this.name = name;
    this.score = score;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "a user's format";
  }

  @Override
  public int detect(SourceInput input) {
    return score;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    return List.of(ArticleDraft.builder().addParagraph("user").build());
  }
}
