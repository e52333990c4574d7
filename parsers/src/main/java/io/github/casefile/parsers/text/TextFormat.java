package io.github.casefile.parsers.text;

import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.DecodedText;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain-text articles in the seed's layout and the common shapes around it.
 *
 * <p>The layout (normative in DESIGN.md): line 1 the headline; then a byline {@code AUTHORS | DATE}
 * where the {@code |} may have any white space around it, the authors are separated by {@code ,}
 * or {@code and}, and the date is {@code yyyy-MM-dd HH:mm} (seconds optional), read without an
 * offset; then paragraphs separated by blank lines, the lines of a paragraph joined by a space. The
 * site's comment-policy line at the end, alone or glued to the last paragraph, is dropped.
 *
 * <p>Other shapes give what they hold, with a warning for what they lack: no byline (no authors,
 * no date); a first line that reads as a sentence (it ends with a full stop or is longer than 200
 * characters), which is body, not headline; a {@code By Name and Name} line ({@code By NAME,
 * Reuters} gives the name only); {@code Published: …} date lines and dates written with month
 * names; a dateline glued to the first paragraph ({@code SEOUL, Oct. 27 (Yonhap) --}), which stays
 * in the text and gives no date; CRLF and lone CR line ends; a byte-order mark or another charset
 * (decoded by {@link SourceInput#decode}); Markdown headings, images and rules of converted pages;
 * the {@code @highlight} summaries of CNN/DailyMail story files, which are not body. A date or
 * headline that the text does not state is never made up.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextFormat implements SourceFormat {
  /** The format's name. */
  public static final String NAME = "text";

  /** Create the format; it holds no state. */
  public TextFormat() {
    // Nothing to set up: every parse works on its own input.
  }

  /**
   * Return {@value #NAME}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Describe the format.
   *
   * @return one line
   */
  @Override
  public String description() {
    return "plain text: a headline, an 'AUTHORS | yyyy-MM-dd HH:mm' byline and paragraphs"
        + " separated by blank lines; claims other prose only when no other format does";
  }

  /**
   * Score the input: 0 for empty, binary, HTML/XML, JSON, front matter, WARC or PDF content, 80
   * for the seed's layout, 10 for other text.
   *
   * @param input the input
   * @return the score
   */
  @Override
  public int detect(SourceInput input) {
    return TextDetection.score(input);
  }

  /**
   * Read the article the text holds.
   *
   * @param input the input
   * @return one draft
   * @throws MalformedInputException if the input is empty or binary
   */
  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    DecodedText decoded = input.decode(null);
    String text = decoded.text();
    if (text.indexOf('\u0000') >= 0) {
      throw new MalformedInputException(input.name().orElse(null),
          "the input holds NUL characters at offset " + text.indexOf('\u0000')
              + ": it is binary, not text", null);
    }
    TextLines lines = TextLines.of(text);
    TextHeader.Header header = TextHeader.read(lines);
    input.checkDeadline("reading the header");
    List<String> paragraphs = TextBody.clean(TextBody.blocks(lines, header.bodyStart));
    input.checkDeadline("reading the paragraphs");
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(header.warnings);
    return List.of(ArticleDraft.builder()
        .headline(Optional.ofNullable(header.headline))
        .authors(header.authors)
        .published(Optional.ofNullable(header.published))
        .paragraphs(paragraphs)
        .warnings(warnings)
        .build());
  }
}
