package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextAnalysisTest {
  /** The vocabularies an analysis runs with: none (while classes load), the base, a knowledge base's. */
  private static final Vocabulary[] VOCABULARIES =
      {null, Vocabulary.BASE, Knowledge.defaults().vocabulary};

  /**
   * Assert that the analysis gives exactly what {@link ReferenceTextAnalysis}, the tokenizer as it
   * was before it was made faster, gives: every token's and sentence's fields, the same norm
   * instances, and the same count of work.
   */
  static void assertSameAsReference(String text, Vocabulary vocabulary) {
    Work work = Work.unbounded();
    TextAnalysis a = TextAnalysis.of(text, work, vocabulary);
    Work referenceWork = Work.unbounded();
    ReferenceTextAnalysis r = ReferenceTextAnalysis.of(text, referenceWork, vocabulary);
    int n = r.tokenCount;
    assertThat(a.tokenCount).as("tokens").isEqualTo(n);
    assertThat(Arrays.copyOf(a.tokStart, n)).as("tokStart").isEqualTo(Arrays.copyOf(r.tokStart, n));
    assertThat(Arrays.copyOf(a.tokEnd, n)).as("tokEnd").isEqualTo(Arrays.copyOf(r.tokEnd, n));
    assertThat(Arrays.copyOf(a.tokType, n)).as("tokType").isEqualTo(Arrays.copyOf(r.tokType, n));
    assertThat(Arrays.copyOf(a.tokFlags, n)).as("tokFlags").isEqualTo(Arrays.copyOf(r.tokFlags, n));
    assertThat(Arrays.copyOf(a.tokId, n)).as("tokId").isEqualTo(Arrays.copyOf(r.tokId, n));
    assertThat(Arrays.copyOf(a.tokNorm, n)).as("tokNorm").isEqualTo(Arrays.copyOf(r.tokNorm, n));
    assertThat(Arrays.copyOf(a.tokSentence, n)).as("tokSentence")
        .isEqualTo(Arrays.copyOf(r.tokSentence, n));
    for (int i = 0; i < n; i++) {
      // a vocabulary norm is its one interned instance in both; a text's own norm is one per text
      assertThat(a.tokNorm[i] == a.norm(a.tokId[i])).isTrue();
      // is() trusts the kept hash to tell a token from a word it is not
      assertThat(a.tokHash[i]).as("tokHash").isEqualTo(a.tokNorm[i].hashCode());
      if (vocabulary != null && a.tokId[i] < vocabulary.size) {
        assertThat(a.tokNorm[i]).isSameAs(r.tokNorm[i]);
      }
    }
    int s = r.sentenceCount;
    assertThat(a.sentenceCount).as("sentences").isEqualTo(s);
    assertThat(Arrays.copyOf(a.sentFirst, s)).isEqualTo(Arrays.copyOf(r.sentFirst, s));
    assertThat(Arrays.copyOf(a.sentLast, s)).isEqualTo(Arrays.copyOf(r.sentLast, s));
    assertThat(Arrays.copyOf(a.sentStart, s)).isEqualTo(Arrays.copyOf(r.sentStart, s));
    assertThat(Arrays.copyOf(a.sentEnd, s)).isEqualTo(Arrays.copyOf(r.sentEnd, s));
    assertThat(Arrays.copyOf(a.sentParagraph, s)).isEqualTo(Arrays.copyOf(r.sentParagraph, s));
    assertThat(work.steps()).as("work").isEqualTo(referenceWork.steps());
  }

  private static void assertSameAsReference(String text) {
    for (Vocabulary v : VOCABULARIES) {
      assertSameAsReference(text, v);
    }
  }

  /**
   * Pieces that exercise every branch of the tokenizer and the sentence splitter: cases, inner and
   * trailing apostrophes of five kinds, numbers with separators, abbreviations, initials and
   * dotted acronyms, closers and openers, line breaks, non-ASCII spaces, letters, digits, marks,
   * punctuation, surrogate pairs and lone surrogates.
   */
  private static final List<String> PIECES = List.of("The", "the", "THE", "Kim", "kim's", "Kim’s",
      "KIM‘S", "Workers'", "Workers’", "class`s", "O´Neil", "rock'n'roll", "'t", "s'", "Ss'", "x'",
      "1,000", "10,00", "1,0000", "3.5", "3.", ".5", "1'000", "2017's", "34,000.5", "1990s", "U.S.",
      "U.N.", "Gen.", "Mr.", "mr.", "Jan.", "J.", "R.", "e.g.", "etc.", "No.", "arrested",
      "Arrested", "said", "police", "ÉCOLE", "école", "İstanbul", "ß", "Ǆ", "Ⅻ", "٣", "é", "é",
      "x", "X", "A", "I", ".", ",", "!", "?", "?!", "…", "...", ";", ":", "-", "—", "–", "\"",
      "“", "”", "‘", "’", "'", "`", "´", "(", ")", "[", "]", "«", "»", "#", "*", "@", ">", "/",
      " ", " ", " ", " ", "\u00a0", "\u2009", "\u3000", "\t", "\n", "\n\n", "\r\n",
      "\r\n\r\n", "\u2028", "\u200b", "\u200d", "\u0301", "\u20dd", "😀", "𝐀", "𝟙", "\ud800",
      "\udc00", "\u0000", "\u007f", "\ufeff", "He", "She", "According", "Meanwhile");

  private static Gen<String> pieces(int max) {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, max)
        .map(l -> String.join("", l));
  }

  @Test
  void tokensAndSentencesAreThoseOfTheReferenceOnJoinedPieces() {
    qt().withExamples(2000).forAll(pieces(60)).checkAssert(TextAnalysisTest::assertSameAsReference);
  }

  @Test
  void tokensAndSentencesAreThoseOfTheReferenceOnArbitraryText() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(TextAnalysisTest::assertSameAsReference);
    qt().withExamples(500).forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 200))
        .checkAssert(TextAnalysisTest::assertSameAsReference);
  }

  @Test
  void longTextsAreThoseOfTheReferenceThroughGrowthAndSentenceCuts() {
    // past the arrays' first sizes, the local table's rehashes and the 250-token sentence cut
    qt().withExamples(60).forAll(pieces(3000)).checkAssert(TextAnalysisTest::assertSameAsReference);
    assertSameAsReference("word ".repeat(1000) + "x" + ". word".repeat(600));
    assertSameAsReference("1 ".repeat(5000));
    assertSameAsReference(".".repeat(3000) + "\n".repeat(10) + "a.".repeat(3000));
  }

  @Test
  void theSeedIsAnalysedAsTheReferenceDoes() throws IOException {
    String raw = Files.readString(
        Path.of("../seeds/dailynk-2017-10-27-authorities-resort-to-all-tactics.txt"),
        StandardCharsets.UTF_8);
    assertSameAsReference(raw);
    assertSameAsReference(raw.replace("\n", "\r\n"));
    assertSameAsReference(raw.toUpperCase(java.util.Locale.ROOT));
  }

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
