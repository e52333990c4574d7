package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
