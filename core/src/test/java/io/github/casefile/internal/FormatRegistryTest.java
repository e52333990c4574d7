package io.github.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {
  /** Lives in this package, so the registry counts it as built in. */
  static class BuiltIn implements SourceFormat {
    private final String name;
    private final int score;

    BuiltIn(String name, int score) {
      this.name = name;
      this.score = score;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return name;
    }

    @Override
    public int detect(SourceInput input) {
      return score;
    }

    @Override
    public List<ArticleDraft> parse(SourceInput input) {
      return List.of();
    }
  }

  private static SourceInput input() {
    return SourceInput.of("x".getBytes(StandardCharsets.UTF_8), SourceHint.none(),
        Limits.defaults());
  }

  @Test
  void aUserFormatReplacesABuiltInOfTheSameName() {
    SourceFormat user = new com.example.UserFormat("text", 10);
    FormatRegistry registry = FormatRegistry.of(List.of(new BuiltIn("text", 10), user));
    assertThat(registry.formats()).containsExactly(user);
  }

  @Test
  void aUserFormatWinsATieButNotAHigherScore() {
    SourceFormat user = new com.example.UserFormat("mine", 40);
    assertThat(FormatRegistry.of(List.of(new BuiltIn("html", 40), user)).choose(input()))
        .isSameAs(user);
    BuiltIn sure = new BuiltIn("html", 90);
    assertThat(FormatRegistry.of(List.of(sure, user)).choose(input())).isSameAs(sure);
  }

  @Test
  void aDetectorThatThrowsDoesNotClaimTheInput() {
    BuiltIn throwing = new BuiltIn("bad", 0) {
      @Override
      public int detect(SourceInput input) {
        throw new IllegalStateException("detector bug");
      }
    };
    BuiltIn fallback = new BuiltIn("ok", 1);
    assertThat(FormatRegistry.of(List.of(throwing, fallback)).choose(input()))
        .isSameAs(fallback);
  }
}
