package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IgnoreCaseTest {
  @Test
  void findsAWordInAnyCaseAsLowerCasingTheTextWould() {
    String text = "<!DOCTYPE Html><HTML><Body><P class=x>";
    for (String word : new String[] {"<!doctype html", "<html", "<body", "<p ", "<head", "<p>",
        "class=x>", "x>x"}) {
      assertThat(IgnoreCase.contains(text, word)).as(word)
          .isEqualTo(text.toLowerCase(Locale.ROOT).contains(word));
    }
  }

  @Test
  void findsTheFirstOccurrenceFromAPosition() {
    assertThat(IgnoreCase.indexOf("wp-json WP-JSON", "wp-json", 1)).isEqualTo(8);
    assertThat(IgnoreCase.indexOf("wp", "wp-json", 0)).isEqualTo(-1);
    assertThat(IgnoreCase.startsWith("  <?XML version", 2, "<?xml")).isTrue();
    assertThat(IgnoreCase.startsWith("  <?XML version", 1, "<?xml")).isFalse();
  }

  @Test
  void tellsWhichWordsATextHoldsAsContainsWould() {
    String text = "<LINK href=/WP-Content/x.css><div class=Entry-Content>";
    List<String> words = List.of("/wp-content/", "/wp-includes/", "entry-content", "wp-json",
        "<link", "css><", "href=");
    IgnoreCase.Words indexed = new IgnoreCase.Words(words);
    int found = IgnoreCase.which(text, indexed);
    for (int i = 0; i < words.size(); i++) {
      assertThat((found & (1 << i)) != 0).as(words.get(i))
          .isEqualTo(IgnoreCase.contains(text, words.get(i)));
    }
    assertThat(found).isEqualTo(0b1110101);
    assertThat(IgnoreCase.which("", indexed)).isZero();
    assertThat(indexed.bit("wp-json")).isEqualTo(0b1000);
    // A word at the very start, and regionMatches' case folding beyond ASCII after the anchor.
    assertThat(IgnoreCase.which("-x", new IgnoreCase.Words(List.of("-x")))).isEqualTo(1);
    assertThat(IgnoreCase.which("<LIN\u212A", new IgnoreCase.Words(List.of("<link"))))
        .isEqualTo(IgnoreCase.contains("<LIN\u212A", "<link") ? 1 : 0);
  }
}
