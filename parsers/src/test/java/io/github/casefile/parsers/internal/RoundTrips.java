package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.ImmutableArticle;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;

/** Hand-built articles and the round-trip check the format tests share. */
public final class RoundTrips {
  /** The name every round trip passes as the input's URI. */
  public static final String INPUT = "input/article";

  private static final java.util.Map<String, Casefile> CASEFILES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private RoundTrips() {}

  /**
   * Build an article with the fields given; the id is computed as Casefile does.
   */
  public static Article article(String headline, List<String> authors, String published,
      String canonical, String outlet, String language, List<String> paragraphs) {
    Source source = Source.builder().format("test").uri(INPUT)
        .canonicalUrl(java.util.Optional.ofNullable(canonical))
        .outlet(java.util.Optional.ofNullable(outlet)).build();
    return Article.builder()
        .id("article:0000000000000000")
        .source(source)
        .headline(java.util.Optional.ofNullable(headline))
        .authors(authors)
        .published(java.util.Optional.ofNullable(published).map(PartialDateTime::parse))
        .language(java.util.Optional.ofNullable(language))
        .paragraphs(paragraphs)
        .build();
  }

  /** Articles that reach the hard cases: every field, none, and text full of markup. */
  public static List<Article> handBuilt() {
    return List.of(
        article("North Korean authorities resort to all tactics to catch defectors",
            List.of("Kim Ga Young", "Lee Sang Yong"), "2017-10-27T14:52+09:00",
            "https://example.org/news/2017/10/tactics", "Example NK", "en",
            List.of("Over the past six years the regime has ramped up surveillance.",
                "If caught and repatriated, defectors face severe punishment.")),
        article(null, List.of(), null, null, null, null, List.of("Only a paragraph.")),
        article("Tricky * _text_ & <b>tags</b> [x](y) \"quotes\" 'apostrophes' # hash",
            List.of("Seán O'Brien", "Jean-Luc Picard-Smith"), "2017-10-27",
            "https://example.org/a?b=1&c=2", "Outlet & Co", "ko-KR",
            List.of("By the way, this is not a byline.",
                "*Stars*, __underscores__, ~~strikes~~, `ticks`, [brackets](and parens) and"
                    + " ![bangs](x) stay as they are & so do &amp; entities < and > signs.",
                "1. Not a list item", "- nor this", "# nor a heading", "> nor a quote",
                "--- not a rule", "<p>not HTML</p> and \\ backslashes",
                "Non-BMP \uD83D\uDE00 text and right-to-left \u0645\u0631\u062D\u0628\u0627 text"
                    + " with a very long run of words that the wrapping variant will break"
                    + " across several lines before letters only, never before 1. or - signs.",
                "Write to Kim at kim@example.org is a sentence here, not a contact line")),
        article("Seconds and UTC", List.of("Park Ji-min"), "2020-09-11T21:22:34Z", null, null,
            "en-US", List.of("A paragraph.", "Another paragraph.")),
        article("Minute precision without offset", List.of(), "2017-10-27T14:52", null,
            "Daily NK", null, List.of("Text.")),
        article("A negative offset", List.of("Anne Smith"), "2016-07-06T15:46:09-04:00",
            "https://example.org/x", null, null, List.of("One.", "Two.", "Three.")),
        article("Month only", List.of(), "2017-10", null, null, null, List.of("Text.")));
  }

  /**
   * Render an article with a variant, parse it back with the format, and check that it equals the
   * renderer's {@code carried} projection, warnings aside.
   */
  public static void check(SourceFormat format, SourceRenderer renderer, Article article,
      long variant) {
    byte[] rendered = renderer.render(article, variant);
    Casefile casefile = CASEFILES.computeIfAbsent(format.name(),
        n -> Casefile.builder().formats(List.of(format)).extract(false).build());
    List<Article> parsed = casefile.parseEach(rendered, SourceHint.builder().uri(INPUT)
        .format(format.name()).build());
    assertThat(parsed).as("articles of variant %d:%n%s", variant,
        new String(rendered, StandardCharsets.UTF_8)).hasSize(1);
    Article expected = renderer.carried(article);
    Article actual = ImmutableArticle.copyOf(parsed.get(0)).withWarnings(List.<String>of());
    Source source = Source.builder().from(actual.source()).format("test").build();
    assertThat(ImmutableArticle.copyOf(actual).withSource(source))
        .as("variant %d:%n%s", variant, new String(rendered, StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  /**
   * Read the seed text from the repository's {@code seeds/} directory.
   */
  public static List<byte[]> seeds() throws IOException {
    Path dir = Path.of("..", "seeds");
    try (var files = Files.list(dir)) {
      List<byte[]> seeds = new java.util.ArrayList<>();
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        seeds.add(Files.readAllBytes(file));
      }
      assertThat(seeds).isNotEmpty();
      return seeds;
    }
  }
}
