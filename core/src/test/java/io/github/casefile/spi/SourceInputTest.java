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
}
