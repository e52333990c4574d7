package io.github.casefile;

/** Thrown when an input exceeds one of the {@link Limits} in a way no article survives. */
public class LimitExceededException extends CasefileException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long value;

  /**
   * Create an exception.
   *
   * @param input the input's name, or null
   * @param limit the name of the limit, as in {@link Limits}, such as {@code "maxInputBytes"}
   * @param value the limit's value
   * @param message what exceeded it and where
   */
  public LimitExceededException(String input, String limit, long value, String message) {
    super(input, message + " (limit " + limit + " = " + value + ")", null);
    this.limit = limit;
    this.value = value;
  }

  /**
   * Return the name of the limit that was exceeded.
   *
   * @return such as {@code "maxInputBytes"}
   */
  public String limit() {
    return limit;
  }

  /**
   * Return the limit's configured value.
   *
   * @return the value
   */
  public long value() {
    return value;
  }
}
