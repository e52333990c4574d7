package io.github.casefile.parsers.text;

import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an article as plain text in the seed's layout: the headline, a byline {@code AUTHORS
 * \u00a0|\u00a0 yyyy-MM-dd HH:mm} (the date at the precision the article gives), and the paragraphs separated by blank lines. The byline line is
 * written even when it is empty ({@code " | "}), so that a text without a headline still starts with
 * its byline and its first paragraph is never taken for a headline.
 *
 * <p>{@code variant} chooses, bit by bit: CRLF or LF line ends (bit 0); no-break or plain spaces
 * around the {@code |} (bit 1); {@code ", "} or {@code " and "} between authors (bit 2); a
 * trailing comment-policy line (bit 3), on its own line or glued to the last paragraph (bit 6);
 * long paragraphs wrapped at spaces (bit 4), at 60 or 78 columns (bit 8); trailing white space on
 * lines (bit 5); a UTF-8 byte-order mark (bit 7).
 *
 * <p>What the text format cannot carry, and {@link #carried} therefore clears or changes:
 *
 * <ul>
 *   <li>the source's canonical URL, outlet and capture time, the language, the records (actors,
 *       agencies, legal instruments, incidents) and the warnings;
 *   <li>a {@code published} value of year or month precision (a day, a minute or a second, with or
 *       without an offset, is written as {@code yyyy-MM-dd[ HH:mm[:ss]][offset]});
 *   <li>a headline that would not read back as one: one that ends with a full stop or is longer
 *       than 200 characters, or that is itself a header line (a byline, {@code By Name}, a date or
 *       {@code Published:} line, a Markdown heading, image, rule or quote);
 *   <li>authors whose names hold {@code ,} or {@code and}: they are read back split there;
 *   <li>paragraphs that are furniture to the parser: Markdown heading marks at a paragraph's start,
 *       rules and images; everything from a paragraph {@code @highlight} on; the comment-policy
 *       sentence at the end of the last paragraph; a trailing heading or bare link.
 * </ul>
 *
 * <p>An article whose paragraphs are all furniture cannot be written at all: its text would hold no
 * article, and parsing it fails.
 */
public final class TextRenderer implements SourceRenderer {
  private static final String NBSP_SEPARATOR = " \u00a0|\u00a0 ";
  private static final String PLAIN_SEPARATOR = " | ";
  private static final int NARROW = 60;
  private static final int WIDE = 78;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Create a renderer; it holds no state. */
  public TextRenderer() {
    // Nothing to set up.
  }

  /**
   * Return {@value TextFormat#NAME}.
   *
   * @return the format's name
   */
  @Override
  public String format() {
    return TextFormat.NAME;
  }

  /**
   * Write the article in the seed's layout, varied by {@code variant}.
   *
   * @param article the article
   * @param variant the variation bits described on the class
   * @return UTF-8 bytes
   */
  @Override
  public byte[] render(Article article, long variant) {
    String eol = (variant & 1) != 0 ? "\r\n" : "\n";
    String trailing = (variant & (1 << 5)) != 0 ? " \u00a0" : "";
    int width = (variant & (1 << 4)) == 0 ? 0 : (variant & (1 << 8)) != 0 ? NARROW : WIDE;
    StringBuilder out = new StringBuilder();
    Optional<String> headline = carriedHeadline(article);
    headline.ifPresent(h -> out.append(h).append(trailing).append(eol).append(eol));
    out.append(byline(article, variant)).append(trailing).append(eol).append(eol);
    List<String> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append(eol);
      }
      for (String line : wrap(paragraphs.get(i), width)) {
        out.append(line).append(trailing).append(eol);
      }
    }
    if ((variant & (1 << 3)) != 0) {
      if ((variant & (1 << 6)) != 0 && out.length() >= eol.length()) {
        out.setLength(out.length() - eol.length());
        out.append(' ');
      }
      out.append(TextBody.COMMENT_POLICY).append(eol);
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    if ((variant & (1 << 7)) == 0) {
      return text;
    }
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }

  /**
   * Return the article as the text format carries it (see the class description).
   *
   * @param article the article
   * @return the article with only the carried fields, its id and source kept
   */
  @Override
  public Article carried(Article article) {
    Source source = Source.builder().format(TextFormat.NAME).uri(article.source().uri()).build();
    return Article.builder()
        .id(article.id())
        .source(source)
        .headline(carriedHeadline(article))
        .authors(carriedAuthors(article))
        .published(carriedPublished(article))
        .paragraphs(TextBody.clean(article.paragraphs()))
        .build();
  }

  private static Optional<String> carriedHeadline(Article article) {
    return article.headline().map(Paragraphs::normalize).filter(TextHeader::canCarryHeadline);
  }

  /** The authors as the byline reads them back: split on {@code ,} and {@code and}. */
  private static List<String> carriedAuthors(Article article) {
    List<String> names = new ArrayList<>();
    for (String author : article.authors()) {
      names.add(Paragraphs.normalize(author));
    }
    return TextBylines.split(String.join(", ", names));
  }

  private static Optional<PartialDateTime> carriedPublished(Article article) {
    // The seed writes minutes; the byline reads a day, seconds and an offset as well, so a real
    // input's date survives parse(render(parse(x))). A year or a month alone is not a byline date.
    return article.published().filter(p -> p.precision() != PartialDateTime.Precision.YEAR
        && p.precision() != PartialDateTime.Precision.MONTH);
  }

  private static String byline(Article article, long variant) {
    List<String> authors = carriedAuthors(article);
    String and = String.join(" and ", authors);
    String names = (variant & (1 << 2)) != 0 && TextBylines.split(and).equals(authors)
        ? and : String.join(", ", authors);
    String date = carriedPublished(article).map(p -> p.toString().replace('T', ' ')).orElse("");
    String separator = (variant & (1 << 1)) != 0 ? PLAIN_SEPARATOR : NBSP_SEPARATOR;
    return names + separator + date;
  }

  /** Break a paragraph into lines of at most {@code width} characters at spaces; 0: one line. */
  private static List<String> wrap(String paragraph, int width) {
    if (width == 0 || paragraph.length() <= width) {
      return List.of(paragraph);
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (paragraph.length() - start > width) {
      int space = paragraph.lastIndexOf(' ', start + width);
      if (space <= start) {
        space = paragraph.indexOf(' ', start + width);
        if (space < 0) {
          break;
        }
      }
      lines.add(paragraph.substring(start, space));
      start = space + 1;
    }
    lines.add(paragraph.substring(start));
    return lines;
  }
}
