package io.github.casefile.internal;

import io.github.casefile.spi.SourceInput;

/** Describes what an unrecognised input looks like, for error messages. */
final class InputDescription {
  private InputDescription() {}

  static String of(SourceInput input) {
    if (input.length() == 0) {
      return "it is empty";
    }
    byte[] head = input.head();
    int control = 0;
    int zero = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        zero++;
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (zero > 0 || control * 20 > head.length) {
      return "it looks binary: " + (zero + control) + " control bytes in the first "
          + head.length;
    }
    if (input.headText().isBlank()) {
      return "it holds only white space";
    }
    return input.length() + " bytes of text no format claims";
  }
}
