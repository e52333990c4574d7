package io.github.casefile.internal;

import io.github.casefile.CasefileException;
import io.github.casefile.Limits;
import io.github.casefile.MalformedInputException;
import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.Source;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a format's draft into an {@link Article}: paragraphs normalised and bounded, the source and
 * id filled in, warnings capped, records extracted.
 */
public final class ArticleAssembler {
  private final ArticleExtractor extractor;

  /**
   * Create an assembler.
   *
   * @param extractor fills in the records
   */
  public ArticleAssembler(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Assemble one article.
   *
   * @param draft what the format read
   * @param format the format's name
   * @param input the input it came from
   * @return the article
   * @throws MalformedInputException if the draft has no text
   */
  public Article assemble(ArticleDraft draft, String format, SourceInput input) {
    Limits limits = input.limits();
    List<String> warnings = new ArrayList<>(draft.warnings());
    List<String> paragraphs = new ArrayList<>(draft.paragraphs().size());
    for (String raw : draft.paragraphs()) {
      String paragraph = Paragraphs.normalize(raw);
      if (paragraph.isEmpty()) {
        continue;
      }
      if (paragraphs.size() == limits.maxParagraphs()) {
        warnings.add("The article has more than " + limits.maxParagraphs()
            + " paragraphs (limit maxParagraphs); the rest were dropped.");
        break;
      }
      paragraphs.add(paragraph);
    }
    String name = draft.uri().or(input::name).orElse(null);
    if (paragraphs.isEmpty()) {
      throw new MalformedInputException(name, "the " + format + " input holds no article text"
          + draft.headline().map(h -> " (only the headline '" + abbreviate(h) + "')").orElse(""),
          null);
    }
    Optional<String> headline = draft.headline().map(Paragraphs::normalize)
        .filter(h -> !h.isEmpty());
    List<String> authors = new ArrayList<>();
    for (String author : draft.authors()) {
      String clean = Paragraphs.normalize(author);
      if (!clean.isEmpty() && !authors.contains(clean)) {
        authors.add(clean);
      }
    }
    Source source = Source.builder()
        .format(format)
        .uri(Optional.ofNullable(name))
        .canonicalUrl(draft.canonicalUrl())
        .outlet(draft.outlet().or(() -> input.hint().outlet()))
        .retrieved(input.hint().retrieved())
        .build();
    Article article = Article.builder()
        .id(ArticleIds.of(draft.canonicalUrl().orElse(null), headline.orElse(null),
            draft.published().map(Object::toString).orElse(null), paragraphs))
        .source(source)
        .headline(headline)
        .authors(authors)
        .published(draft.published())
        .language(draft.language().or(() -> input.hint().language()))
        .paragraphs(paragraphs)
        .warnings(Warnings.cap(warnings))
        .build();
    input.checkDeadline("assembling the article");
    Article extracted = extractSafely(article, input);
    return extracted.warnings().size() > Article.MAX_WARNINGS
        ? Article.builder().from(extracted).warnings(Warnings.cap(extracted.warnings())).build()
        : extracted;
  }

  /**
   * Run the extractor; a defect in it costs the records, never the article: the article is
   * returned without records and with a warning that names the failure. Limits still apply.
   */
  private Article extractSafely(Article article, SourceInput input) {
    try {
      return extractor.extract(article, input.limits(), input.deadlineNanos());
    } catch (CasefileException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      List<String> warnings = new ArrayList<>(article.warnings());
      warnings.add("Extraction failed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + abbreviate(e.getMessage()))
          + "), so the article has no records.");
      return Article.builder().from(article).warnings(Warnings.cap(warnings)).build();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
