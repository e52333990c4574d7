package io.github.casefile.spi;

import io.github.casefile.CasefileException;
import io.github.casefile.SourceHint;
import java.util.Objects;
import java.util.Optional;

/**
 * One input held in memory: a record of an archive, or any bytes a caller hands to {@code
 * Casefile.parseAll} (a Spark row, a message from a queue). It is one of three kinds: a record to
 * parse (bytes and a {@link SourceHint}), a record skipped because it holds no article (an image, a
 * redirect, robots.txt, a request record), with a reason, or a record that could not be read.
 *
 * <p>Immutable; the content array is not copied, so its maker must not change it afterwards.
 */
public final class ArchiveEntry {
  /** What an entry is. */
  public enum Kind {
    /** A record to parse: {@link #content()} and {@link #hint()} are set. */
    RECORD,
    /** A record that holds no article: {@link #reason()} says why. */
    SKIPPED,
    /** A record that could not be read: {@link #exception()} says why. */
    FAILED
  }

  private final Kind kind;
  private final String input;
  private final byte[] content;
  private final SourceHint hint;
  private final String reason;
  private final String detail;
  private final CasefileException exception;

  private ArchiveEntry(Kind kind, String input, byte[] content, SourceHint hint, String reason,
      String detail, CasefileException exception) {
    this.kind = kind;
    this.input = input;
    this.content = content;
    this.hint = hint;
    this.reason = reason;
    this.detail = detail;
    this.exception = exception;
  }

  /**
   * Make an entry to parse.
   *
   * @param content the record's payload; not copied
   * @param hint what is known about it: its URI, media type, charset, capture time
   * @return the entry; its input name is the hint's URI, or {@code "(unnamed)"}
   * @throws NullPointerException if an argument is null
   */
  public static ArchiveEntry record(byte[] content, SourceHint hint) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(hint, "hint");
    return new ArchiveEntry(Kind.RECORD, hint.uri().orElse("(unnamed)"), content, hint, null,
        null, null);
  }

  /**
   * Make the entry of a record that holds no article.
   *
   * @param input the record's name, such as its target URI
   * @param reason a short, stable reason that a run's summary counts by, such as {@code "image"},
   *     {@code "redirect"}, {@code "robots.txt"} or {@code "request record"}
   * @param detail what was seen, such as {@code "image/png"} or {@code "HTTP 301 to /new"}; may be
   *     null
   * @return the entry
   * @throws NullPointerException if {@code input} or {@code reason} is null
   */
  public static ArchiveEntry skipped(String input, String reason, String detail) {
    return new ArchiveEntry(Kind.SKIPPED, Objects.requireNonNull(input, "input"), null, null,
        Objects.requireNonNull(reason, "reason"), detail, null);
  }

  /**
   * Make the entry of a record that could not be read.
   *
   * @param input the record's name, or where it lies in the archive
   * @param exception why; its message names the input
   * @return the entry
   * @throws NullPointerException if an argument is null
   */
  public static ArchiveEntry failed(String input, CasefileException exception) {
    return new ArchiveEntry(Kind.FAILED, Objects.requireNonNull(input, "input"), null, null,
        null, null, Objects.requireNonNull(exception, "exception"));
  }

  /**
   * Return the kind of entry.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Return the entry's name: a record's target URI, or where it lies in its archive.
   *
   * @return the name
   */
  public String input() {
    return input;
  }

  /**
   * Return the bytes to parse, without copying them.
   *
   * @return the content of a {@link Kind#RECORD}
   * @throws IllegalStateException if the entry is not a record
   */
  public byte[] content() {
    require(Kind.RECORD);
    return content;
  }

  /**
   * Return what is known about the bytes to parse.
   *
   * @return the hint of a {@link Kind#RECORD}
   * @throws IllegalStateException if the entry is not a record
   */
  public SourceHint hint() {
    require(Kind.RECORD);
    return hint;
  }

  /**
   * Return why a skipped record holds no article.
   *
   * @return the short reason of a {@link Kind#SKIPPED} entry
   * @throws IllegalStateException if the entry is not skipped
   */
  public String reason() {
    require(Kind.SKIPPED);
    return reason;
  }

  /**
   * Return what was seen in a skipped record.
   *
   * @return the detail, or empty
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * Return why a record could not be read.
   *
   * @return the exception of a {@link Kind#FAILED} entry
   * @throws IllegalStateException if the entry did not fail
   */
  public CasefileException exception() {
    require(Kind.FAILED);
    return exception;
  }

  private void require(Kind wanted) {
    if (kind != wanted) {
      throw new IllegalStateException("the entry " + input + " is " + kind + ", not " + wanted);
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case RECORD:
        return input + " (" + content.length + " bytes)";
      case SKIPPED:
        return input + " skipped: " + reason + (detail == null ? "" : " (" + detail + ")");
      default:
        return input + " failed: " + exception.reason();
    }
  }
}
