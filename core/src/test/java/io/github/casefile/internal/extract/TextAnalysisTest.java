package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static List<String> sentences(String text) {
    TextAnalysis a = TextAnalysis.of(text, Work.unbounded());
    List<String> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount; s++) {
      out.add(text.substring(a.sentStart[s], a.sentEnd[s]));
    }
    return out;
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("The U.N. panel met Gen. Park on Jan. 5. Mr. Kim and J. R. Lee left."))
        .containsExactly("The U.N. panel met Gen. Park on Jan. 5.",
            "Mr. Kim and J. R. Lee left.");
  }

  @Test
  void quotesAndBracketsAfterTheFullStopBelongToTheSentence() {
    assertThat(sentences("He said: \u201cWe fled.\u201d Then (they hid.) Police came."))
        .containsExactly("He said: \u201cWe fled.\u201d", "Then (they hid.)", "Police came.");
  }

  @Test
  void paragraphsAlwaysEndSentences() {
    assertThat(sentences("No full stop here\n\nNext paragraph."))
        .containsExactly("No full stop here", "Next paragraph.");
  }

  @Test
  void aDottedAcronymBeforeACommonOpenerEndsTheSentence() {
    assertThat(sentences("She moved to the U.S. The move was hard."))
        .containsExactly("She moved to the U.S.", "The move was hard.");
  }

  @Test
  void numbersKeepTheirSeparatorsAndApostrophesFold() {
    TextAnalysis a = TextAnalysis.of("About 34,000 fled; 3.5 percent. North Korea’s MSS.",
        Work.unbounded());
    List<String> norms = new ArrayList<>();
    for (int i = 0; i < a.tokenCount; i++) {
      norms.add(a.tokNorm[i]);
    }
    assertThat(norms).contains("34000", "3.5", "koreas").doesNotContain("34");
  }

  @Test
  void veryLongSentencesAreCut() {
    String text = "word ".repeat(1000).trim();
    TextAnalysis a = TextAnalysis.of(text, Work.unbounded());
    assertThat(a.sentenceCount).isEqualTo(4);
  }

  @Test
  void equalNormsShareOneIdAndOneString() {
    TextAnalysis a = TextAnalysis.of("Arrested, ARRESTED and arrested: Zyx's zyxs ZYX’S.",
        Work.unbounded());
    assertThat(a.tokId[0]).isEqualTo(a.tokId[2]).isEqualTo(a.tokId[4]);
    assertThat(a.tokNorm[0]).isSameAs(a.tokNorm[2]).isEqualTo("arrested");
    assertThat(a.tokFlags[0] & Lexicon.TRIGGER).isNotZero();
    assertThat(a.tokFlags[2] & (TextAnalysis.CAP | TextAnalysis.ALL_CAPS))
        .isEqualTo(TextAnalysis.CAP | TextAnalysis.ALL_CAPS);
    assertThat(a.tokId[6]).isEqualTo(a.tokId[7]).isEqualTo(a.tokId[8]);
    assertThat(a.tokNorm[6]).isEqualTo("zyxs");
    assertThat(a.tokId[1]).isNotEqualTo(a.tokId[0]);
  }

  @Test
  void everyTokenNormIsTheNormalisedTokenWithItsLexiconClasses() {
    List<String> pieces = List.of("The", "the", "THE", "Kim", "kim's", "Kim’s", "1,000", "10,00",
        "3.5", "arrested", "Arrested", "Article", "ÉCOLE", "école", "İstanbul", "’s", "'", ",", ".",
        " ", " ", "\n\n", "é", "x", "X", "'t", "Workers'", "`", "—", "ß", "Ǆ", "Ⅻ");
    qt().withExamples(300).forAll(integers().between(1, 80), integers().allPositive())
        .checkAssert((n, seed) -> {
          StringBuilder b = new StringBuilder();
          long x = seed;
          for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            b.append(pieces.get((int) Math.floorMod(x >>> 33, (long) pieces.size())));
          }
          TextAnalysis a = TextAnalysis.of(b.toString(), Work.unbounded());
          for (int i = 0; i < a.tokenCount; i++) {
            String expected = a.tokType[i] == TextAnalysis.PUNCT ? a.token(i)
                : TextAnalysis.normalize(a.token(i));
            assertThat(a.tokNorm[i]).isEqualTo(expected).isSameAs(a.norm(a.tokId[i]));
            assertThat(a.tokFlags[i]
                & ~(TextAnalysis.CAP | TextAnalysis.ALL_CAPS | TextAnalysis.BREAK_BEFORE))
                .isEqualTo(Lexicon.classes(expected) | (a.tokFlags[i] & Lexicon.DATE_CUE));
            // shape: a capitalised word, and all capitals when no letter is lower case
            String token = a.token(i);
            boolean cap = a.tokType[i] == TextAnalysis.WORD
                && Character.isUpperCase(token.codePointAt(0));
            boolean allCaps = cap && token.length() >= 2
                && token.chars().noneMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c));
            assertThat(a.tokFlags[i] & (TextAnalysis.CAP | TextAnalysis.ALL_CAPS))
                .isEqualTo((cap ? TextAnalysis.CAP : 0) | (allCaps ? TextAnalysis.ALL_CAPS : 0));
            String gap = b.substring(i == 0 ? 0 : a.tokEnd[i - 1], a.tokStart[i]);
            assertThat((a.tokFlags[i] & TextAnalysis.BREAK_BEFORE) != 0)
                .isEqualTo(gap.indexOf('\n') >= 0);
            for (int j = 0; j < i; j++) {
              assertThat(a.tokId[i] == a.tokId[j]).isEqualTo(expected.equals(a.tokNorm[j]));
            }
          }
        });
  }
}
