package io.github.casefile;

/**
 * Thrown when a source format recognised an input but could not recover an article from it:
 * no text, a broken archive record, JSON that does not hold a post.
 */
public class MalformedInputException extends CasefileException {
  private static final long serialVersionUID = 1L;

  /**
   * Create an exception.
   *
   * @param input the input's name, or null
   * @param message what is wrong and where
   * @param cause the underlying failure, or null
   */
  public MalformedInputException(String input, String message, Throwable cause) {
    super(input, message, cause);
  }
}
