package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.EntityFinder.Mention;
import java.util.Arrays;
import java.util.List;

/**
 * The mentions of a sentence (or two) by their first token: the victim reader asks, token by
 * token, which mentions start there, and a look-up replaces a scan of the sentence's mentions per
 * token. The index is rebuilt when it is asked about another list of mentions; the lists it is
 * given are not changed after (see {@link BySentence}). One index per article's incident pass.
 */
final class MentionStarts {
  /** The list indexed; null before the first. */
  private List<Mention> indexed;
  /** Whether the list is sorted by first token, as the finders keep them; if not, lists scan. */
  private boolean sorted;
  /** The first token of the list's first mention. */
  private int base;
  /** For each token from {@link #base}: the index of the first mention starting there, or -1. */
  private int[] firstAt = new int[64];
  /** How many entries of {@link #firstAt} the list uses. */
  private int span;

  /** Make the index answer for this list of mentions. */
  void of(List<Mention> here) {
    if (here == indexed) {
      return;
    }
    indexed = here;
    sorted = true;
    span = 0;
    if (here.isEmpty()) {
      return;
    }
    base = here.get(0).start;
    int last = base;
    for (Mention x : here) {
      if (x.start < last) {
        sorted = false;
        return;
      }
      last = x.start;
    }
    span = last - base + 1;
    if (firstAt.length < span) {
      firstAt = new int[Math.max(span, 2 * firstAt.length)];
    }
    Arrays.fill(firstAt, 0, span, -1);
    for (int k = here.size() - 1; k >= 0; k--) {
      firstAt[here.get(k).start - base] = k; // from the end: the first one of a token stays
    }
  }

  /**
   * Return the index in the list of the first mention that starts at a token, or -1 when none
   * does; the others starting there follow it. Only for a sorted list: see {@link #sorted()}.
   */
  int first(int token) {
    int k = token - base;
    return k >= 0 && k < span ? firstAt[k] : -1;
  }

  /** Whether the list is sorted by first token, so that {@link #first} answers for it. */
  boolean sorted() {
    return sorted;
  }
}
