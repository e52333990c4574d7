package io.github.casefile.parsers.internal;

/**
 * Quotes what could not be read in a warning, shortened so that a warning stays one readable
 * sentence. Internal to the parsers module.
 */
public final class Warning {
  private static final int MAX_QUOTE = 60;

  private Warning() {}

  /**
   * Quote a value for a warning.
   *
   * @param value what could not be read; may be null
   * @return the value in single quotes, its white space collapsed and cut at 60 characters
   */
  public static String quote(String value) {
    if (value == null) {
      return "''";
    }
    String text = io.github.casefile.model.Paragraphs.normalize(value);
    if (text.length() > MAX_QUOTE) {
      int end = MAX_QUOTE;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end) + "…";
    }
    return "'" + text + "'";
  }
}
