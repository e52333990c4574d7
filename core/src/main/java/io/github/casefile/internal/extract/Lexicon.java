package io.github.casefile.internal.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Classes of words the finders start their rules on, looked up once per token while the text is
 * analysed, so that each finder passes over the tokens that cannot start anything with one bit
 * test instead of a dozen set look-ups. Built once per class loader from the finders' own word
 * lists.
 */
final class Lexicon {
  /** A person's title or role: "Minister", "Mr", "defector". */
  static final int TITLE = 1 << 4;
  /** A group noun: "defectors", "brokers". */
  static final int GROUP = 1 << 5;
  /** A word a time expression may start with: a month, "since", "last", "the", a number word. */
  static final int DATE_CUE = 1 << 6;
  /** An incident trigger: "arrested", "raids". */
  static final int TRIGGER = 1 << 7;
  /** A state action verb: "ratified", "signed". */
  static final int ACTION = 1 << 8;
  /** "Article", "Articles", "Art". */
  static final int ARTICLE = 1 << 9;

  private static final Map<String, Integer> CLASSES = new HashMap<>();

  static {
    add(EntityFinder.TITLES, TITLE);
    add(EntityFinder.GROUPS.keySet(), GROUP);
    add(DateFinder.CUES, DATE_CUE);
    add(DateFinder.MONTHS.keySet(), DATE_CUE);
    add(Numbers.WORDS.keySet(), DATE_CUE);
    add(IncidentFinder.TRIGGERS.keySet(), TRIGGER);
    add(InstrumentFacts.VERBS.keySet(), ACTION);
    add(Set.of("article", "articles", "art"), ARTICLE);
  }

  private Lexicon() {}

  private static void add(Set<String> words, int flag) {
    for (String w : words) {
      CLASSES.merge(w, flag, (x, y) -> x | y);
    }
  }

  /**
   * Return the classes of a normalised token.
   *
   * @param norm the token, lower case, apostrophes removed
   * @return the class flags, 0 for none
   */
  static int classes(String norm) {
    Integer c = CLASSES.get(norm);
    return c == null ? 0 : c;
  }
}
