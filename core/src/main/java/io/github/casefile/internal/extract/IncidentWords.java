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
  static final int CONFINING_VERBS = 1;
  static final int DONE_TO = 1 << 1;
  static final int SPEECH = 1 << 2;
  static final int BELIEVED = 1 << 3;
  static final int HOLDING = 1 << 4;
  static final int SENDING = 1 << 5;
  static final int HAPPENING = 1 << 6;
  static final int RETURNING = 1 << 7;
  static final int CAPTIVES = 1 << 8;
  static final int TIME_NOUNS = 1 << 9;
  static final int ANAPHORS = 1 << 10;
  static final int NORM_VERBS = 1 << 11;
  static final int PLACE_PREPOSITIONS = 1 << 12;
  static final int DESCRIBING = 1 << 13;
  static final int PLACE_NOUNS = 1 << 14;
  static final int PHRASE_STOPS = 1 << 15;
  static final int PASSIVE = 1 << 16;
  static final int UNITS = 1 << 17;
  static final int IRREGULAR_PAST = 1 << 18;
  static final int PERSONAL_PRONOUNS = 1 << 19;
  static final int SELF_VERBS = 1 << 20;
  static final int PERSON_NOUNS = 1 << 21;
  static final int AFTER_OBJECT = 1 << 22;
  static final int DEFINITE = 1 << 23;
  static final int SINGULAR_DETERMINERS = 1 << 24;
  static final int MEASURES = 1 << 25;
  static final int CURRENCIES = 1 << 26;
  static final int VICTIM_NOUNS = 1 << 27;
  static final int POSSESSIVES = 1 << 28;
  static final int PLURAL_RELATIVES = 1 << 29;

  /**
   * The sets' classes of every word, of each base vocabulary id, and of the words outside the
   * base by their String hash; built on first use (after the finders' classes, whose sets the base
   * vocabulary is made of).
   */
  private static final class Tables {
    static final Map<String, Integer> BY_WORD = new HashMap<>();
    static final int[] BY_BASE_ID;
    /**
     * Open-addressing table of the words outside the base vocabulary, at most a quarter full,
     * by {@link Vocabulary#mix} of their hash: a token's kept hash finds a slot, nearly always
     * an empty one, without reading the token's norm.
     */
    static final int[] OUTSIDE_HASHES;
    static final String[] OUTSIDE_WORDS;
    static final int[] OUTSIDE_CLASSES;

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
      Vocabulary base = Vocabulary.BASE;
      BY_BASE_ID = new int[base == null ? 0 : base.size];
      for (int id = 0; id < BY_BASE_ID.length; id++) {
        BY_BASE_ID[id] = BY_WORD.getOrDefault(base.norms[id], 0);
      }
      int capacity = 16;
      while (capacity < 4 * BY_WORD.size()) {
        capacity *= 2;
      }
      OUTSIDE_HASHES = new int[capacity];
      OUTSIDE_WORDS = new String[capacity];
      OUTSIDE_CLASSES = new int[capacity];
      for (Map.Entry<String, Integer> e : BY_WORD.entrySet()) {
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

    private static void put(int bit, WordSet set) {
      for (String w : set.words()) {
        BY_WORD.merge(w, bit, (x, y) -> x | y);
      }
    }
  }

  private final TextAnalysis a;
  /** The classes of the base vocabulary's ids; null for an analysis without a vocabulary. */
  private final int[] byBaseId;

  IncidentWords(TextAnalysis a) {
    this.a = a;
    this.byBaseId = a.vocabulary == null ? null : Tables.BY_BASE_ID;
  }

  /**
   * Return whether token {@code k} (which must exist) is in any of the sets: one or more of the
   * bits of this class, as the set of the same name's {@link WordSet#has} would answer.
   */
  boolean has(int k, int sets) {
    int id = a.tokId[k];
    if (byBaseId == null) {
      return (Tables.BY_WORD.getOrDefault(a.tokNorm[k], 0) & sets) != 0; // classes loading
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
  private int outside(int k) {
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
