package io.github.casefile;

/**
 * Thrown when no source format recognises an input: empty, binary or of a format nobody
 * registered.
 */
public class UnsupportedFormatException extends CasefileException {
  private static final long serialVersionUID = 1L;

  /**
   * Create an exception.
   *
   * @param input the input's name, or null
   * @param message what was found instead of an article
   */
  public UnsupportedFormatException(String input, String message) {
    super(input, message, null);
  }
}
