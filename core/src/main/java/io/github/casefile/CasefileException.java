package io.github.casefile;

/**
 * The root of the exceptions Casefile throws when no article can be recovered from an input. Its
 * subclasses name the blame: {@link UnsupportedFormatException}, {@link LimitExceededException},
 * {@link MalformedInputException}. The message names the input, what is wrong and where.
 *
 * <p>Unchecked, as in Jackson 3: a batch job handles it once, at the edge.
 */
public class CasefileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Create an exception.
   *
   * @param input the input's name as the caller gave it, or null when it has none
   * @param message what is wrong and where
   * @param cause the underlying failure, or null
   */
  public CasefileException(String input, String message, Throwable cause) {
    super((input == null ? "" : input + ": ") + message, cause);
    this.input = input;
  }

  /**
   * Return the name of the input that failed.
   *
   * @return the input name, or null when the caller gave none
   */
  public String input() {
    return input;
  }

  /**
   * Return the message without the input name in front.
   *
   * @return what is wrong and where
   */
  public String reason() {
    String message = getMessage();
    return input == null ? message : message.substring(input.length() + 2);
  }
}
