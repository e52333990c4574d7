package io.github.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Paragraphs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression that reads input in the formats (the {@code Pattern} constants of the
 * classes listed in docs/hostile-input.md) does linear work: on generated worst cases (runs of
 * spaces, brackets, digits, words, separators), ten times the input costs at most eleven times the
 * character reads, counted through a {@link CharSequence} that counts {@code charAt}, never timed.
 * Each pattern is run the harshest way, {@code find()} from every position to the end, except the
 * few whose callers bound their input, which run as they are used ({@link #AS_USED}; each is
 * explained in docs/hostile-input.md).
 */
class RegexLinearityTest {
  static final String[] CLASSES = {
      "io.github.casefile.parsers.html.DateTexts", "io.github.casefile.parsers.html.Furniture",
      "io.github.casefile.parsers.frontmatter.MarkdownBlocks",
      "io.github.casefile.parsers.frontmatter.FrontMatter",
      "io.github.casefile.parsers.text.TextDates", "io.github.casefile.parsers.text.TextHeader",
      "io.github.casefile.parsers.text.TextBylines", "io.github.casefile.parsers.text.TextBody",
      "io.github.casefile.parsers.text.TextMarkdown", "io.github.casefile.parsers.internal.XmlProlog",
      "io.github.casefile.parsers.internal.HtmlBlocks", "io.github.casefile.parsers.internal.Dates",
      "io.github.casefile.parsers.internal.Bylines"};
  static final String[] UNITS = {" ", "\t \u00a0", "a", "ab ", "![", "![a](", "[a] ", "[a", "1",
      "12-", "2017-10-27 ", ", ", " and ", "and", "x@", "a@b.", "The post ", " for ", "by ",
      "<?xml ", "encoding=", "# ", "- ", "```", "<div ", "Jan 1 ", "12:30 ", "ad-", ": ", "a:",
      "date", "_a", "[a_b"};

  /** How the callers of some patterns bound the input, so the test runs them the same way. */
  enum Use { FIND, FIND_ON_NORMALISED, MATCHES, AT_MOST_400_CHARS }

  static final Map<String, Use> AS_USED = Map.of(
      "TextBylines.AUTHOR_SEPARATOR", Use.FIND_ON_NORMALISED,
      "Bylines.SEPARATORS", Use.FIND_ON_NORMALISED,
      "Bylines.FOR_OR_IN", Use.FIND_ON_NORMALISED,
      "TextMarkdown.IMAGE", Use.MATCHES,
      "Bylines.AT_EMAIL", Use.AT_MOST_400_CHARS);

  static Stream<Arguments> patterns() throws ReflectiveOperationException {
    List<Arguments> out = new ArrayList<>();
    for (String name : CLASSES) {
      Class<?> type = Class.forName(name);
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Pattern.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          out.add(Arguments.of(type.getSimpleName() + "." + field.getName(), field.get(null)));
        }
      }
    }
    return out.stream();
  }

  /** Count the character reads of using a pattern on a text the way its callers do. */
  static long reads(Pattern pattern, String raw, Use use) {
    String text = switch (use) {
      case FIND_ON_NORMALISED -> Paragraphs.normalize(raw);
      case AT_MOST_400_CHARS -> raw.substring(0, Math.min(400, raw.length()));
      default -> raw;
    };
    Counting counting = new Counting(text);
    Matcher m = pattern.matcher(counting);
    if (use == Use.MATCHES) {
      m.matches();
      return counting.reads + text.length() + 1;
    }
    while (m.find()) {
      if (m.end() == m.start() && m.end() >= text.length()) {
        break;
      }
    }
    return counting.reads + text.length() + 1;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void tenTimesTheInputCostsAtMostElevenTimesTheReads(String name, Pattern pattern) {
    Use use = AS_USED.getOrDefault(name, Use.FIND);
    for (String unit : UNITS) {
      long small = reads(pattern, unit.repeat(500), use);
      long large = reads(pattern, unit.repeat(5000), use);
      assertThat((double) large / small).as("%s on \"%s\" repeated: %d then %d reads", name,
          unit, small, large).isLessThanOrEqualTo(11.0);
    }
  }

  /** A string that counts how often the matcher reads a character. */
  static final class Counting implements CharSequence {
    private final String text;
    long reads;

    Counting(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
