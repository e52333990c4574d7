package io.github.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Agency;
import io.github.casefile.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Names spelled with look-alike letters or invisible characters are not the names they imitate:
 * extraction matches code points, so a Cyrillic М, a zero-width joiner, a zero-width space or a
 * right-to-left override inside a name keeps the name from matching (the words after it may still
 * match on their own when they are a name or alias themselves, as "State Security" is) (decided and documented in
 * docs/hostile-input.md); invalid bytes, NULs and surrogates never crash a format.
 */
class EncodingsTest {
  private static Article parse(Formats format, String paragraph) {
    return format.parse(Fuzzing.CASEFILE, format.wrap("Headline", List.of(paragraph)));
  }

  private static List<String> agencyIds(Article article) {
    return article.agencies().stream().map(Agency::id).toList();
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void theRealNameMatches(Formats format) {
    Article article = parse(format, "The Ministry of State Security and Human Rights Watch said so.");
    assertThat(agencyIds(article)).contains("agency:prk-mss");
    assertThat(article.agencies()).anyMatch(a -> a.name().equals("Human Rights Watch"));
  }

  /** Return the text of every agency mention. */
  private static List<String> mentioned(Article article) {
    String text = article.text();
    return article.agencies().stream().flatMap(a -> a.mentions().stream())
        .map(m -> m.textOf(text)).toList();
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void aCyrillicLetterMakesAnotherName(Formats format) {
    // "State Security" alone is an alias of the agency in the knowledge base, so it may match;
    // the word with the Cyrillic letter is never read as "Ministry".
    Article article = parse(format, "The \u041cinistry of State Security and \u041duman Rights"
        + " Watch said so.");
    String text = article.text();
    for (Agency agency : article.agencies()) {
      boolean coversHomoglyph = agency.mentions().stream().map(m -> m.textOf(text))
          .anyMatch(m -> m.contains("\u041c") || m.contains("\u041d"));
      if (coversHomoglyph) {
        assertThat(agency.id()).isNotIn("agency:prk-mss", "agency:hrw");
        assertThat(agency.name()).isNotIn("Ministry of State Security", "Human Rights Watch");
      }
    }
    assertThat(article.agencies()).noneMatch(a -> a.name().equals("Human Rights Watch"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void aZeroWidthCharacterInsideANameIsNotTheName(Formats format) {
    Article article = parse(format, "Human\u200DRights Watch and the Ministry\u200Bof State"
        + " Security said so.");
    assertThat(article.agencies()).noneMatch(a -> a.name().equals("Human Rights Watch"));
    assertThat(mentioned(article)).noneMatch(m -> m.contains("\u200d") || m.contains("\u200b"));
    assertThat(mentioned(article)).noneMatch(m -> m.startsWith("Ministry"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void aRightToLeftOverrideDoesNotSpellAName(Formats format) {
    Article article = parse(format, "The \u202eytiruceS etatS fo yrtsiniM\u202c said so.");
    assertThat(agencyIds(article)).doesNotContain("agency:prk-mss");
    assertThat(article.text()).contains("\u202e");
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void invalidBytesNulsAndSurrogatesNeverEscapeAsRawExceptions(Formats format) {
    byte[] good = format.wrap("Headline", List.of("Police arrested eight defectors."))
        .getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {
        {(byte) 0xC3, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0, 0, 0},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}};
    for (byte[] insert : bad) {
      for (int at : new int[] {0, good.length / 2, good.length}) {
        byte[] input = new byte[good.length + insert.length];
        System.arraycopy(good, 0, input, 0, at);
        System.arraycopy(insert, 0, input, at, insert.length);
        System.arraycopy(good, at, input, at + insert.length, good.length - at);
        Fuzzing.check(format, input);
      }
    }
  }
}
