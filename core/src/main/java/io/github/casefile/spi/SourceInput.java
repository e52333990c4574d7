package io.github.casefile.spi;

import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One input handed to a {@link SourceFormat}: its bytes (already bounded by {@link
 * Limits#maxInputBytes()}), the caller's {@link SourceHint}, the limits and the document's deadline.
 * An input made from text that is already decoded ({@link #of(String, SourceHint, Limits)}) is its
 * UTF-8 encoding: the byte views encode it on first use, and {@link #decode} gives the text without
 * encoding and decoding it again. Not thread-safe; Casefile creates one per input.
 */
public final class SourceInput {
  /** How many bytes {@link #head()} holds at most. */
  public static final int HEAD_BYTES = 16 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // null until first needed when the input was made from text
  private byte[] bytes;
  // the text the input was made from, or null when it was made from bytes
  private final String sourceText;
  private final SourceHint hint;
  private final Limits limits;
  private final long deadlineNanos;
  // Every detector reads the head's text: decode it once, on first use.
  private String headText;

  private SourceInput(byte[] bytes, String text, SourceHint hint, Limits limits,
      long deadlineNanos) {
    this.bytes = bytes;
    this.sourceText = text;
    this.hint = hint;
    this.limits = limits;
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * Create an input whose deadline starts now. The array is not copied; the caller must not change
   * it afterwards.
   *
   * @param bytes the content
   * @param hint what the caller knows about it
   * @param limits the limits in force
   * @return the input
   * @throws NullPointerException if an argument is null
   * @throws LimitExceededException if the content is larger than {@link Limits#maxInputBytes()}
   */
  public static SourceInput of(byte[] bytes, SourceHint hint, Limits limits) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(limits, "limits");
    checkSize(bytes.length, hint, limits);
    return new SourceInput(bytes, null, hint, limits,
        System.nanoTime() + limits.maxTimePerDocument().toNanos());
  }

  /**
   * Create an input from text that is already decoded, whose deadline starts now. The input is the
   * text's UTF-8 encoding (a leading U+FEFF is its byte-order mark, an unpaired surrogate is
   * {@code ?}), and every method answers as {@link #of(byte[], SourceHint, Limits)} would for
   * those bytes; the bytes are made only if a method needs them. When the hint names UTF-8 as the
   * charset, {@link #decode} returns the text itself (without the byte-order mark, unpaired
   * surrogates replaced), so a format that reads text does not encode and decode it again.
   *
   * @param text the content
   * @param hint what the caller knows about it; name UTF-8 as its charset for the direct path
   * @param limits the limits in force
   * @return the input
   * @throws NullPointerException if an argument is null
   * @throws LimitExceededException if the text's UTF-8 encoding is larger than {@link
   *     Limits#maxInputBytes()}
   * @since 0.1
   */
  public static SourceInput of(String text, SourceHint hint, Limits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(limits, "limits");
    byte[] encoded = null;
    // UTF-8 takes at most three bytes per UTF-16 unit: only a text that may be too large is
    // encoded here, to be measured.
    if (3L * text.length() > limits.maxInputBytes()) {
      encoded = text.getBytes(StandardCharsets.UTF_8);
      checkSize(encoded.length, hint, limits);
    }
    return new SourceInput(encoded, text, hint, limits,
        System.nanoTime() + limits.maxTimePerDocument().toNanos());
  }

  private static void checkSize(int length, SourceHint hint, Limits limits) {
    if (length > limits.maxInputBytes()) {
      throw new LimitExceededException(hint.uri().orElse(null), "maxInputBytes",
          limits.maxInputBytes(), "the input has " + length + " bytes");
    }
  }

  /** The bytes, encoded from the text on first use when the input was made from text. */
  private byte[] content() {
    if (bytes == null) {
      bytes = sourceText.getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /**
   * Return an input with other bytes and hint that shares this one's limits and deadline, for a
   * format that hands part of its input to another (an archive record, a front-matter body).
   *
   * @param content the nested content
   * @param nestedHint its hint
   * @return the nested input
   */
  public SourceInput nested(byte[] content, SourceHint nestedHint) {
    checkSize(content.length, nestedHint, limits);
    return new SourceInput(content, null, nestedHint, limits, deadlineNanos);
  }

  /**
   * Return the input's name, for messages and {@code source.uri}.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return hint.uri();
  }

  /**
   * Return the caller's hint.
   *
   * @return the hint
   */
  public SourceHint hint() {
    return hint;
  }

  /**
   * Return the limits in force.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Return the number of bytes.
   *
   * @return the length
   */
  public int length() {
    return content().length;
  }

  /**
   * Open a stream over the bytes; closing it is optional.
   *
   * @return a new stream
   */
  public InputStream openStream() {
    return new ByteArrayInputStream(content());
  }

  /**
   * Return a copy of all the bytes.
   *
   * @return the content
   */
  public byte[] bytes() {
    return content().clone();
  }

  /**
   * Return a read-only view of all the bytes, without copying.
   *
   * @return the content
   */
  public ByteBuffer buffer() {
    return ByteBuffer.wrap(content()).asReadOnlyBuffer();
  }

  /**
   * Return the first {@value #HEAD_BYTES} bytes at most, for detection.
   *
   * @return a copy of the head
   */
  public byte[] head() {
    byte[] b = content();
    return Arrays.copyOf(b, Math.min(b.length, HEAD_BYTES));
  }

  /**
   * Return the head decoded leniently (byte-order mark, else UTF-8 with replacement), for
   * detection. Decoded once per input.
   *
   * @return the head's text
   */
  public String headText() {
    if (headText == null) {
      byte[] b = content();
      int length = Math.min(b.length, HEAD_BYTES);
      Bom bom = Bom.of(b);
      headText = bom != null
          ? new String(b, bom.length, Math.max(0, length - bom.length), bom.charset)
          : new String(b, 0, length, StandardCharsets.UTF_8);
    }
    return headText;
  }

  /**
   * Return the lower-case extension of the input's name.
   *
   * @return such as {@code "html"}, or empty
   */
  public String extension() {
    String name = hint.uri().orElse("");
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Decode the bytes: a byte-order mark wins, then the hint's charset, then {@code declared} (a
   * charset the content itself declares), then UTF-8 if the bytes are valid UTF-8, else
   * windows-1252. A declaration that does not decode cleanly is not trusted: the text is decoded as
   * UTF-8 or windows-1252 instead, with a warning.
   *
   * @param declared the charset the content declares, or null
   * @return the text, the charset used and the warnings
   * @throws LimitExceededException if the text is longer than {@link Limits#maxChars()}
   */
  public DecodedText decode(String declared) {
    List<String> warnings = new ArrayList<>(1);
    if (sourceText != null && namesUtf8(hint.charset().orElse(null))) {
      // What the bytes path gives for the text's UTF-8 encoding under a UTF-8 hint: a byte-order
      // mark is UTF-8's and is dropped, and the rest decodes cleanly to the text as encoded.
      String text = sourceText.isEmpty() || sourceText.charAt(0) != '\uFEFF'
          ? sourceText : sourceText.substring(1);
      return checkChars(new DecodedText(replaceUnpairedSurrogates(text), StandardCharsets.UTF_8,
          warnings));
    }
    byte[] bytes = content();
    Bom bom = Bom.of(bytes);
    DecodedText decoded;
    if (bom != null) {
      decoded = new DecodedText(
          new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset,
          warnings);
    } else {
      decoded = decodeDeclared(hint.charset().orElse(null), "the hint", warnings);
      if (decoded == null) {
        decoded = decodeDeclared(declared, "the content", warnings);
      }
      if (decoded == null) {
        decoded = isValidUtf8(bytes)
            ? new DecodedText(utf8Text(), StandardCharsets.UTF_8,
                warnings)
            : new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, warnings);
      }
    }
    return checkChars(decoded);
  }

  private DecodedText checkChars(DecodedText decoded) {
    if (decoded.text().length() > limits.maxChars()) {
      throw new LimitExceededException(name().orElse(null), "maxChars", limits.maxChars(),
          "the input decodes to " + decoded.text().length() + " characters");
    }
    return decoded;
  }

  /**
   * Return the text as its UTF-8 encoding decodes: the same, but for each unpaired surrogate, which
   * {@link String#getBytes} encodes as {@code ?}.
   */
  static String replaceUnpairedSurrogates(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(Character.isSurrogate(c) ? '?' : c);
        i++;
      }
    }
    return out.toString();
  }

  /** Tell whether a charset name is UTF-8's, as {@link #decode} would resolve it. */
  private static boolean namesUtf8(String charsetName) {
    if (charsetName == null || charsetName.isBlank()) {
      return false;
    }
    try {
      return Charset.forName(charsetName.trim()).equals(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return false;
    }
  }

  private DecodedText decodeDeclared(String charsetName, String where, List<String> warnings) {
    byte[] bytes = content();
    if (charsetName == null || charsetName.isBlank()) {
      return null;
    }
    Charset charset;
    try {
      charset = Charset.forName(charsetName.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("The charset '" + abbreviate(charsetName) + "' that " + where
          + " declares is unknown; the text was decoded by detection.");
      return null;
    }
    boolean singleByte = charset.equals(WINDOWS_1252)
        || charset.equals(StandardCharsets.ISO_8859_1)
        || charset.equals(StandardCharsets.US_ASCII);
    // Single-byte charsets are checked on the bytes, so that only the text returned is decoded.
    String text = singleByte ? null : strict(charset);
    if (singleByte ? !fitsSingleByte(bytes, charset) : text == null) {
      warnings.add("The charset '" + charset.name() + "' that " + where
          + " declares does not decode the bytes; the text was decoded by detection.");
      return null;
    }
    if (singleByte) {
      // Single-byte declarations decode anything: check that the bytes are not really UTF-8.
      // Valid UTF-8 reads differently from a single-byte decoding exactly when a byte is not ASCII.
      if (!isAscii(bytes) && isValidUtf8(bytes)) {
        warnings.add("The charset '" + charset.name() + "' that " + where
            + " declares does not fit the bytes, which are UTF-8; they were decoded as UTF-8.");
        return new DecodedText(utf8Text(), StandardCharsets.UTF_8,
            warnings);
      }
      text = new String(bytes, charset);
    }
    return new DecodedText(text, charset, warnings);
  }

  /**
   * Decode all the bytes with a charset, or return null if they do not decode cleanly. UTF-8 is
   * checked on the bytes and decoded by one {@code new String}, without the decoder's
   * intermediate buffer; other charsets go through a reporting decoder.
   */
  private String strict(Charset charset) {
    byte[] bytes = content();
    if (charset.equals(StandardCharsets.UTF_8)) {
      return isValidUtf8(bytes) ? utf8Text() : null;
    }
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Tell whether the input reads as UTF-8 exactly as {@link #decode} would read it when nothing
   * names another charset: no byte-order mark, every byte valid UTF-8, and at most {@link
   * Limits#maxChars()} characters. A caller whose parser reads the stream (jsoup) can then skip
   * decoding the whole input into a String first.
   *
   * @return true for plain UTF-8 within the limits
   * @since 0.1
   */
  public boolean isPlainUtf8() {
    byte[] bytes = content();
    if (Bom.of(bytes) != null) {
      return false;
    }
    long chars = utf16Length(bytes); // -1 when the bytes are not UTF-8
    return chars >= 0 && chars <= limits.maxChars();
  }

  /**
   * Decode bytes known to be valid UTF-8. An input that fits in the head was decoded already if a
   * detector asked for {@link #headText()}: valid UTF-8 decodes the same with or without
   * replacement, so that text is the page's, and small pages are not decoded twice.
   */
  private String utf8Text() {
    byte[] bytes = content();
    if (headText != null && bytes.length <= HEAD_BYTES && Bom.of(bytes) == null) {
      return headText;
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Tell whether a single-byte charset maps every byte (windows-1252 leaves five unmapped). */
  private static boolean fitsSingleByte(byte[] b, Charset charset) {
    if (charset.equals(StandardCharsets.US_ASCII)) {
      return isAscii(b);
    }
    if (charset.equals(WINDOWS_1252)) {
      for (byte x : b) {
        int c = x & 0xFF;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tell whether bytes are well-formed UTF-8 as the JDK's reporting decoder reads it: no overlong
   * forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence.
   */
  static boolean isValidUtf8(byte[] b) {
    return utf16Length(b) >= 0;
  }

  /** The bytes read as eight-byte words, for the ASCII runs that most pages mostly are. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Return how many UTF-16 characters well-formed UTF-8 decodes to (one per sequence, two for a
   * four-byte one), or -1 if the bytes are not well-formed UTF-8 (see {@link #isValidUtf8}). One
   * pass; eight ASCII bytes at a time where the text is ASCII.
   */
  static long utf16Length(byte[] b) {
    int i = 0;
    int n = b.length;
    long chars = 0;
    while (i < n) {
      if (i + 8 <= n && ((long) WORDS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
        chars += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        chars++;
        continue;
      }
      int more;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return -1;
      }
      if (i + more >= n) {
        return -1;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return -1;
      }
      for (int k = 2; k <= more; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return -1;
        }
      }
      i += more + 1;
      chars += more == 3 ? 2 : 1;
    }
    return chars;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /**
   * Throw if the document's time is up; formats call it between stages and inside long loops.
   *
   * @param stage what was being done, for the message
   * @throws LimitExceededException if {@link Limits#maxTimePerDocument()} has passed
   */
  public void checkDeadline(String stage) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceededException(name().orElse(null), "maxTimePerDocument",
          limits.maxTimePerDocument().toMillis(),
          "the document took longer than " + limits.maxTimePerDocument().toMillis()
              + " ms, while " + stage);
    }
  }

  /**
   * Return the deadline of this document, in {@link System#nanoTime()} units.
   *
   * @return the deadline
   */
  public long deadlineNanos() {
    return deadlineNanos;
  }

  private static final class Bom {
    final Charset charset;
    final int length;

    private Bom(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
