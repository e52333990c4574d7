package io.github.casefile.spi;

import java.nio.charset.Charset;
import java.util.List;

/** Text decoded from an input's bytes, the charset that decoded it, and what went wrong. */
public final class DecodedText {
  private final String text;
  private final Charset charset;
  private final List<String> warnings;

  DecodedText(String text, Charset charset, List<String> warnings) {
    this.text = text;
    this.charset = charset;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Return the decoded text, without a byte-order mark.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Return the charset that decoded it.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Return warnings about charset declarations that were not trusted.
   *
   * @return the warnings, usually empty
   */
  public List<String> warnings() {
    return warnings;
  }
}
