package io.github.casefile.parsers.text;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the body's lines into paragraphs and removes the furniture that plain texts carry: the
 * site's comment-policy line at the end, {@code @highlight} summaries, Markdown rules, images and
 * heading marks, and a trailing link section. The same cleaning serves the parser and {@link
 * TextRenderer#carried}, so that what one drops the other does not expect.
 */
final class TextBody {
  /** The comment-policy line of the seed's site, furniture wherever it ends the text. */
  static final String COMMENT_POLICY =
      "Advertisements, links with an http address and inappropriate language will be deleted.";
  /** The line that starts the summary bullets of CNN/DailyMail story files. */
  static final String HIGHLIGHT = "@highlight";

  private static final Pattern BARE_URL = Pattern.compile("<?https?://\\S+");

  private TextBody() {}

  /**
   * Group the body's lines into paragraphs: blank lines (white space only) separate them, and the
   * lines of a paragraph are joined by a space. Each paragraph is normalised from the text between
   * its first line's start and its last line's end, whose line ends are white space, in one scan
   * that cuts it out as it is when it is one normalised line, the common case.
   *
   * @param lines the text's lines
   * @param from the first line of the body
   * @return the normalised paragraphs, none empty
   */
  static List<String> blocks(TextLines lines, int from) {
    List<String> paragraphs = new ArrayList<>();
    int first = -1;  // the paragraph's first line, -1 between paragraphs
    int i = from;
    for (; lines.has(i); i++) {
      // a line that is not blank mostly shows it at its first character
      if (lines.isBlank(i)) {
        if (first >= 0) {
          paragraphs.add(paragraph(lines, first, i - 1));
          first = -1;
        }
      } else if (first < 0) {
        first = i;
      }
    }
    if (first >= 0) {
      paragraphs.add(paragraph(lines, first, i - 1));
    }
    return paragraphs;
  }

  private static String paragraph(TextLines lines, int first, int last) {
    return Paragraphs.normalize(lines.text(), lines.start(first), lines.end(last));
  }

  /**
   * Remove the furniture from normalised paragraphs. Applying it twice gives the same result as
   * applying it once.
   *
   * @param paragraphs normalised paragraphs
   * @return the body's paragraphs
   */
  static List<String> clean(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs);
    stripPolicy(kept);
    List<String> body = new ArrayList<>(kept.size());
    List<Boolean> headings = new ArrayList<>(kept.size());
    for (String paragraph : kept) {
      String text = paragraph.substring(TextMarkdown.headingMarks(paragraph));
      if (text.equals(HIGHLIGHT)) {
        break;
      }
      if (text.isEmpty() || TextMarkdown.isRule(text) || TextMarkdown.isImage(text)) {
        continue;
      }
      body.add(text);
      headings.add(text.length() != paragraph.length());
    }
    // A trailing link section ("## URL", then the address) and the policy line are furniture.
    boolean changed = true;
    while (changed && !body.isEmpty()) {
      int last = body.size() - 1;
      changed = stripPolicy(body);
      if (!changed && (headings.get(last) || BARE_URL.matcher(body.get(last)).matches())) {
        body.remove(last);
        headings.remove(last);
        changed = true;
      }
      while (headings.size() > body.size()) {
        headings.remove(headings.size() - 1);
      }
    }
    return body;
  }

  /** Strip the policy line from the end of the last paragraphs, as often as it is there. */
  private static boolean stripPolicy(List<String> paragraphs) {
    boolean stripped = false;
    while (!paragraphs.isEmpty()) {
      int last = paragraphs.size() - 1;
      String paragraph = paragraphs.get(last);
      if (!paragraph.endsWith(COMMENT_POLICY)) {
        break;
      }
      String rest = Paragraphs.normalize(
          paragraph.substring(0, paragraph.length() - COMMENT_POLICY.length()));
      if (rest.isEmpty()) {
        paragraphs.remove(last);
      } else {
        paragraphs.set(last, rest);
      }
      stripped = true;
    }
    return stripped;
  }
}
