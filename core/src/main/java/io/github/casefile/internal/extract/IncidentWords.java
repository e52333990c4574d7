package io.github.casefile.internal.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The word sets of the incident pass ({@link IncidentFinder}, {@link Victims}), asked of a token
 * with one array read. Most of these sets hold words outside the base vocabulary ("gets",
 * "soldier", "percent"), and a {@link WordSet} answers for a token outside it (a third of a news
 * text's tokens: knowledge-base names, words new to the vocabulary) by a String hash probe, each
 * time a pass over the sentence asks; here such a token's norm is looked up once per analysis, for
 * all the sets at once. One instance per article's incident pass.
 */
final class IncidentWords {
  // one bit per word set, named as the set
  static final long CONFINING_VERBS = 1L;
  static final long DONE_TO = 1L << 1;
  static final long SPEECH = 1L << 2;
  static final long BELIEVED = 1L << 3;
  static final long HOLDING = 1L << 4;
  static final long SENDING = 1L << 5;
  static final long HAPPENING = 1L << 6;
  static final long RETURNING = 1L << 7;
  static final long CAPTIVES = 1L << 8;
  static final long TIME_NOUNS = 1L << 9;
  static final long ANAPHORS = 1L << 10;
  static final long NORM_VERBS = 1L << 11;
  static final long PLACE_PREPOSITIONS = 1L << 12;
  static final long DESCRIBING = 1L << 13;
  static final long PLACE_NOUNS = 1L << 14;
  static final long PHRASE_STOPS = 1L << 15;
  static final long PASSIVE = 1L << 16;
  static final long UNITS = 1L << 17;
  static final long IRREGULAR_PAST = 1L << 18;
  static final long PERSONAL_PRONOUNS = 1L << 19;
  static final long SELF_VERBS = 1L << 20;
  static final long PERSON_NOUNS = 1L << 21;
  static final long AFTER_OBJECT = 1L << 22;
  static final long DEFINITE = 1L << 23;
  static final long SINGULAR_DETERMINERS = 1L << 24;
  static final long MEASURES = 1L << 25;
  static final long CURRENCIES = 1L << 26;
  static final long VICTIM_NOUNS = 1L << 27;
  static final long POSSESSIVES = 1L << 28;
  static final long PLURAL_RELATIVES = 1L << 29;
  static final long UNCONFIRMING = 1L << 30;
  static final long SOURCE_VERBS = 1L << 31;
  static final long REFERRING_PRONOUNS = 1L << 32;
  static final long OBJECT_WORDS = 1L << 33;

  /**
   * The sets' classes of every word, of each base vocabulary id, and of the words outside the
   * base by their String hash; built on first use (after the finders' classes, whose sets the base
   * vocabulary is made of).
   */
  private static final class Tables {
    static final Map<String, Long> BY_WORD = new HashMap<>();
    static final long[] BY_BASE_ID;
    /**
     * Open-addressing table of the words outside the base vocabulary, at most a quarter full,
     * by {@link Vocabulary#mix} of their hash: a token's kept hash finds a slot, nearly always
     * an empty one, without reading the token's norm.
     */
    static final int[] OUTSIDE_HASHES;
    static final String[] OUTSIDE_WORDS;
    static final long[] OUTSIDE_CLASSES;

    static {
      put(CONFINING_VERBS, IncidentFinder.CONFINING_VERBS);
      put(DONE_TO, IncidentFinder.DONE_TO);
      put(SPEECH, IncidentFinder.SPEECH);
      put(BELIEVED, IncidentFinder.BELIEVED);
      put(HOLDING, IncidentFinder.HOLDING);
      put(SENDING, IncidentFinder.SENDING);
      put(HAPPENING, IncidentFinder.HAPPENING);
      put(RETURNING, IncidentFinder.RETURNING);
      put(CAPTIVES, IncidentFinder.CAPTIVES);
      put(TIME_NOUNS, IncidentFinder.TIME_NOUNS);
      put(ANAPHORS, IncidentFinder.ANAPHORS);
      put(NORM_VERBS, IncidentFinder.NORM_VERBS);
      put(PLACE_PREPOSITIONS, IncidentFinder.PLACE_PREPOSITIONS);
      put(DESCRIBING, IncidentFinder.DESCRIBING);
      put(PLACE_NOUNS, IncidentFinder.PLACE_NOUNS);
      put(PHRASE_STOPS, Victims.PHRASE_STOPS);
      put(PASSIVE, Victims.PASSIVE);
      put(UNITS, Victims.UNITS);
      put(IRREGULAR_PAST, Victims.IRREGULAR_PAST);
      put(PERSONAL_PRONOUNS, Victims.PERSONAL_PRONOUNS);
      put(SELF_VERBS, Victims.SELF_VERBS);
      put(PERSON_NOUNS, Victims.PERSON_NOUNS);
      put(AFTER_OBJECT, Victims.AFTER_OBJECT);
      put(DEFINITE, Victims.DEFINITE);
      put(SINGULAR_DETERMINERS, Victims.SINGULAR_DETERMINERS);
      put(MEASURES, Victims.MEASURES);
      put(CURRENCIES, Victims.CURRENCIES);
      put(VICTIM_NOUNS, Victims.VICTIM_NOUNS);
      put(POSSESSIVES, RelativeActors.POSSESSIVES);
      put(PLURAL_RELATIVES, RelativeActors.PLURAL_RELATIVES);
      put(UNCONFIRMING, IncidentFinder.UNCONFIRMING);
      put(SOURCE_VERBS, IncidentFinder.SOURCE_VERBS);
      put(REFERRING_PRONOUNS, IncidentFinder.REFERRING_PRONOUNS);
      put(OBJECT_WORDS, IncidentFinder.OBJECT_WORDS);
      Vocabulary base = Vocabulary.BASE;
      BY_BASE_ID = new long[base == null ? 0 : base.size];
      for (int id = 0; id < BY_BASE_ID.length; id++) {
        BY_BASE_ID[id] = BY_WORD.getOrDefault(base.norms[id], 0L);
      }
      int capacity = 16;
      while (capacity < 4 * BY_WORD.size()) {
        capacity *= 2;
      }
      OUTSIDE_HASHES = new int[capacity];
      OUTSIDE_WORDS = new String[capacity];
      OUTSIDE_CLASSES = new long[capacity];
      for (Map.Entry<String, Long> e : BY_WORD.entrySet()) {
        if (base != null && base.idOf(e.getKey()) >= 0) {
          continue; // answered by its id
        }
        int at = Vocabulary.mix(e.getKey().hashCode()) & (capacity - 1);
        while (OUTSIDE_WORDS[at] != null) {
          at = (at + 1) & (capacity - 1);
        }
        OUTSIDE_HASHES[at] = e.getKey().hashCode();
        OUTSIDE_WORDS[at] = e.getKey();
        OUTSIDE_CLASSES[at] = e.getValue();
      }
    }

    private static void put(long bit, WordSet set) {
      for (String w : set.words()) {
        BY_WORD.merge(w, bit, (x, y) -> x | y);
      }
    }
  }

  private final TextAnalysis a;
  /** The classes of the base vocabulary's ids; null for an analysis without a vocabulary. */
  private final long[] byBaseId;

  IncidentWords(TextAnalysis a) {
    this.a = a;
    this.byBaseId = a.vocabulary == null ? null : Tables.BY_BASE_ID;
  }

  /**
   * Return whether token {@code k} (which must exist) is in any of the sets: one or more of the
   * bits of this class, as the set of the same name's {@link WordSet#has} would answer.
   */
  boolean has(int k, long sets) {
    int id = a.tokId[k];
    if (byBaseId == null) {
      return (Tables.BY_WORD.getOrDefault(a.tokNorm[k], 0L) & sets) != 0; // classes loading
    }
    if (id < byBaseId.length) {
      return (byBaseId[id] & sets) != 0;
    }
    return (outside(k) & sets) != 0;
  }

  /**
   * The classes of a token whose norm id is above the base vocabulary's: every vocabulary starts
   * with the base's norms under the same ids, so its norm is none of the base's words.
   */
  private long outside(int k) {
    int h = a.tokHash[k];
    int mask = Tables.OUTSIDE_WORDS.length - 1;
    for (int at = Vocabulary.mix(h) & mask; Tables.OUTSIDE_WORDS[at] != null;
        at = (at + 1) & mask) {
      if (Tables.OUTSIDE_HASHES[at] == h && Tables.OUTSIDE_WORDS[at].equals(a.tokNorm[k])) {
        return Tables.OUTSIDE_CLASSES[at];
      }
    }
    return 0;
  }
}
