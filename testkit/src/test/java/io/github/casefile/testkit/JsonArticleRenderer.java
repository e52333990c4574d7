package io.github.casefile.testkit;

import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;

/** Writes {@link JsonArticleFormat}: compact or indented, with or without a byte-order mark. */
final class JsonArticleRenderer implements SourceRenderer {
  @Override
  public String format() {
    return "casefile-json";
  }

  @Override
  public byte[] render(Article article, long variant) {
    String json = (variant & 1) == 0 ? CasefileJson.toJson(article)
        : CasefileJson.toPrettyJson(article);
    if ((variant & 2) != 0) {
      json = "\n  " + json + "\r\n";
    }
    return ((variant & 4) != 0 ? "\uFEFF" + json : json).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Article carried(Article article) {
    return article;
  }
}
