package io.github.casefile.parsers.wordpress;

import io.github.casefile.CasefileException;
import io.github.casefile.parsers.html.HtmlReader;
import io.github.casefile.parsers.internal.IgnoreCase;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;

/**
 * Pages of WordPress sites (Daily NK among them): reads the theme's entry title, entry content,
 * byline and {@code time.entry-date.published}, and falls back to the generic HTML extraction for
 * whatever the theme does not mark. Recognised by {@code wp-content} paths, the WordPress generator
 * tag or the theme's class names; it then scores above the generic {@code html} format.
 */
public final class WordPressPageFormat implements SourceFormat {
  private static final WordPressMarkup MARKUP = new WordPressMarkup();
  private static final List<String> SIGNS = List.of("/wp-content/", "/wp-includes/",
      "content=\"wordpress", "entry-content", "entry-title", "posted-on", "wp-json", "wp-block-");
  private static final IgnoreCase.Words SIGN_WORDS = new IgnoreCase.Words(SIGNS);
  /** The generator tag's sign: enough alone. */
  private static final int GENERATOR_SIGN = SIGN_WORDS.bit("content=\"wordpress");

  /** Create the format; it holds no state. */
  public WordPressPageFormat() {}

  @Override
  public String name() {
    return "wordpress";
  }

  @Override
  public String description() {
    return "WordPress pages: the theme's entry title, content, byline and date; detects "
        + "wp-content paths, the WordPress generator tag and entry-content markup";
  }

  @Override
  public int detect(SourceInput input) {
    int markup = HtmlReader.markupScore(input);
    if (markup == 0) {
      return 0;
    }
    int found = IgnoreCase.which(input.headText(), SIGN_WORDS);
    int signs = Integer.bitCount(found);
    if (signs >= 2 || (found & GENERATOR_SIGN) != 0) {
      return Math.min(100, Math.max(markup, 90) + 5);
    }
    return signs == 1 ? Math.max(1, markup - 10) : 0;
  }

  /**
   * Read the article of a WordPress page.
   *
   * @param input the page
   * @return one draft
   * @throws CasefileException if the page holds no article text or exceeds a limit
   */
  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    return List.of(HtmlReader.read(input, MARKUP));
  }
}
