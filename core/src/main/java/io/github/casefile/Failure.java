package io.github.casefile;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of an input that gave no article in a batch run: which input, the format tried, why,
 * and the exception's type. In JSON: {@code {input, format, reason, exception}}.
 */
@Value.Immutable
public abstract class Failure implements Serializable {
  private static final long serialVersionUID = 1L;

  Failure() {}

  /**
   * Return the input's name.
   *
   * @return such as a path as typed, or an archive record's URI
   */
  public abstract String input();

  /**
   * Return the format that was tried.
   *
   * @return the format's name, or empty when none was chosen
   */
  public abstract Optional<String> format();

  /**
   * Return why no article came out, as a sentence.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Return the simple name of the exception's class.
   *
   * @return such as {@code "UnsupportedFormatException"}
   */
  public abstract String exception();

  /**
   * Make the failure record of an exception.
   *
   * @param input the input's name
   * @param format the format tried, or null
   * @param e the exception
   * @return the record
   */
  public static Failure of(String input, String format, CasefileException e) {
    return ImmutableFailure.builder()
        .input(input)
        .format(Optional.ofNullable(format))
        .reason(e.reason())
        .exception(e.getClass().getSimpleName())
        .build();
  }
}
