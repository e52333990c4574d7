package io.github.casefile.internal.extract;

import java.util.Set;

/**
 * A fixed set of norms that answers for a token by its norm id. Every vocabulary starts with
 * {@link Vocabulary#BASE}'s norms under the same ids, so a table indexed by those ids answers for
 * most tokens with one array read instead of a hash probe and a string comparison; a token outside
 * the base vocabulary is compared by its norm, and only if the set holds a word outside it.
 * Immutable and thread-safe (the table is built on first use, since the finders' sets exist before
 * the vocabulary that is built from them).
 */
final class WordSet {
  private final Set<String> words;
  /** Whether each base norm id is in the set, and whether any word lies outside the base. */
  private volatile Table table;

  private static final class Table {
    final boolean[] byId;
    final boolean outside;

    Table(boolean[] byId, boolean outside) {
      this.byId = byId;
      this.outside = outside;
    }
  }

  private WordSet(Set<String> words) {
    this.words = words;
  }

  /**
   * Return a set of norms.
   *
   * @param words the norms, lower case, each once
   * @return the set
   */
  static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  /** Return the norms, for the tables that classify words. */
  Set<String> words() {
    return words;
  }

  /** Return whether a norm is in the set. */
  boolean contains(String norm) {
    return words.contains(norm);
  }

  /** Return whether token {@code i} of an analysis (which must exist) has a norm in the set. */
  boolean has(TextAnalysis a, int i) {
    Table t = table();
    if (t == null || a.vocabulary == null) {
      return words.contains(a.tokNorm[i]); // while the finders' classes initialise
    }
    int id = a.tokId[i];
    if (id < t.byId.length) {
      return t.byId[id];
    }
    return t.outside && words.contains(a.tokNorm[i]);
  }

  private Table table() {
    Table t = table;
    if (t == null) {
      Vocabulary base = Vocabulary.BASE;
      if (base == null) {
        return null;
      }
      boolean[] byId = new boolean[base.size];
      boolean outside = false;
      for (String w : words) {
        int id = base.idOf(w);
        if (id >= 0) {
          byId[id] = true;
        } else {
          outside = true;
        }
      }
      t = new Table(byId, outside);
      table = t; // a race builds equal tables: either may win
    }
    return t;
  }

  @Override
  public String toString() {
    return words.toString();
  }
}
