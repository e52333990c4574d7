package io.github.casefile.internal.extract;

import java.util.Set;

/**
 * A fixed set of norms that answers for a token by its norm id. A table indexed by the ids of the
 * analysis's vocabulary (the knowledge base's, whose ids extend {@link Vocabulary#BASE}'s) answers
 * for most tokens with one array read instead of a hash probe and a string comparison; a token
 * outside the vocabulary (a word new to it) is compared by its norm, and only if the set holds a
 * word outside the vocabulary. Immutable and thread-safe: the table is built on first use for a
 * vocabulary (the finders' sets exist before the vocabularies built from them) and rebuilt only
 * when another vocabulary asks.
 */
final class WordSet {
  private final Set<String> words;
  /**
   * The table for the vocabulary last asked with. Not volatile: a Table's fields are final, so a
   * thread that sees the reference sees the whole table, or sees an older one and builds its own.
   */
  private Table table;

  private static final class Table {
    final Vocabulary vocabulary;
    /** Whether each norm id of {@link #vocabulary} is in the set. */
    final boolean[] byId;
    /** Whether the set holds a word the vocabulary does not. */
    final boolean outside;

    Table(Vocabulary vocabulary, boolean[] byId, boolean outside) {
      this.vocabulary = vocabulary;
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
    Table t = table;
    if (t == null || t.vocabulary != a.vocabulary) {
      t = tableFor(a.vocabulary);
      if (t == null) {
        return words.contains(a.tokNorm[i]); // while the finders' classes initialise
      }
    }
    int id = a.tokId[i];
    if (id < t.byId.length) {
      return t.byId[id];
    }
    return t.outside && words.contains(a.tokNorm[i]);
  }

  private Table tableFor(Vocabulary vocabulary) {
    if (vocabulary == null) {
      return null;
    }
    boolean[] byId = new boolean[vocabulary.size];
    boolean outside = false;
    for (String w : words) {
      int id = vocabulary.idOf(w);
      if (id >= 0) {
        byId[id] = true;
      } else {
        outside = true;
      }
    }
    Table t = new Table(vocabulary, byId, outside);
    table = t; // a race builds equal tables, or tables for two vocabularies: either may win
    return t;
  }

  @Override
  public String toString() {
    return words.toString();
  }
}
