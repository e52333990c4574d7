package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.internal.extract.EntityFinder.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BySentenceTest {
  private static Mention at(int token) {
    return new Mention(token, token + 1, null, List.of(), null);
  }

  @Test
  void handsEachSentenceTheItemsStartingInsideIt() {
    // sentences of tokens [0, 4), [5, 8) and [8, 12); token 4 lies between the first two
    List<Mention> items = List.of(at(1), at(3), at(4), at(5), at(7), at(11));
    BySentence<Mention> bySentence = new BySentence<>(items);

    bySentence.advance(0, 4);
    assertThat(bySentence.list()).containsExactly(items.get(0), items.get(1));

    bySentence.advance(5, 8);
    assertThat(bySentence.list()).as("the item between sentences is no one's")
        .containsExactly(items.get(3), items.get(4));
    List<Mention> reused = new ArrayList<>(List.of(items.get(0)));
    bySentence.fill(reused);
    assertThat(reused).containsExactly(items.get(3), items.get(4));

    bySentence.advance(8, 12);
    assertThat(bySentence.list()).containsExactly(items.get(5));
    bySentence.advance(12, 20);
    assertThat(bySentence.list()).isEmpty();
    bySentence.fill(reused);
    assertThat(reused).isEmpty();
  }
}
