package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import io.github.casefile.spi.SourceRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Inputs the format tests share: wrapping bytes, and inputs of other formats. */
public final class Inputs {
  private Inputs() {}

  /** Wrap text as an input named {@code name}. */
  public static SourceInput of(String text, String name) {
    return of(text.getBytes(StandardCharsets.UTF_8), name);
  }

  /** Wrap bytes as an input named {@code name}. */
  public static SourceInput of(byte[] bytes, String name) {
    return SourceInput.of(bytes, SourceHint.named(name), Limits.defaults());
  }

  /**
   * Check that a format claims none of the neutral inputs, none of the seeds and none of the
   * hand-built articles as other formats render them (16 variants each).
   */
  public static void assertClaimsNone(SourceFormat format, SourceRenderer... others)
      throws IOException {
    for (String other : neutral()) {
      assertThat(format.detect(of(other, "x"))).as(other).isZero();
    }
    for (byte[] seed : RoundTrips.seeds()) {
      assertThat(format.detect(of(seed, "seed.txt"))).isZero();
    }
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 16; variant++) {
        for (SourceRenderer other : others) {
          byte[] rendered = other.render(article, variant);
          assertThat(format.detect(of(rendered, "x"))).as(other.format() + " variant " + variant)
              .isZero();
        }
      }
    }
  }

  /** Inputs none of the three formats here may claim: HTML, other JSON, other XML, text. */
  public static List<String> neutral() {
    return List.of(
        "<!DOCTYPE html><html><head><title>A page</title></head><body><p>Text.</p></body></html>",
        "<?php $__env->startSection('content'); ?><p>Text.</p>",
        "{\"name\": \"not a post\", \"items\": [1, 2, 3]}",
        "[1, 2, 3]",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        "Headline of a text\n\nKim Ga Young | 2017-10-27 14:52\n\nFirst paragraph.\n",
        "# A Markdown heading\n\nPublished: 2024-07-16\n\n---\n\nText.\n",
        "");
  }
}
