package io.github.casefile.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out the items of a list sorted by their first token sentence by sentence, in text order:
 * after {@link #advance}, the items {@code [from, to)} start inside that sentence (an item between
 * two sentences belongs to neither). A cursor, not a list per sentence: most sentences hold no
 * item, and the passes that ask build lists only for the few sentences they work on.
 *
 * @param <T> the item type
 */
final class BySentence<T extends BySentence.Item> {
  /** Something found in the text, from its first token on. */
  interface Item {
    /** Return the index of the item's first token. */
    int firstToken();
  }

  private final List<T> items;
  private int next;
  /** The first of the sentence's items, after {@link #advance}. */
  int from;
  /** The index after the sentence's last item, after {@link #advance}. */
  int to;

  BySentence(List<T> items) {
    this.items = items;
  }

  /** Move to the sentence of tokens {@code [first, limit)}: sentences are asked in text order. */
  void advance(int first, int limit) {
    int k = next;
    while (k < items.size() && items.get(k).firstToken() < first) {
      k++;
    }
    from = k;
    while (k < items.size() && items.get(k).firstToken() < limit) {
      k++;
    }
    to = k;
    next = k;
  }

  /** Return the sentence's items in a list of their own (one shared empty list when none). */
  List<T> list() {
    return from == to ? List.of() : new ArrayList<>(items.subList(from, to));
  }

  /** Replace a list's contents with the sentence's items. */
  void fill(List<T> out) {
    out.clear();
    for (int k = from; k < to; k++) {
      out.add(items.get(k));
    }
  }
}
