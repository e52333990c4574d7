package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private static final String TEXT = "The police arrested Kim Ga-young's brother, zyzzyva and"
      + " Mr. Quuxley on Monday. They said the Zyzzyva camp (pictured) holds 1,200 people;"
      + " Ministry of State Security officers were there. Ça va.";

  @Test
  void answersForEveryTokenAsTheSetOfNormsDoes() {
    // words in the base vocabulary ("the", "said", "camp") and outside it ("zyzzyva", "ça")
    WordSet set = WordSet.of("the", "said", "camp", "zyzzyva", "quuxley", "ça", "security");
    for (Vocabulary v : new Vocabulary[] {Vocabulary.BASE, Knowledge.defaults().vocabulary}) {
      TextAnalysis a = TextAnalysis.of(TEXT, Work.unbounded(), v);
      int hits = 0;
      for (int i = 0; i < a.tokenCount; i++) {
        boolean expected = set.words().contains(a.tokNorm[i]);
        assertThat(set.has(a, i)).as("token %d '%s'", i, a.token(i)).isEqualTo(expected);
        hits += expected ? 1 : 0;
      }
      assertThat(hits).isEqualTo(9); // the x2, said, camp, zyzzyva x2, quuxley, security, ça
    }
  }

  @Test
  void isComparesTokensInAndOutsideTheVocabularyWithAnyString() {
    TextAnalysis a = TextAnalysis.of(TEXT, Work.unbounded(), Knowledge.defaults().vocabulary);
    for (int i = 0; i < a.tokenCount; i++) {
      String norm = a.tokNorm[i];
      // a copy is never the interned instance: the answer must not depend on identity
      String copy = new String(norm.toCharArray());
      assertThat(a.is(i, copy)).as(norm).isTrue();
      assertThat(a.is(i, copy + "x")).isFalse();
    }
    assertThat(a.is(-1, "the")).isFalse();
    assertThat(a.is(a.tokenCount, "the")).isFalse();
  }

  @Test
  void normalizeDropsApostrophesAndInnerCommasAndLowersAsBefore() {
    for (String s : new String[] {"Kim's", "Workers'", "34,000", ",a", "O`Neil", "ABC", "a.b",
        "Ça", "İstanbul", "Park’s", "x,y,z", "", "'"}) {
      assertThat(TextAnalysis.normalize(s)).as(s).isEqualTo(reference(s));
    }
  }

  /** The rule as written before the one-pass ASCII path. */
  private static String reference(String s) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (TextAnalysis.isApostrophe(c) || c == ',' && out.length() > 0) {
        continue;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
