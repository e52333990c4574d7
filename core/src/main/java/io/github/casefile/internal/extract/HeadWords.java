package io.github.casefile.internal.extract;

import java.util.Set;

/**
 * A {@link WordSet} asked of many tokens that are seldom in it (the heads of organisation names
 * and instrument titles, asked of every word of capitalised runs). A 256-bit filter over the
 * words' hashes, tested with the token's kept norm hash, answers false for most tokens before
 * the set is asked; a token outside the base vocabulary would otherwise cost the set a String
 * hash and probe. Immutable and thread-safe.
 */
final class HeadWords {
  private final WordSet words;
  /** Bit {@code h & 255} is set for the hash {@code h} of each word. */
  private final long[] hashBits = new long[4];

  HeadWords(Set<String> words) {
    this.words = WordSet.of(words.toArray(new String[0]));
    for (String w : words) {
      int h = w.hashCode();
      hashBits[(h >>> 6) & 3] |= 1L << h;
    }
  }

  /** Return whether token {@code i} of an analysis (which must exist) has a norm in the set. */
  boolean has(TextAnalysis a, int i) {
    int h = a.tokHash[i];
    return (hashBits[(h >>> 6) & 3] & (1L << h)) != 0 && words.has(a, i);
  }
}
