package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadWordsTest {
  private static final String TEXT = "The Zyzzyva Covenant on Civil Rights and the Ministry of"
      + " Quuxley Affairs, a Rapporteur's report, the Ça Commission (ÇC) and Human Rights Watch:"
      + " zyzzyva, covenants, ministries, ZYZZYVA.";

  @Test
  void answersForEveryTokenAsTheSetOfNormsDoes() {
    // heads in the base vocabulary ("report", "watch"), only in the knowledge base's
    // ("covenant", "ministry") and in neither ("zyzzyva", "ça")
    Set<String> words = Set.of("covenant", "ministry", "report", "watch", "zyzzyva", "ça",
        "commission");
    HeadWords heads = new HeadWords(words);
    for (Vocabulary v : new Vocabulary[] {Vocabulary.BASE, Knowledge.defaults().vocabulary}) {
      TextAnalysis a = TextAnalysis.of(TEXT, Work.unbounded(), v);
      int hits = 0;
      for (int i = 0; i < a.tokenCount; i++) {
        boolean expected = words.contains(a.tokNorm[i]);
        assertThat(heads.has(a, i)).as("token %d '%s'", i, a.token(i)).isEqualTo(expected);
        hits += expected ? 1 : 0;
      }
      // Zyzzyva x3, Covenant, Ministry, report, Ça, Commission, Watch
      assertThat(hits).isEqualTo(9);
    }
  }
}
