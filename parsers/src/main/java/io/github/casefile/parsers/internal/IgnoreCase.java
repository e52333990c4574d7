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
   * @param words the words
   * @return a bit set: bit {@code i} is set if the text holds the {@code i}-th word
   */
  public static int which(String text, Words words) {
    int all = words.all;
    int found = 0;
    int[] byFirst = words.byFirst;
    for (int i = 0; i < text.length() && found != all; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        continue;
      }
      // Only the words that start with this character and are not found yet are compared.
      int candidates = byFirst[c] & ~found;
      while (candidates != 0) {
        int w = Integer.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        String word = words.words[w];
        if (word.length() == 1 || secondMatches(text, i + 1, word.charAt(1))
            && text.regionMatches(true, i, word, 0, word.length())) {
          found |= 1 << w;
        }
      }
    }
    return found;
  }

  /** A quick look at the second character before {@code regionMatches}, exact for ASCII. */
  private static boolean secondMatches(String text, int at, char lower) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c >= 128 || (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) == lower;
  }

  /** Up to 32 lower-case ASCII words indexed by their first character, for {@link #which}. */
  public static final class Words {
    private final String[] words;
    private final int[] byFirst = new int[128];
    private final int all;

    /**
     * Index some words.
     *
     * @param words at most 32 non-empty lower-case ASCII words
     * @throws IllegalArgumentException if there are more than 32 words, or one is empty or not
     *     lower-case ASCII
     */
    public Words(java.util.List<String> words) {
      if (words.size() > 32) {
        throw new IllegalArgumentException("at most 32 words: " + words.size());
      }
      this.words = words.toArray(new String[0]);
      for (int w = 0; w < this.words.length; w++) {
        String word = this.words[w];
        if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z'))) {
          throw new IllegalArgumentException("not a lower-case ASCII word: '" + word + "'");
        }
        char first = word.charAt(0);
        byFirst[first] |= 1 << w;
        // An upper-case first character finds the word too.
        if (first >= 'a' && first <= 'z') {
          byFirst[first - ('a' - 'A')] |= 1 << w;
        }
      }
      this.all = this.words.length == 32 ? -1 : (1 << this.words.length) - 1;
    }

    /**
     * Return the bit of a word.
     *
     * @param word one of the words
     * @return its bit in {@link #which}'s answer
     * @throws IllegalArgumentException if it is not one of the words
     */
    public int bit(String word) {
      int i = java.util.Arrays.asList(words).indexOf(word);
      if (i < 0) {
        throw new IllegalArgumentException("not one of the words: '" + word + "'");
      }
      return 1 << i;
    }
  }
}
