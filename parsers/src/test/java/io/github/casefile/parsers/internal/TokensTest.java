package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  // Separators, characters trim() strips but \s does not, letters in both cases.
  private static final char[] POOL = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u00a0',
      'a', 'A', 'b', '-'};

  @Test
  void splitsAsTrimAndTheWhiteSpaceRegexDo() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, POOL.length - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          String value = value(picks);
          assertThat(Tokens.split(value)).as("%s", picks).isEqualTo(bySplit(value));
        });
  }

  @Test
  void findsATokenIgnoringCaseAsTheSplitDoes() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, POOL.length - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          String value = value(picks);
          for (String token : new String[] {"a", "ab", "b-a", "\u0001a"}) {
            boolean expected = bySplit(value).stream().anyMatch(t -> t.equalsIgnoreCase(token));
            assertThat(Tokens.has(value, token)).as("%s in %s", token, picks)
                .isEqualTo(expected);
          }
        });
  }

  @Test
  void readsARelValue() {
    assertThat(Tokens.has(" nofollow Author ", "author")).isTrue();
    assertThat(Tokens.has("authors", "author")).isFalse();
    assertThat(Tokens.split("  og:title\ttwitter:title ")).containsExactly("og:title",
        "twitter:title");
  }

  private static String value(List<Integer> picks) {
    StringBuilder b = new StringBuilder();
    for (int p : picks) {
      b.append(POOL[p]);
    }
    return b.toString();
  }

  private static List<String> bySplit(String value) {
    List<String> tokens = new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
    tokens.removeIf(String::isEmpty);
    return tokens;
  }
}
