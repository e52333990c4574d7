package io.github.casefile.parsers.text;

import io.github.casefile.model.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a plain text: the headline, the byline (the seed's {@code AUTHORS | DATE}
 * line, or a {@code By …} line), date lines, and the Markdown headings, images, rules and block
 * quotes that converted pages carry above the body. The seed's byline ends the header; otherwise
 * the first line that is none of these starts the body.
 */
final class TextHeader {
  /** The longest line that can be a headline, in UTF-16 units. */
  static final int MAX_HEADLINE = 200;
  private static final int MAX_HEADER_LINES = 40;
  private static final int MAX_DATE_LINE = 60;

  private static final Pattern LABEL = Pattern.compile(
      "(?i)(first published|last updated|published|updated|posted|dated|date)(?: on)?( ?:)?(.*)");
  private static final Pattern CAPTION = Pattern.compile("\\p{Lu}[\\p{L}'’-]{0,30}: \\S.*");
  private static final Pattern MARKUP = Pattern.compile("[`*_]");

  /** What kind of header line a line is, judged on the line alone. */
  enum Kind {
    SEED_BYLINE, EMPTY_BYLINE, IMAGE, RULE, HEADING, QUOTE, BARE_BY, BY, LABEL, DATE, OTHER
  }

  /** What the header holds and where the body starts. */
  static final class Header {
    String headline;
    final List<String> authors = new ArrayList<>();
    PartialDateTime published;
    final List<String> warnings = new ArrayList<>();
    int bodyStart;
    boolean seedLayout;
  }

  private final TextLines lines;
  private final Header header = new Header();
  private String heading;
  private String unreadableDate;
  private boolean bylineSeen;
  private boolean contentSeen;
  private boolean done;
  private int classifiedLine = -1;
  private Kind classifiedKind;
  private TextBylines.SeedByline classifiedByline;

  private TextHeader(TextLines lines) {
    this.lines = lines;
  }

  /**
   * Read the header of a text.
   *
   * @param lines the text's lines
   * @return the header, with the index of the body's first line
   */
  static Header read(TextLines lines) {
    return new TextHeader(lines).run();
  }

  /**
   * Classify a normalised, non-empty line on its own.
   *
   * @param line the line
   * @return its kind
   */
  static Kind classify(String line) {
    return classify(line, TextBylines.seedByline(line));
  }

  private static Kind classify(String line, TextBylines.SeedByline seed) {
    if (seed != null) {
      return seed.isEmpty() ? Kind.EMPTY_BYLINE : Kind.SEED_BYLINE;
    }
    if (TextMarkdown.isImage(line)) {
      return Kind.IMAGE;
    }
    if (TextMarkdown.isRule(line)) {
      return Kind.RULE;
    }
    if (TextMarkdown.headingMarks(line) > 0) {
      return Kind.HEADING;
    }
    if (line.startsWith(">")) {
      return Kind.QUOTE;
    }
    if (TextBylines.isBareBy(line)) {
      return Kind.BARE_BY;
    }
    if (TextBylines.byLine(line) != null) {
      return Kind.BY;
    }
    if (label(line) != null) {
      return Kind.LABEL;
    }
    if (isDateLine(line)) {
      return Kind.DATE;
    }
    return Kind.OTHER;
  }

  /**
   * Tell whether a headline survives a round through the seed's layout: a line followed by a byline
   * is read back as the headline only if it is none of the header's other kinds and does not read
   * as a sentence.
   *
   * @param headline a normalised headline
   * @return true if the text format carries it
   */
  static boolean canCarryHeadline(String headline) {
    return !headline.isEmpty() && classify(headline) == Kind.OTHER && !readsAsSentence(headline);
  }

  /**
   * Tell whether a line reads as a sentence rather than a headline.
   *
   * @param line a normalised line
   * @return true if it ends with a full stop or is longer than {@value #MAX_HEADLINE} characters
   */
  static boolean readsAsSentence(String line) {
    return line.endsWith(".") || line.length() > MAX_HEADLINE;
  }

  private Header run() {
    int i = 0;
    for (int seen = 0; seen < MAX_HEADER_LINES; seen++) {
      i = nextContent(i);
      if (!lines.has(i)) {
        break;
      }
      String line = normalized(i);
      int next = step(i, line, kindOf(i));
      if (next < 0) {
        break;
      }
      i = next;
      if (done) {
        break;
      }
    }
    header.bodyStart = i;
    if (header.headline == null) {
      header.headline = heading;
    }
    warn(i);
    return header;
  }

  /** Consume one header line (or two); return the index after it, or -1 when the body starts. */
  private int step(int i, String line, Kind kind) {
    switch (kind) {
      case SEED_BYLINE:
        kindOf(i);
        TextBylines.SeedByline byline = classifiedByline;
        if (bylineSeen) {
          return -1;
        }
        header.authors.addAll(TextBylines.split(byline.authors));
        if (!byline.date.isEmpty()) {
          date(byline.date);
        }
        bylineSeen = true;
        header.seedLayout = true;
        return stopAfter(i);
      case EMPTY_BYLINE:
        if (bylineSeen || header.published != null || contentSeenBesidesHeadline()) {
          return i + 1;  // a separator, as between a published and an updated date
        }
        bylineSeen = true;
        return stopAfter(i);
      case IMAGE:
      case RULE:
        return i + 1;
      case HEADING:
        heading = trimClosingMarks(line.substring(TextMarkdown.headingMarks(line)));
        contentSeen = true;
        return i + 1;
      case QUOTE:
        if (header.headline == null && heading == null) {
          return -1;
        }
        date(line);
        return i + 1;
      case BARE_BY:
        int names = nextContent(i + 1);
        List<String> authors =
            lines.has(names) ? TextBylines.names(normalized(names)) : null;
        if (authors == null) {
          return -1;
        }
        byAuthors(authors);
        return names + 1;
      case BY:
        byAuthors(TextBylines.byLine(line));
        return i + 1;
      case LABEL:
        return labelLine(i, line);
      case DATE:
        date(line);
        contentSeen = true;
        return i + 1;
      default:
        return headline(i, line) ? i + 1 : -1;
    }
  }

