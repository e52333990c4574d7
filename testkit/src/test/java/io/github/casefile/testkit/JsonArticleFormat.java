package io.github.casefile.testkit;

import io.github.casefile.CasefileException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.io.IOException;
import java.util.List;

/**
 * A test-only format that reads Casefile's own JSON, to prove {@link SourceFormatContract} on a
 * format whose behaviour is known. It claims JSON objects that have the article's keys.
 */
final class JsonArticleFormat implements SourceFormat {
  @Override
  public String name() {
    return "casefile-json";
  }

  @Override
  public String description() {
    return "Casefile's JSON contract (test only)";
  }

  @Override
  public int detect(SourceInput input) {
    String head = input.headText().strip();
    return head.startsWith("{") && head.contains("\"paragraphs\"") && head.contains("\"source\"")
        ? 80 : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String text = input.decode(null).text();
    Article article;
    try {
      article = CasefileJson.fromJson(text);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CasefileException) {
        throw (CasefileException) e;
      }
      throw new MalformedInputException(input.name().orElse(null),
          "is not a Casefile article: " + e.getMessage(), e);
    }
    return List.of(ArticleDraft.builder()
        .headline(article.headline())
        .authors(article.authors())
        .published(article.published())
        .language(article.language())
        .outlet(article.source().outlet())
        .canonicalUrl(article.source().canonicalUrl())
        .paragraphs(article.paragraphs())
        .build());
  }
}
