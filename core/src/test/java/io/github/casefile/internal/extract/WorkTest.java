package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.casefile.Limits;
import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Work grows linearly with the input, counted rather than timed; every span indexes the text. */
class WorkTest {
  private static long work(String text) {
    Article article = ExtractionEngineTest.article("2017-10-27", List.of(text));
    Work work = Work.unbounded();
    new DocumentExtraction(Knowledge.defaults(), article, Limits.defaults(), work).run();
    return work.steps();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ministry Of State Security Commission Bureau Human Rights Watch Kim Jong ",
      "Article 1 ",
      "October November December January 2017 ",
      "1234 5678 99 0 ",
      "Ministry of ",
      "the Chinese police arrested eight defectors near the Laos-China border and ",
      "late last year since the beginning of ",
      "Articles 1, 2 and 3 of the Convention against Torture ratified signed "})
  void tenTimesTheInputCostsAtMostElevenTimesTheWork(String unit) {
    long small = work(unit.repeat(200).trim());
    long large = work(unit.repeat(2000).trim());
    assertThat((double) large / small).isLessThanOrEqualTo(11.0);
  }

  @Test
  void everySpanIndexesTheText() {
    List<String> pieces = List.of("Chinese police", " arrested ", "eight defectors", " near the ",
        "Laos-China border", ". ", "Article 3", " of the Convention against Torture", " (MSS) ",
        "North Koreas", " Ministry of State Security", " last month", " on October 4, 1988",
        "\u2019s ", "U.N. ", "\n\n", "Mr. Kim Jong-un said", " 😀 ", "—", "\"", "(", ")");
    qt().withExamples(200).forAll(integers().between(1, 60), integers().allPositive())
        .checkAssert((n, seed) -> {
          StringBuilder b = new StringBuilder();
          long x = seed;
          for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            b.append(pieces.get((int) Math.floorMod(x >>> 33, (long) pieces.size())));
          }
          List<String> paragraphs = new ArrayList<>();
          for (String p : b.toString().split("\n\n")) {
            String norm = Paragraphs.normalize(p);
            if (!norm.isEmpty()) {
              paragraphs.add(norm);
            }
          }
          if (paragraphs.isEmpty()) {
            return;
          }
          Article out = ExtractionEngineTest.extract(
              ExtractionEngineTest.article("2017-10-27", paragraphs));
          String text = out.text();
          List<Span> spans = new ArrayList<>();
          out.agencies().forEach(e -> spans.addAll(e.mentions()));
          out.actors().forEach(e -> spans.addAll(e.mentions()));
          out.legalInstruments().forEach(e -> {
            spans.addAll(e.mentions());
            e.provisions().forEach(p -> spans.add(p.span()));
            e.actions().forEach(p -> spans.add(p.span()));
          });
          out.incidents().forEach(i -> spans.add(i.evidence()));
          for (Span s : spans) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            String covered = s.textOf(text);
            assertThat(covered).isNotBlank().isEqualTo(covered.strip());
          }
        });
  }

  @Test
  void arbitraryTextNeverThrows() {
    qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(1, 300))
        .checkAssert(s -> {
          String p = Paragraphs.normalize(s);
          if (!p.isEmpty()) {
            ExtractionEngineTest.extract(ExtractionEngineTest.article(null, List.of(p)));
          }
        });
  }
}
