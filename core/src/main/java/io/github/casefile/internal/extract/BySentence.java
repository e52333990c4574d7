package io.github.casefile.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Groups records sorted by their first token into the sentences that hold them, in one pass. */
final class BySentence {
  private BySentence() {}

  /**
   * Return, for each sentence in order, the items that start inside it.
   *
   * @param a the analysed text
   * @param items items sorted by their first token
   * @param start the first token of an item
   * @param <T> the item type
   * @return one list per sentence, possibly empty; the lists are not to be changed
   */
  static <T> List<List<T>> group(TextAnalysis a, List<T> items, ToIntFunction<T> start) {
    List<List<T>> sentences = new ArrayList<>(a.sentenceCount);
    int next = 0;
    for (int s = 0; s < a.sentenceCount; s++) {
      int first = a.sentFirst[s];
      int limit = a.sentLast[s] + 1;
      List<T> here = List.of(); // most sentences hold nothing: one shared empty list for them
      while (next < items.size() && start.applyAsInt(items.get(next)) < limit) {
        if (start.applyAsInt(items.get(next)) >= first) {
          if (here.isEmpty()) {
            here = new ArrayList<>();
          }
          here.add(items.get(next));
        }
        next++;
      }
      sentences.add(here);
    }
    return sentences;
  }
}
