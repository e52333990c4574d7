package io.github.casefile.testkit;

import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates damaged inputs: arbitrary bytes, and mutations of given inputs (truncated at a random
 * point, spliced with junk, bytes flipped, a chunk deleted or repeated, re-encoded as UTF-16 or
 * windows-1252). A parser fed them may return articles with warnings or throw a {@code
 * CasefileException}; nothing else.
 */
public final class Mutations {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<String> JUNK = List.of("\u0000", "<", "</", "<!--", "\"", "{", "[",
      "&#", "&#x110000;", "\uFFFD", "\r\n\r\n", "WARC/1.1\r\n", "---\n", "<?xml", "]]>", "\\u",
      "\uD83D", "𝒜", "<p>", "<![CDATA[", "%", "\u00A0");

  private Mutations() {}

  /**
   * Generate arbitrary bytes, from empty to a few kilobytes.
   *
   * @return a generator of byte arrays
   */
  public static Gen<byte[]> arbitraryBytes() {
    Gen<Integer> lengths = frequency(Pair.of(1, range(0, 0)), Pair.of(6, range(1, 64)),
        Pair.of(3, range(65, 4096)));
    return described(in -> randomBytes(in, lengths.generate(in)));
  }

  /**
   * Generate mutations of the given inputs, one to three mutations each.
   *
   * @param inputs the inputs to damage, at least one
   * @return a generator of damaged inputs
   * @throws IllegalArgumentException if {@code inputs} is empty
   */
  public static Gen<byte[]> of(List<byte[]> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs to mutate");
    }
    List<byte[]> copies = inputs.stream().map(byte[]::clone).toList();
    return described(in -> {
      byte[] bytes = pick(copies).generate(in).clone();
      int rounds = range(1, 3).generate(in);
      for (int i = 0; i < rounds; i++) {
        bytes = mutate(in, bytes);
      }
      return bytes;
    });
  }

  /**
   * Give a byte generator a readable description in failure reports.
   *
   * @param bytes the generator
   * @return the same generator, described by {@link Hex#abbreviate(byte[])}
   */
  public static Gen<byte[]> described(Gen<byte[]> bytes) {
    return bytes.describedAs(Hex::abbreviate);
  }

  private static byte[] mutate(RandomnessSource in, byte[] bytes) {
    int length = bytes.length;
    switch (range(0, 6).generate(in)) {
      case 0: // truncate
        return Arrays.copyOf(bytes, length == 0 ? 0 : range(0, length - 1).generate(in));
      case 1: { // splice junk in
        byte[] junk = range(0, 1).generate(in) == 0
            ? pick(JUNK).generate(in).getBytes(StandardCharsets.UTF_8)
            : randomBytes(in, range(1, 32).generate(in));
        int at = range(0, length).generate(in);
        return concat(Arrays.copyOf(bytes, at), junk, Arrays.copyOfRange(bytes, at, length));
      }
      case 2: { // flip bytes
        byte[] out = bytes.clone();
        int flips = length == 0 ? 0 : range(1, 8).generate(in);
        for (int i = 0; i < flips; i++) {
          out[range(0, length - 1).generate(in)] ^= (byte) (int) range(1, 255).generate(in);
        }
        return out;
      }
      case 3: { // delete a chunk
        if (length == 0) {
          return bytes;
        }
        int from = range(0, length - 1).generate(in);
        int to = range(from, Math.min(length, from + 512)).generate(in);
        return concat(Arrays.copyOf(bytes, from), Arrays.copyOfRange(bytes, to, length));
      }
      case 4: { // repeat a chunk
        if (length == 0) {
          return bytes;
        }
        int from = range(0, length - 1).generate(in);
        int to = range(from, Math.min(length, from + 256)).generate(in);
        byte[] chunk = Arrays.copyOfRange(bytes, from, to);
        return concat(Arrays.copyOf(bytes, to), chunk, chunk, Arrays.copyOfRange(bytes, to,
            length));
      }
      default:
        return reencode(bytes, range(0, 3).generate(in));
    }
  }

  /**
   * Re-encode bytes read as UTF-8 (malformed sequences replaced): 0 UTF-16LE with a byte-order
   * mark, 1 UTF-16BE without one, 2 windows-1252 (unmappable characters become {@code ?}), 3
   * UTF-16LE without a byte-order mark.
   */
  static byte[] reencode(byte[] bytes, int how) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    switch (how) {
      case 0:
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            text.getBytes(StandardCharsets.UTF_16LE));
      case 1:
        return text.getBytes(StandardCharsets.UTF_16BE);
      case 2:
        return windows1252(text);
      default:
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
  }

  private static byte[] windows1252(String text) {
    CharsetEncoder encoder = WINDOWS_1252.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[out.remaining()];
      out.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      // REPLACE never reports; fall back to the JDK's own replacement.
      return text.getBytes(WINDOWS_1252);
    }
  }

  private static byte[] randomBytes(RandomnessSource in, int length) {
    byte[] bytes = new byte[length];
    Gen<Integer> octets = range(0, 255);
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (int) octets.generate(in);
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
