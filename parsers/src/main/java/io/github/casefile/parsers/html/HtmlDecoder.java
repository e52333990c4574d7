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
    // A view of the bytes, read in place: no copy of the declaration window per page.
    ByteBuffer head = input.buffer();
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
   * Tell whether {@link #decode} would read a page as UTF-8 without a warning: no byte-order mark,
   * no UTF-16 markup, neither the hint nor the page names a charset other than UTF-8, and the
   * bytes are valid UTF-8 within the character limit. Such a page can be parsed from its bytes.
   *
   * @param input the page
   * @return true if the page is plain UTF-8
   */
  static boolean isPlainUtf8(SourceInput input) {
    ByteBuffer head = input.buffer();
    if (hasBom(head) || utf16WithoutBom(head) != null) {
      return false;
    }
    String hinted = input.hint().charset().orElse(null);
    return (hinted == null || namesUtf8(hinted)) && namesUtf8OrNothing(declaredCharset(head))
        && input.isPlainUtf8();
  }

  private static boolean namesUtf8OrNothing(String declared) {
    return declared == null || declared.isBlank() || namesUtf8(declared);
  }

  private static boolean namesUtf8(String name) {
    try {
      return !name.isBlank() && Charset.forName(name.trim()).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // Unknown or illegal names: decode() warns about them, so the page is not plain.
      return false;
    }
  }

  /**
   * Find the charset a page declares in a {@code <meta>} tag or XML declaration among its first
   * {@value #DECLARATION_WINDOW} bytes, without decoding them.
   *
   * @param bytes the start of the page
   * @return the charset name as written, or null
   */
  static String declaredCharset(byte[] bytes) {
    return declaredCharset(ByteBuffer.wrap(bytes));
  }

  /**
   * Find the declared charset in a view of a page's bytes. Reads the bytes in place, lower-casing
   * ASCII on the fly: a lower-cased String copy of the window cost two 4 KB copies per page.
   *
   * @param bytes the page, from its first byte
   * @return the charset name as written, in lower case, or null
   */
  static String declaredCharset(ByteBuffer bytes) {
    Lower ascii = new Lower(bytes, Math.min(bytes.remaining(), DECLARATION_WINDOW));
    int length = ascii.length;
    if (ascii.startsWith("<?xml")) {
      int end = ascii.indexOf("?>", 0);
      int encoding = ascii.indexOf("encoding=", 0);
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
      int end = ascii.indexOf(">", meta);
      if (end < 0) {
        end = length;
      }
      int charset = ascii.indexOf("charset", meta);
      if (charset > 0 && charset < end) {
        int eq = charset + "charset".length();
        while (eq < end && ascii.at(eq) == ' ') {
          eq++;
        }
        if (eq < end && ascii.at(eq) == '=') {
          String value = attributeValue(ascii, eq + 1, end);
          if (value != null) {
            return value;
          }
        }
      }
      from = end;
    }
  }

  private static String attributeValue(Lower text, int start, int end) {
    int i = start;
    while (i < end && (text.at(i) == ' ' || text.at(i) == '"' || text.at(i) == '\'')) {
      i++;
    }
    int j = i;
    while (j < end && isCharsetChar(text.at(j))) {
      j++;
    }
    return j > i ? text.substring(i, j) : null;
  }

  /**
   * The first bytes of a page read as ISO-8859-1 with ASCII letters in lower case, as {@code new
   * String(bytes, ISO_8859_1).toLowerCase(Locale.ROOT)} would give for the ASCII words searched
   * (lower-casing other Latin-1 letters never makes an ASCII character), without the copies.
   */
  private static final class Lower {
    private final ByteBuffer bytes;
    final int length;

    Lower(ByteBuffer bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }

    char at(int i) {
      int c = bytes.get(i) & 0xFF;
      return (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }

    boolean startsWith(String word) {
      return matches(0, word);
    }

    private boolean matches(int at, String word) {
      if (at + word.length() > length) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (at(at + k) != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    int indexOf(String word, int from) {
      char first = word.charAt(0);
      for (int i = Math.max(0, from); i + word.length() <= length; i++) {
        if (at(i) == first && matches(i, word)) {
          return i;
        }
      }
      return -1;
    }

    String substring(int from, int to) {
      char[] chars = new char[to - from];
      for (int i = from; i < to; i++) {
        chars[i - from] = at(i);
      }
      return new String(chars);
    }
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

  private static boolean hasBom(ByteBuffer b) {
    int n = b.remaining();
    return (n >= 3 && (b.get(0) & 0xFF) == 0xEF && (b.get(1) & 0xFF) == 0xBB
        && (b.get(2) & 0xFF) == 0xBF)
        || (n >= 2 && (b.get(0) & 0xFF) == 0xFE && (b.get(1) & 0xFF) == 0xFF)
        || (n >= 2 && (b.get(0) & 0xFF) == 0xFF && (b.get(1) & 0xFF) == 0xFE);
  }

  /** Recognise UTF-16 markup by the zero high bytes of its ASCII characters. */
  private static Charset utf16WithoutBom(ByteBuffer head) {
    int pairs = Math.min(Math.min(head.remaining(), DECLARATION_WINDOW) / 2, 512);
    if (pairs < 4) {
      return null;
    }
    // Markup starts with an ASCII character ("<" or white space) whose other byte is zero.
    if (head.get(0) == 0 && startsMarkup(head.get(1)) && head.get(2) == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsMarkup(head.get(0)) && head.get(1) == 0 && head.get(3) == 0) {
      return StandardCharsets.UTF_16LE;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs; i++) {
      if (head.get(2 * i) == 0) {
        zeroEven++;
      }
      if (head.get(2 * i + 1) == 0) {
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
