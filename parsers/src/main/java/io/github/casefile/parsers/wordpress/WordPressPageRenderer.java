package io.github.casefile.parsers.wordpress;

import io.github.casefile.model.Article;
import io.github.casefile.parsers.html.HtmlRenderer;
import io.github.casefile.spi.SourceRenderer;

/**
 * Writes an article as a WordPress theme's page, for round trips through {@link
 * WordPressPageFormat}: the generic page of {@link HtmlRenderer} with the theme's generator tag,
 * {@code wp-content} paths, {@code .entry-title}, {@code .entry-meta} (an {@code
 * time.entry-date.published} and one hCard per author) and {@code .entry-content}. The format
 * carries what {@link HtmlRenderer#carried} says the HTML format carries.
 */
public final class WordPressPageRenderer implements SourceRenderer {
  private static final HtmlRenderer PAGES = new HtmlRenderer(HtmlRenderer.Theme.WORDPRESS);

  /** Create the renderer; it holds no state. */
  public WordPressPageRenderer() {}

  @Override
  public String format() {
    return PAGES.format();
  }

  @Override
  public byte[] render(Article article, long variant) {
    return PAGES.render(article, variant);
  }

  @Override
  public Article carried(Article article) {
    return PAGES.carried(article);
  }
}