  private boolean contentSeenBesidesHeadline() {
    return !header.authors.isEmpty() || heading != null;
  }

  /** The seed's byline ends the header: the body starts on the next line. */
  private int stopAfter(int i) {
    contentSeen = true;
    done = true;
    return i + 1;
  }

  private boolean headline(int i, String line) {
    if (contentSeen || header.headline != null || readsAsSentence(line)) {
      return false;
    }
    int after = nextContent(i + 1);
    if (!lines.has(after)) {
      return false;  // a lone line is the text, not its headline
    }
    Kind nextKind = kindOf(after);
    boolean followedByHeader = nextKind == Kind.SEED_BYLINE || nextKind == Kind.EMPTY_BYLINE
        || nextKind == Kind.BY || nextKind == Kind.BARE_BY || nextKind == Kind.LABEL
        || nextKind == Kind.DATE;
    boolean alone = after > i + 1;
    if (!followedByHeader && (!alone || CAPTION.matcher(line).matches())) {
      return false;
    }
    header.headline = line;
    contentSeen = true;
    return true;
  }

  private void byAuthors(List<String> authors) {
    for (String author : authors) {
      if (!header.authors.contains(author)) {
        header.authors.add(author);
      }
    }
    bylineSeen = true;
    contentSeen = true;
  }

  private int labelLine(int i, String line) {
    Matcher m = label(line);
    boolean published = !m.group(1).toLowerCase(Locale.ROOT).contains("updated");
    String rest = MARKUP.matcher(m.group(3)).replaceAll("").trim();
    contentSeen = true;
    if (!rest.isEmpty()) {
      if (published) {
        date(rest);
      }
      return i + 1;
    }
    int next = nextContent(i + 1);
    if (lines.has(next) && kindOf(next) == Kind.DATE) {
      if (published) {
        date(normalized(next));
      }
      return next + 1;
    }
    return i + 1;
  }

  private void date(String text) {
    TextDates.Reading reading = TextDates.find(MARKUP.matcher(text).replaceAll(""));
    if (reading == null || header.published != null) {
      return;
    }
    if (reading.value() != null) {
      header.published = reading.value();
      unreadableDate = null;
    } else if (unreadableDate == null) {
      unreadableDate = reading.unreadable();
    }
  }

  private void warn(int bodyStart) {
    if (header.headline == null) {
      int first = nextContent(0);
      String line = lines.has(first) ? normalized(first) : "";
      header.warnings.add(first == bodyStart && readsAsSentence(line)
          ? "The first line reads as a sentence, not a headline, so the article has no headline."
          : "The text has no headline line.");
    }
    if (unreadableDate != null) {
      header.warnings.add("The date '" + abbreviate(unreadableDate)
          + "' is not a real date, so the article has no publication date.");
    } else if (!bylineSeen && header.published == null) {
      header.warnings.add("The text has no byline ('AUTHORS | yyyy-MM-dd HH:mm' or 'By …'),"
          + " so the article has no authors and no publication date.");
    } else if (header.published == null) {
      header.warnings.add("The byline gives no publication date.");
    }
  }

  /** Drop the optional closing marks of an ATX heading ("## Title ##"). */
  private static String trimClosingMarks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '#' || text.charAt(end - 1) == ' ')) {
      end--;
    }
    return end == 0 ? text : text.substring(0, end);
  }

  private static Matcher label(String line) {
    Matcher m = LABEL.matcher(line);
    if (!m.matches()) {
      return null;
    }
    boolean colon = m.group(2) != null;
    String rest = MARKUP.matcher(m.group(3)).replaceAll("").trim();
    if (colon || (!rest.isEmpty() && Character.isWhitespace(m.group(3).charAt(0))
        && isDateLine(rest))) {
      return m;
    }
    return null;
  }

  private static boolean isDateLine(String line) {
    if (longerThanDateLine(line)) {
      return false;
    }
    String bare = MARKUP.matcher(line).replaceAll("").trim();
    return bare.length() <= MAX_DATE_LINE && !bare.isEmpty() && TextDates.isWholeDate(bare);
  }

  /**
   * Tell, without stripping the line, that it stays longer than a date line once stripped: every
   * visible character but the markup survives {@code MARKUP} and {@code trim()}. Long body lines
   * are classified on the way to the body, so this saves a regular-expression pass over each.
   */
  private static boolean longerThanDateLine(String line) {
    int kept = 0;
    for (int i = 0; i < line.length() && kept <= MAX_DATE_LINE; i++) {
      char c = line.charAt(i);
      if (c > ' ' && c != '`' && c != '*' && c != '_') {
        kept++;
      }
    }
    return kept > MAX_DATE_LINE;
  }

  /**
   * Classify line i, remembering the last answer: a headline is judged by the kind of the line
   * after it, which the next step classifies again (a seed byline would be read three times).
   */
  private Kind kindOf(int i) {
    if (i != classifiedLine) {
      String line = normalized(i);
      classifiedByline = TextBylines.seedByline(line);
      classifiedKind = classify(line, classifiedByline);
      classifiedLine = i;
    }
    return classifiedKind;
  }

  private int nextContent(int from) {
    int i = from;
    while (lines.has(i) && lines.isBlank(i)) {
      i++;
    }
    return i;
  }

  private String normalized(int i) {
    return lines.normalized(i);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
