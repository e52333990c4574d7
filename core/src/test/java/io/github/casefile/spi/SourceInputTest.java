package io.github.casefile.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceInputTest {
  private static SourceInput input(byte[] bytes, SourceHint hint) {
    return SourceInput.of(bytes, hint, Limits.defaults());
  }

  @Test
  void aByteOrderMarkWinsOverEveryDeclaration() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    DecodedText decoded = input(bom, SourceHint.builder().charset("UTF-8").build())
        .decode("windows-1252");
    assertThat(decoded.text()).isEqualTo("hi");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void undeclaredValidUtf8IsUtf8AndOtherBytesAreWindows1252() {
    assertThat(input("café".getBytes(StandardCharsets.UTF_8), SourceHint.none()).decode(null)
        .text()).isEqualTo("café");
    byte[] cp1252 = "caf\u00e9 \u201cq\u201d".getBytes(Charset.forName("windows-1252"));
    assertThat(input(cp1252, SourceHint.none()).decode(null).text())
        .isEqualTo("caf\u00e9 \u201cq\u201d");
  }

  @Test
  void aLatin1DeclarationOverUtf8BytesIsCaughtWithAWarning() {
    DecodedText decoded = input("Kim’s".getBytes(StandardCharsets.UTF_8), SourceHint.none())
        .decode("ISO-8859-1");
    assertThat(decoded.text()).isEqualTo("Kim’s");
    assertThat(decoded.warnings()).singleElement().asString().contains("ISO-8859-1");
  }

  @Test
  void aUtf8DeclarationOverOtherBytesFallsBackWithAWarning() {
    byte[] cp1252 = "caf\u00e9".getBytes(Charset.forName("windows-1252"));
    DecodedText decoded = input(cp1252, SourceHint.none()).decode("utf-8");
    assertThat(decoded.text()).isEqualTo("caf\u00e9");
    assertThat(decoded.warnings()).singleElement().asString().contains("does not decode");
  }

  @Test
  void anUnknownCharsetNameIsAWarningNotAnException() {
    DecodedText decoded = input("x".getBytes(StandardCharsets.UTF_8), SourceHint.none())
        .decode("no-such-charset");
    assertThat(decoded.text()).isEqualTo("x");
    assertThat(decoded.warnings()).singleElement().asString().contains("unknown");
  }

  @Test
  void tooManyCharactersExceedMaxChars() {
    SourceInput input = SourceInput.of(new byte[20], SourceHint.named("n"),
        Limits.builder().maxChars(10).build());
    assertThatThrownBy(() -> input.decode(null)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxChars");
  }

  @Test
  void aPassedDeadlineThrowsNamingTheStage() throws InterruptedException {
    SourceInput input = SourceInput.of(new byte[1], SourceHint.named("slow"),
        Limits.builder().maxTimePerDocument(Duration.ofNanos(1)).build());
    Thread.sleep(2);
    assertThatThrownBy(() -> input.checkDeadline("walking the tree"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("walking the tree").hasMessageStartingWith("slow: ");
  }

  @Test
  void theExtensionComesFromTheNameOnly() {
    assertThat(input(new byte[0], SourceHint.named("dir.v2/page.HTML")).extension())
        .isEqualTo("html");
    assertThat(input(new byte[0], SourceHint.named("dir.v2/README")).extension()).isEmpty();
  }

  @Test
  void theUtf8CheckAgreesWithTheJdksReportingDecoder() {
    // Bytes drawn from the lead and continuation ranges, so that most arrays are near misses.
    int[] pool = {'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 6))
        .checkAssert(picks -> {
          byte[] bytes = new byte[picks.size()];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) pool[picks.get(i)];
          }
          assertThat(SourceInput.isValidUtf8(bytes)).as("%s", picks).isEqualTo(jdkDecodes(bytes));
        });
  }

  @Test
  void theUtf8CheckAndItsLengthAgreeWithTheJdkAcrossEightByteAsciiRuns() {
    // Mostly ASCII, so that eight-byte words of ASCII occur at every alignment, with lead and
    // continuation bytes in between and at the ends.
    int[] pool = {'a', 'b', '<', ' ', 'z', '~', 'a', 'q', 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x80,
        0x94, 0xED, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0xFF};
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 40),
            integers().between(0, 24))
        .checkAssert((picks, asciiRun) -> {
          byte[] bytes = new byte[picks.size() + asciiRun];
          for (int i = 0; i < picks.size(); i++) {
            bytes[i] = (byte) pool[picks.get(i)];
          }
          java.util.Arrays.fill(bytes, picks.size(), bytes.length, (byte) 'x');
          boolean valid = jdkDecodes(bytes);
          assertThat(SourceInput.isValidUtf8(bytes)).as("%s + %d", picks, asciiRun)
              .isEqualTo(valid);
          assertThat(SourceInput.utf16Length(bytes)).as("%s + %d", picks, asciiRun)
              .isEqualTo(valid ? new String(bytes, StandardCharsets.UTF_8).length() : -1L);
        });
  }

  @Test
  void bytesThatAreNotUtf8AreNotPlainUtf8HoweverShort() {
    // the one-pass length is -1 for them, which is below every character limit
    for (byte[] bytes : new byte[][] {{'c', 'a', 'f', (byte) 0xE9, '<', 'p', '>'},
        {(byte) 0xFF}, {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', (byte) 0xC3}}) {
      assertThat(input(bytes, SourceHint.none()).isPlainUtf8()).isFalse();
    }
    assertThat(input("caf\u00e9 <p>".getBytes(StandardCharsets.UTF_8), SourceHint.none())
        .isPlainUtf8()).isTrue();
  }

  @Test
  void aWindows1252DeclarationWithAnUnmappedByteIsNotTrusted() {
    byte[] bytes = {'a', (byte) 0x81, 'b'};
    DecodedText decoded = input(bytes, SourceHint.none()).decode("windows-1252");
    assertThat(decoded.warnings()).singleElement().asString().contains("does not decode");
  }

  private static boolean jdkDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // Characters where a string and its UTF-8 bytes can part ways: a byte-order mark, line ends,
  // white space, NUL, both halves of a surrogate pair alone or together, Latin-1 and wider letters.
  private static final String[] TRICKY = {"a", " ", "\uFEFF", "\r", "\n", "\r\n", "\u00a0",
      "\u0000", "\ud83d", "\ude00", "\ud83d\ude00", "\u00e9", "\u201c", "\u2028", "\u3000", "|"};
  private static final List<SourceHint> HINTS = List.of(SourceHint.none(),
      SourceHint.builder().charset("UTF-8").build(), SourceHint.builder().charset(" utf8 ").build(),
      SourceHint.builder().charset("windows-1252").build(),
      SourceHint.builder().charset("ISO-8859-1").build(),
      SourceHint.builder().charset("no-such-charset").build());

  @Test
  void aTextInputAnswersAsItsUtf8BytesWould() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, TRICKY.length - 1)).ofSizeBetween(0, 8),
            integers().between(0, HINTS.size() - 1))
        .checkAssert((picks, h) -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(k -> text.append(TRICKY[k]));
          SourceHint hint = HINTS.get(h);
          byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
          for (String declared : new String[] {null, "ISO-8859-1", "UTF-16"}) {
            assertThat(answers(SourceInput.of(text.toString(), hint, Limits.defaults()), declared))
                .as("%s %s %s", picks, hint, declared)
                .isEqualTo(answers(SourceInput.of(bytes, hint, Limits.defaults()), declared));
          }
        });
  }

  private static List<Object> answers(SourceInput input, String declared) {
    DecodedText decoded = input.decode(declared);
    List<Object> answers = new ArrayList<>();
    answers.add(decoded.text());
    answers.add(decoded.charset());
    answers.add(decoded.warnings());
    answers.add(input.length());
    answers.add(new String(input.bytes(), StandardCharsets.ISO_8859_1));
    answers.add(new String(input.head(), StandardCharsets.ISO_8859_1));
    answers.add(input.headText());
    answers.add(input.isPlainUtf8());
    answers.add(input.buffer());
    return answers;
  }

  @Test
  void aTextInputUnderAUtf8HintIsDecodedWithoutItsMarkAndUnpairedSurrogates() {
    SourceInput input = SourceInput.of("\uFEFFa\r\n\ud83d\ude00 \ud83d|\ude00\u0000",
        SourceHint.builder().charset("UTF-8").build(), Limits.defaults());
    DecodedText decoded = input.decode("windows-1252");
    assertThat(decoded.text()).isEqualTo("a\r\n\ud83d\ude00 ?|?\u0000");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void aTextInputIsMeasuredInUtf8Bytes() {
    Limits limits = Limits.builder().maxInputBytes(6).build();
    // two characters, six bytes: within the limit although three bytes a character may not be
    assertThat(SourceInput.of("\u201c\u201d", SourceHint.none(), limits).length()).isEqualTo(6);
    assertThatThrownBy(() -> SourceInput.of("\u201c\u201da", SourceHint.named("n"), limits))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("the input has 7 bytes");
    assertThatThrownBy(() -> SourceInput.of("abcdefg", SourceHint.named("n"), limits))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("the input has 7 bytes");
  }

  @Test
  void aTextInputTooLongInCharactersExceedsMaxChars() {
    SourceInput input = SourceInput.of("\uFEFF" + "a".repeat(11),
        SourceHint.builder().charset("UTF-8").build(), Limits.builder().maxChars(10).build());
    assertThatThrownBy(() -> input.decode(null)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxChars");
    SourceInput fits = SourceInput.of("\uFEFF" + "a".repeat(10),
        SourceHint.builder().charset("UTF-8").build(), Limits.builder().maxChars(10).build());
    assertThat(fits.decode(null).text()).hasSize(10);
  }
}
