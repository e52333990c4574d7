package io.github.casefile.testkit;

/** Describes byte inputs briefly for failure messages: length, leading bytes in hex, and text. */
public final class Hex {
  /** How many leading bytes a description shows. */
  public static final int SHOWN = 96;

  private Hex() {}

  /**
   * Describe bytes: their length, the first {@value #SHOWN} in hex, and the same bytes as
   * printable ASCII with other bytes shown as {@code .}.
   *
   * @param bytes the bytes
   * @return such as {@code "5 bytes: 3c 70 3e 68 69 |<p>hi|"}
   */
  public static String abbreviate(byte[] bytes) {
    int shown = Math.min(bytes.length, SHOWN);
    StringBuilder hex = new StringBuilder(shown * 3 + 40);
    StringBuilder text = new StringBuilder(shown);
    hex.append(bytes.length).append(" bytes:");
    for (int i = 0; i < shown; i++) {
      int b = bytes[i] & 0xFF;
      hex.append(' ').append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
      text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
    }
    if (shown < bytes.length) {
      hex.append(" …");
    }
    return hex.append(" |").append(text).append('|').toString();
  }
}
