package io.github.casefile.testkit;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Generates the text of articles: words, names, headlines and paragraphs that already follow the
 * paragraph rule ({@link Paragraphs#isNormalized(String)}), reaching the hard cases of the design's
 * "Round trips" section: characters outside the Basic Multilingual Plane (never split), right-to-left
 * scripts, names with apostrophes and hyphens, {@code |} and {@code "By "} inside text, markup-like
 * tokens, and very short and very long paragraphs. {@link #rawParagraph(String)} gives the raw
 * white space (no-break spaces, CRLF, tabs, U+3000) that a format must normalise back.
 */
public final class TextGenerators {
  private static final List<String> COMMON = List.of(
      "the", "defectors", "police", "arrested", "border", "near", "last", "month", "were",
      "repatriated", "North", "Korean", "Chinese", "authorities", "Ministry", "of", "State",
      "Security", "according", "to", "a", "source", "in", "said", "and", "have", "been",
      "subject", "sudden", "raids", "safe", "houses", "Convention", "Article", "33", "refugees",
      "Laos", "Thailand", "Dandong", "brokers", "eight", "women", "since", "2017.", "year,",
      "(MSS)", "on", "Tuesday", "reported.", "by", "By", "|", "—", "UN", "Commission");
  private static final List<String> NAMES = List.of(
      "O'Brien", "D'Arcy", "Jean-Luc", "Kim Ga-young", "Lee Sang-yong", "N'Diaye", "Ní Bhriain",
      "Anne-Marie O'Neill", "Al-Hassan", "Zoë", "Ségolène", "Kim Jong Un", "Park", "O'", "-Yi",
      "Daniel Day-Lewis", "Ma'ruf", "José", "İlhan", "Þórunn", "Ørsted", "Mc'Kay-Smith");
  private static final List<String> SUPPLEMENTARY = List.of(
      "𝒜", "😀", "𠀀", "𝕏yz", "a😀b", "𐐷", "🇰🇵", "👩‍👩‍👧", "𝄞", "𠜎𠜱", "🦺");
  private static final List<String> RIGHT_TO_LEFT = List.of(
      "שלום", "עולם", "مرحبا", "العربية", "حقوق", "الإنسان", "פליטים", "لاجئ", "ایران", "(أ)");
  private static final List<String> MARKUP = List.of(
      "|", "||", "By", "By:", "<b>", "</p>", "&amp;", "&", "\"quoted\"", "'", "“curly”", "#",
      "*", "---", "{", "}", "\\", "[1]", "<!--", "-->", "]]>", "$", "%", "...", "…", "©",
      "key:", "@", "http://example.org/a?b=1&c=2", "a|b");
  private static final List<String> NUMBERS = List.of(
      "2017-10-27", "14:52", "8", "1,000", "1988", "10.5", "0", "-1", "#33", "3rd", "1982,");
  private static final List<String> OUTLETS = List.of(
      "Daily NK", "Radio Free Asia", "NK News", "Reporters' Desk", "Le Monde", "الجزيرة",
      "הארץ", "연합뉴스", "Voice-of-the-People", "The \"Quoted\" Times", "𝒜 News");

  private TextGenerators() {}

  /**
   * Generate one word: no white space inside, whole code points only.
   *
   * @return a generator of words, mostly English, sometimes names, right-to-left or CJK script,
   *     characters outside the BMP, markup-like tokens, numbers or arbitrary code points
   */
  public static Gen<String> words() {
    return frequency(List.of(
        Pair.of(40, pick(COMMON)),
        Pair.of(8, asciiWords()),
        Pair.of(6, pick(NAMES).map(n -> n.replace(' ', '-'))),
        Pair.of(5, frequency(Pair.of(3, pick(SUPPLEMENTARY)),
            Pair.of(1, codePoints(0x10000, 0x1FFFF, 1, 3)))),
        Pair.of(5, frequency(Pair.of(3, pick(RIGHT_TO_LEFT)),
            Pair.of(1, codePoints(0x05D0, 0x05EA, 1, 8)),
            Pair.of(1, codePoints(0x0627, 0x064A, 1, 8)))),
        Pair.of(4, frequency(Pair.of(1, codePoints(0xAC00, 0xD7A3, 1, 4)),
            Pair.of(1, codePoints(0x4E00, 0x9FFF, 1, 4)))),
        Pair.of(5, pick(MARKUP)),
        Pair.of(3, pick(NUMBERS)),
        Pair.of(2, codePoints(0x21, 0x2FFFF, 1, 5))));
  }

  /**
   * Generate a name of a person, a group or an organisation: one to four words, often with
   * apostrophes, hyphens, non-Latin scripts or characters outside the BMP.
   *
   * @return a generator of normalised names
   */
  public static Gen<String> names() {
    Gen<String> word = frequency(List.of(
        Pair.of(5, pick(NAMES)),
        Pair.of(4, asciiWords().map(TextGenerators::capitalise)),
        Pair.of(1, pick(RIGHT_TO_LEFT)),
        Pair.of(1, pick(SUPPLEMENTARY)),
        Pair.of(1, codePoints(0xAC00, 0xD7A3, 1, 3))));
    return joined(word, range(1, 3));
  }

  /**
   * Generate an outlet's name.
   *
   * @return a generator of outlet names
   */
  public static Gen<String> outlets() {
    return frequency(Pair.of(3, pick(OUTLETS)), Pair.of(1, names()));
  }

  /**
   * Generate a headline: a few words, sometimes with {@code |} or {@code "By "} inside, sometimes a
   * single character.
   *
   * @return a generator of normalised headlines
   */
  public static Gen<String> headlines() {
    return frequency(List.of(
        Pair.of(6, joined(words(), range(2, 14))),
        Pair.of(1, joined(words(), range(1, 4)).map(w -> "By " + w)),
        Pair.of(1, joined(words(), range(1, 5)).zip(joined(words(), range(1, 4)),
            (a, b) -> a + " | " + b)),
        Pair.of(1, words())));
  }

  /**
   * Generate a paragraph: mostly a sentence or a few, sometimes one word or one character,
   * sometimes hundreds of words.
   *
   * @return a generator of paragraphs for which {@link Paragraphs#isNormalized(String)} holds
   */
  public static Gen<String> paragraphs() {
    return joined(words(), frequency(List.of(
        Pair.of(4, constant(1)),
        Pair.of(50, range(2, 14)),
        Pair.of(40, range(15, 80)),
        Pair.of(3, range(300, 1200)))));
  }

  /**
   * Generate a short plain sentence, as warnings and descriptions are.
   *
   * @return a generator of normalised sentences
   */
  public static Gen<String> sentences() {
    return joined(words(), range(1, 12)).map(s -> s + ".");
  }

  /**
   * Generate raw text that normalises to the given paragraph: each space becomes a run of white
   * space (spaces, tabs, U+00A0, U+2007, U+202F, U+3000, {@code \n} or {@code \r\n}, never two line
   * breaks in a row, so no blank line appears inside), and the ends get spaces, tabs or no-break
   * spaces.
   *
   * @param paragraph a paragraph for which {@link Paragraphs#isNormalized(String)} holds
   * @return a generator of raw text {@code r} with {@code Paragraphs.normalize(r).equals(paragraph)}
   * @throws IllegalArgumentException if {@code paragraph} is not normalised
   */
  public static Gen<String> rawParagraph(String paragraph) {
    if (!Paragraphs.isNormalized(paragraph)) {
      throw new IllegalArgumentException("not a normalised paragraph: '" + paragraph + "'");
    }
    Gen<String> inner = pick(List.of(" ", " ", " ", "\u00A0", "\t", "\r\n", "\n", "\u3000",
        "  ", " \u00A0 ", "\u2007", "\u202F", "\t\u00A0", " \r\n ", "\u3000\u3000"));
    Gen<String> edge = pick(List.of("", "", "", " ", "\t", "\u00A0", " \u00A0", "\u3000"));
    return in -> {
      StringBuilder raw = new StringBuilder(paragraph.length() + 16);
      raw.append(edge.generate(in));
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        raw.append(c == ' ' ? inner.generate(in) : String.valueOf(c));
      }
      raw.append(edge.generate(in));
      return raw.toString();
    };
  }

  /**
   * Generate words of code points in a range, skipping those that are not assigned, are white
   * space, controls, surrogates, noncharacters or the byte-order mark.
   *
   * @param from the first code point
   * @param to the last code point
   * @param minLength the fewest code points
   * @param maxLength the most code points
   * @return a generator of non-empty words
   */
  public static Gen<String> codePoints(int from, int to, int minLength, int maxLength) {
    Gen<Integer> lengths = range(minLength, maxLength);
    Gen<Integer> points = range(from, to);
    return in -> {
      int length = lengths.generate(in);
      StringBuilder word = new StringBuilder(length * 2);
      while (word.length() == 0 || word.codePointCount(0, word.length()) < length) {
        int cp = points.generate(in);
        word.appendCodePoint(usable(cp) ? cp : 'x');
      }
      return word.toString();
    };
  }

  /**
   * Tell whether a code point may appear inside a generated word.
   *
   * @param cp a code point
   * @return true if it is assigned and not white space, a control, a surrogate, a noncharacter or
   *     the byte-order mark
   */
  public static boolean usable(int cp) {
    if (!Character.isDefined(cp) || Character.isISOControl(cp) || cp == 0xFEFF
        || (cp >= 0xD800 && cp <= 0xDFFF) || (cp & 0xFFFE) == 0xFFFE
        || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
      return false;
    }
    String s = new String(Character.toChars(cp));
    for (int i = 0; i < s.length(); i++) {
      if (Paragraphs.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static Gen<String> joined(Gen<String> word, Gen<Integer> counts) {
    return in -> {
      int n = counts.generate(in);
      List<String> parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(word.generate(in));
      }
      return String.join(" ", parts);
    };
  }

  private static Gen<String> asciiWords() {
    return codePoints('a', 'z', 1, 12);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
