package io.github.casefile;

import io.github.casefile.internal.ArticleAssembler;
import io.github.casefile.model.Article;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * Keeps the outcome rule: whatever a format or the extractor throws on bad content leaves Casefile
 * only as a {@link CasefileException}.
 */
final class Guard {
  private Guard() {}

  static List<ArticleDraft> parse(SourceFormat format, SourceInput input) {
    List<ArticleDraft> drafts;
    try {
      drafts = format.parse(input);
    } catch (CasefileException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new MalformedInputException(input.name().orElse(null),
          "the " + format.name() + " format failed on it: " + describe(e), e);
    }
    if (drafts == null || drafts.isEmpty()) {
      throw new MalformedInputException(input.name().orElse(null),
          "the " + format.name() + " format found no article in it", null);
    }
    return drafts;
  }

  static Article assemble(ArticleAssembler assembler, ArticleDraft draft, String format,
      SourceInput input) {
    try {
      return assembler.assemble(draft, format, input);
    } catch (CasefileException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new MalformedInputException(input.name().orElse(null),
          "extraction failed on it: " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage()
        + ")");
  }
}
