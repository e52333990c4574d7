package io.github.casefile.spi;

import io.github.casefile.model.Article;

/**
 * Writes an article in a source format, so that round trips ({@code parse(render(a))}) can prove the
 * format. Renderers vary their output with {@code variant} (templates, class names, nesting, order)
 * so that a parser cannot pass by recognising one fixed template.
 */
public interface SourceRenderer {
  /**
   * Return the name of the format this renderer writes.
   *
   * @return the {@link SourceFormat#name()} it pairs with
   */
  String format();

  /**
   * Write an article.
   *
   * @param article the article
   * @param variant selects among the renderer's variations; any value is valid
   * @return the bytes of the rendered input
   */
  byte[] render(Article article, long variant);

  /**
   * Return the article as the format can carry it: the fields it cannot hold are cleared, so that
   * {@code parse(render(a))} can be compared with {@code carried(a)}.
   *
   * @param article the article
   * @return the article projected on the fields this format carries
   */
  Article carried(Article article);
}
