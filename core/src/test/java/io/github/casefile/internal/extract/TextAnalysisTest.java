package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
