package io.github.casefile.parsers.internal;

import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.spi.SourceInput;
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
