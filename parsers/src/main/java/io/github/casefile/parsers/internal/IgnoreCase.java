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
   * Tell which of some words a text holds, ignoring case. Each word is looked for at the
   * occurrences of its first punctuation character ({@code /}, {@code -}, {@code =}), which
   * {@code String.indexOf} finds fast and which case never changes: a detector that looks for
   * eight signs scanned its 16 KB head eight times, character by character.
   *
   * @param text the text searched
   * @param words the words
   * @return a bit set: bit {@code i} is set if the text holds the {@code i}-th word
   */
  public static int which(String text, Words words) {
    int found = 0;
    for (int w = 0; w < words.words.length; w++) {
      if ((found & (1 << w)) != 0) {
        continue;
      }
      String word = words.words[w];
      int offset = words.anchorAt[w];
      char anchor = word.charAt(offset);
      for (int at = text.indexOf(anchor, offset); at >= 0; at = text.indexOf(anchor, at + 1)) {
        if (text.regionMatches(true, at - offset, word, 0, word.length())) {
          found |= 1 << w;
          break;
        }
      }
    }
    return found;
  }

  /**
   * Up to 32 lower-case ASCII words, each holding a character other than a letter or digit, for
   * {@link #which}.
   */
  public static final class Words {
    private final String[] words;
    private final int[] anchorAt;

    /**
     * Index some words.
     *
     * @param words at most 32 lower-case ASCII words, each with a character that is not a letter
     *     or digit
     * @throws IllegalArgumentException if there are more than 32 words, or one is not lower-case
     *     ASCII or has no such character
     */
    public Words(java.util.List<String> words) {
      if (words.size() > 32) {
        throw new IllegalArgumentException("at most 32 words: " + words.size());
      }
      this.words = words.toArray(new String[0]);
      this.anchorAt = new int[this.words.length];
      for (int w = 0; w < this.words.length; w++) {
        String word = this.words[w];
        int anchor = -1;
        for (int i = word.length() - 1; i >= 0; i--) {
          char c = word.charAt(i);
          if (c >= 128 || (c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("not a lower-case ASCII word: '" + word + "'");
          }
          if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
            anchor = i;
          }
        }
        if (anchor < 0) {
          throw new IllegalArgumentException("no punctuation to look for in '" + word + "'");
        }
        anchorAt[w] = anchor;
      }
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
