package io.github.casefile.parsers.internal;

/**
 * Finds lower-case ASCII words in text of any case without lower-casing the text first: format
 * detection looks for a dozen tags in the same 16 KB head, and a lower-cased copy per detector
 * was most of what detection allocated.
 */
public final class IgnoreCase {
  private IgnoreCase() {}

  /**
   * Tell whether a text holds a word, ignoring case.
   *
   * @param text the text searched
   * @param word a non-empty lower-case ASCII word
   * @return true if the text holds the word in any case
   */
  public static boolean contains(String text, String word) {
    return indexOf(text, word, 0) >= 0;
  }

  /**
   * Tell whether a text holds a word at a position, ignoring case.
   *
   * @param text the text
   * @param at where the word would start
   * @param word a non-empty lower-case ASCII word
   * @return true if the word starts there in any case
   */
  public static boolean startsWith(String text, int at, String word) {
    return text.regionMatches(true, at, word, 0, word.length());
  }

  /**
   * Find a word in a text, ignoring case.
   *
   * @param text the text searched
   * @param word a non-empty lower-case ASCII word
   * @param from where to start
   * @return the index of its first occurrence from there, or -1
   */
  public static int indexOf(String text, String word, int from) {
    char lower = word.charAt(0);
    char upper = Character.toUpperCase(lower);
    int last = text.length() - word.length();
    for (int i = Math.max(0, from); i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Tell which of some words a text holds, ignoring case, in one pass over the text: a detector
   * that looks for eight signs scanned its 16 KB head eight times.
   *
   * @param text the text searched
   * @param words at most 32 non-empty lower-case ASCII words
   * @return a bit set: bit {@code i} is set if the text holds {@code words.get(i)}
   * @throws IllegalArgumentException if there are more than 32 words
   */
  public static int which(String text, java.util.List<String> words) {
    if (words.size() > 32) {
      throw new IllegalArgumentException("at most 32 words: " + words.size());
    }
    int all = words.size() == 32 ? -1 : (1 << words.size()) - 1;
    int found = 0;
    for (int i = 0; i < text.length() && found != all; i++) {
      char c = text.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        if ((found & (1 << w)) == 0 && word.charAt(0) == lower
            && text.regionMatches(true, i, word, 0, word.length())) {
          found |= 1 << w;
        }
      }
    }
    return found;
  }
}
