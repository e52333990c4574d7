package io.github.casefile.parsers.html;

import io.github.casefile.CasefileException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * The generic HTML format: any web page, from which it reads the article's body (without
 * navigation, share bars, related links, comments, captions and footers) and its headline,
 * authors, publication date, outlet, canonical URL and language from JSON-LD, meta tags and the
 * page's own markup. Carries every field of {@link io.github.casefile.model.Source} but {@code
 * retrieved}.
 */
public final class HtmlFormat implements SourceFormat {
  /** Create the format; it holds no state. */
  public HtmlFormat() {}

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "web pages: the article's body, headline, authors and date, found by text density, "
        + "JSON-LD and meta tags; detects a doctype or HTML tags";
  }

  @Override
  public int detect(SourceInput input) {
    return HtmlReader.markupScore(input);
  }

  /**
   * Read the article of a page.
   *
   * @param input the page
   * @return one draft
   * @throws CasefileException if the page holds no article text or exceeds a limit
   */
  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    return List.of(HtmlReader.read(input, SiteMarkup.GENERIC));
  }
}
