package io.github.casefile.parsers.html;

import io.github.casefile.LimitExceededException;
import io.github.casefile.spi.DecodedText;
import io.github.casefile.spi.SourceInput;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes an HTML page's bytes: a byte-order mark, then the hint's charset, then the charset the
 * page declares in its first 4 KB, then UTF-8, then what Mozilla's detector finds (EUC-KR, Shift_JIS,
 * windows-1251...), then windows-1252. UTF-16 without a byte-order mark is recognised by its zero
 * bytes. A declaration that does not fit the bytes is overridden, with a warning.
 */
final class HtmlDecoder {
  /** How far into the bytes a charset declaration is looked for, as browsers do. */
  static final int DECLARATION_WINDOW = 4096;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int DETECTOR_BYTES = 64 * 1024;

  private HtmlDecoder() {}

  /** A page's text, the charset that decoded it and what was not trusted. */
  record Decoded(String text, Charset charset, List<String> warnings) {}

  /**
   * Decode an input.
   *
   * @param input the page
   * @return the text and its warnings
   * @throws LimitExceededException if the text is longer than the limit allows
   */
  static Decoded decode(SourceInput input) {
    // The declaration window is all of the head the decoder reads: copy no more of it.
    ByteBuffer view = input.buffer();
    byte[] head = new byte[Math.min(view.remaining(), DECLARATION_WINDOW)];
    view.get(head);
    if (!hasBom(head)) {
      Charset utf16 = utf16WithoutBom(head);
      if (utf16 != null && input.hint().charset().isEmpty()) {
        String text = strict(input, utf16);
        if (text != null) {
          return checked(input, new Decoded(text, utf16, List.of()));
        }
      }
    }
    String declared = declaredCharset(head);
    DecodedText first = input.decode(declared);
    boolean trustedSingleByte = first.charset().equals(WINDOWS_1252)
        && (isSingleByteName(input.hint().charset().orElse(null)) || isSingleByteName(declared));
    if (!first.charset().equals(WINDOWS_1252) || trustedSingleByte || hasBom(head)) {
      return new Decoded(first.text(), first.charset(), first.warnings());
    }
    // Nothing trustworthy named the charset and the bytes are not UTF-8: ask the detector.
    Charset detected = detect(input);
    if (detected != null && !detected.equals(WINDOWS_1252)
        && !detected.equals(StandardCharsets.UTF_8)) {
      String text = strict(input, detected);
      if (text != null) {
        List<String> warnings = new ArrayList<>(first.warnings());
        if (declared != null || input.hint().charset().isPresent()) {
          warnings.add("The page's bytes were decoded as " + detected.name()
              + ", which the charset detector found, instead of the declared charset.");
        }
        return checked(input, new Decoded(text, detected, warnings));
      }
    }
    return new Decoded(first.text(), first.charset(), first.warnings());
  }

  /**
   * Find the charset a page declares in a {@code <meta>} tag or XML declaration among its first
   * {@value #DECLARATION_WINDOW} bytes, without decoding them.
   *
   * @param bytes the start of the page
   * @return the charset name as written, or null
   */
  static String declaredCharset(byte[] bytes) {
    int length = Math.min(bytes.length, DECLARATION_WINDOW);
    String ascii = new String(bytes, 0, length, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    if (ascii.startsWith("<?xml")) {
      int end = ascii.indexOf("?>");
      int encoding = ascii.indexOf("encoding=");
      if (end > 0 && encoding > 0 && encoding < end) {
        String value = attributeValue(ascii, encoding + "encoding=".length(), end);
        if (value != null) {
          return value;
        }
      }
    }
    int from = 0;
    while (true) {
      int meta = ascii.indexOf("<meta", from);
      if (meta < 0) {
        return null;
      }
      int end = ascii.indexOf('>', meta);
      if (end < 0) {
        end = length;
      }
      int charset = ascii.indexOf("charset", meta);
      if (charset > 0 && charset < end) {
        int eq = charset + "charset".length();
        while (eq < end && ascii.charAt(eq) == ' ') {
          eq++;
        }
        if (eq < end && ascii.charAt(eq) == '=') {
          String value = attributeValue(ascii, eq + 1, end);
          if (value != null) {
            return value;
          }
        }
      }
      from = end;
    }
  }

  private static String attributeValue(String text, int start, int end) {
    int i = start;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '"'
        || text.charAt(i) == '\'')) {
      i++;
    }
    int j = i;
    while (j < end && isCharsetChar(text.charAt(j))) {
      j++;
    }
    return j > i ? text.substring(i, j) : null;
  }

  private static boolean isCharsetChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
        || c == ':';
  }

  private static boolean isSingleByteName(String name) {
    if (name == null) {
      return false;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.equals("windows-1252") || n.equals("iso-8859-1") || n.equals("latin1")
        || n.equals("us-ascii") || n.equals("cp1252") || n.equals("ascii");
  }

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  /** Recognise UTF-16 markup by the zero high bytes of its ASCII characters. */
  private static Charset utf16WithoutBom(byte[] head) {
    int pairs = Math.min(head.length / 2, 512);
    if (pairs < 4) {
      return null;
    }
    // Markup starts with an ASCII character ("<" or white space) whose other byte is zero.
    if (head[0] == 0 && startsMarkup(head[1]) && head[2] == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsMarkup(head[0]) && head[1] == 0 && head[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs; i++) {
      if (head[2 * i] == 0) {
        zeroEven++;
      }
      if (head[2 * i + 1] == 0) {
        zeroOdd++;
      }
    }
    if (zeroEven * 10 >= pairs * 6 && zeroOdd * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (zeroOdd * 10 >= pairs * 6 && zeroEven * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean startsMarkup(byte b) {
    return b == '<' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static Charset detect(SourceInput input) {
    UniversalDetector detector = new UniversalDetector();
    java.nio.ByteBuffer buffer = input.buffer();
    byte[] chunk = new byte[8192];
    int fed = 0;
    while (buffer.hasRemaining() && fed < DETECTOR_BYTES && !detector.isDone()) {
      int n = Math.min(chunk.length, buffer.remaining());
      buffer.get(chunk, 0, n);
      detector.handleData(chunk, 0, n);
      fed += n;
    }
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(SourceInput input, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(input.buffer())
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded checked(SourceInput input, Decoded decoded) {
    if (decoded.text().length() > input.limits().maxChars()) {
      throw new LimitExceededException(input.name().orElse(null), "maxChars",
          input.limits().maxChars(),
          "the input decodes to " + decoded.text().length() + " characters");
    }
    return decoded;
  }
}
