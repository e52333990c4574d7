package io.github.casefile.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final Path SEED =
      Path.of("..", "seeds", "dailynk-2017-10-27-authorities-resort-to-all-tactics.txt");
  private static final Casefile CASEFILE = Casefile.builder()
      .formats(List.of(new TextFormat())).extract(false).build();
  private static final TextRenderer RENDERER = new TextRenderer();
  private static final int VARIANTS = 512;
  private static final String LONG = "Over the past six years the regime has ramped up surveillance"
      + " of cellphone communication and border crossings, which has had a dramatic impact on the"
      + " likelihood of a successful escape out of the country.";

  private static Article article(String headline, List<String> authors, String published,
      String... paragraphs) {
    return Article.builder()
        .id("article:0000000000000000")
        .source(Source.builder().format("html").uri("https://example.org/a")
            .canonicalUrl("https://example.org/a").outlet("Example").build())
        .headline(java.util.Optional.ofNullable(headline))
        .authors(authors)
        .published(java.util.Optional.ofNullable(published).map(PartialDateTime::parse))
        .language("en")
        .paragraphs(Arrays.stream(paragraphs).map(Paragraphs::normalize).toList())
        .warnings(List.of("a warning"))
        .build();
  }

  private static Article parse(byte[] bytes) {
    return CASEFILE.parseEach(bytes, SourceHint.builder().format("text").build()).get(0);
  }

  private static String render(Article a, long variant) {
    return new String(RENDERER.render(a, variant), StandardCharsets.UTF_8);
  }

  /** The fields the text format carries. */
  private static List<Object> carriedFields(Article a) {
    return List.of(a.headline(), a.authors(), a.published(), a.paragraphs());
  }

  private static List<Article> handBuilt() {
    List<Article> articles = new ArrayList<>();
    articles.add(article("North Korean authorities resort to all tactics",
        List.of("Kim Ga Young"), "2017-10-27T14:52", LONG, "Second paragraph."));
    articles.add(article(null, List.of(), null, "Short title-like line", LONG));
    articles.add(article(null, List.of("Ann Lee"), "2020-01-02T03:04:05",
        "Bo Kim | 2021-01-01 00:00", "By Ann Lee", "Published: 7 March 2013"));
    articles.add(article("Ends with a full stop.", List.of("O'Brien-Smith", "Ann Lee and Bo Kim"),
        "2017-10-27", "# Not a heading? It is one.", "x"));
    articles.add(article("By Land and Sea", List.of("A, B"), "2017-10-27T14:52+09:00",
        "Text \u00a0with\u3000odd   spaces 𝄞 and עברית", "@highlight", "gone"));
    articles.add(article("Kim | 2017-10-27 14:52", List.of(), "2017-10-27T14:52:09-05:30",
        "Body.", "Last " + TextBody.COMMENT_POLICY));
    articles.add(article("A headline | with a bar", List.of("Zed"), null,
        "---", "![img](x.jpg)", "Body text", "## URL", "https://example.org/x"));
    articles.add(article("x".repeat(201), List.of(), "2017", "y".repeat(300)));
    articles.add(article("Day only", List.of("Ann"), "2017-10-27", "Body."));
    return articles;
  }

  @Test
  void writesTheSeedLayoutInTheDefaultVariant() {
    Article a = article("Headline", List.of("Kim Ga Young", "Lee Sang Yong"),
        "2017-10-27T14:52", "First paragraph.", "Second paragraph.");

    assertThat(render(a, 0)).isEqualTo("Headline\n\nKim Ga Young, Lee Sang Yong \u00a0|\u00a0 "
        + "2017-10-27 14:52\n\nFirst paragraph.\n\nSecond paragraph.\n");
  }

  @Test
  void variesLineEndsSeparatorJoinerPolicyWrappingTrailingSpaceAndBom() {
    Article a = article("Headline", List.of("Ann Lee", "Bo Kim"), "2017-10-27T14:52", LONG);

    assertThat(render(a, 1)).contains("\r\n").doesNotContain("\n\n");
    assertThat(render(a, 2)).contains("Ann Lee, Bo Kim | 2017").doesNotContain("\u00a0");
    assertThat(render(a, 4)).contains("Ann Lee and Bo Kim");
    assertThat(render(a, 8)).endsWith("country.\n" + TextBody.COMMENT_POLICY + "\n");
    assertThat(render(a, 8 | 64)).endsWith("country. " + TextBody.COMMENT_POLICY + "\n");
    assertThat(render(a, 16).lines()).allMatch(line -> line.length() <= 78);
    assertThat(render(a, 16 | 256).lines().filter(l -> !l.isEmpty()).count()).isGreaterThan(4);
    assertThat(render(a, 32)).contains(" \u00a0\n");
    assertThat(RENDERER.render(a, 128)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(RENDERER.format()).isEqualTo("text");
  }

  @Test
  void writesADayOrAnOffsetAtThePrecisionGiven() {
    Article day = article("Headline", List.of(), "2017-10-27", "Body.");
    Article offset = article("Headline", List.of(), "2017-10-27T14:52:09Z", "Body.");

    assertThat(render(day, 0)).contains(" \u00a0|\u00a0 2017-10-27\n");
    assertThat(render(offset, 0)).contains("|\u00a0 2017-10-27 14:52:09Z\n");
    assertThat(RENDERER.carried(day).published()).contains(PartialDateTime.parse("2017-10-27"));
  }

  @Test
  void carriesOnlyWhatTheTextFormatHolds() {
    Article a = article("Headline", List.of("Ann Lee"), "2017-10-27T14:52", "Body.");

    Article carried = RENDERER.carried(a);

    assertThat(carried.headline()).contains("Headline");
    assertThat(carried.authors()).containsExactly("Ann Lee");
    assertThat(carried.published()).contains(PartialDateTime.parse("2017-10-27T14:52"));
    assertThat(carried.paragraphs()).containsExactly("Body.");
    assertThat(carried.source().canonicalUrl()).isEmpty();
    assertThat(carried.source().outlet()).isEmpty();
    assertThat(carried.source().retrieved()).isEmpty();
    assertThat(carried.language()).isEmpty();
    assertThat(carried.warnings()).isEmpty();
  }

  @Test
  void clearsWhatCannotBeReadBack() {
    Article sentence = RENDERER.carried(article("Ends with a full stop.", List.of("A, B"),
        "2017-10", "Body. " + TextBody.COMMENT_POLICY));
    Article offset = RENDERER.carried(article("By Land and Sea", List.of("Ann Lee and Bo Kim"),
        "2017-10-27T14:52+09:00", "Body.", "@highlight", "Summary"));

    assertThat(sentence.headline()).isEmpty();
    assertThat(sentence.authors()).containsExactly("A", "B");
    assertThat(sentence.published()).isEmpty();
    assertThat(sentence.paragraphs()).containsExactly("Body.");
    assertThat(offset.headline()).isEmpty();
    assertThat(offset.authors()).containsExactly("Ann Lee", "Bo Kim");
    assertThat(offset.published()).contains(PartialDateTime.parse("2017-10-27T14:52+09:00"));
    assertThat(offset.paragraphs()).containsExactly("Body.");
  }

  @Test
  void roundTripsHandBuiltArticlesInEveryVariant() {
    for (Article a : handBuilt()) {
      List<Object> expected = carriedFields(RENDERER.carried(a));
      for (long variant = 0; variant < VARIANTS; variant++) {
        Article back = parse(RENDERER.render(a, variant));
        assertThat(carriedFields(back)).as("variant %d of %s", variant, a.headline())
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void roundTripsTheParsedSeedInEveryVariant() throws IOException {
    Article seed = CASEFILE.parse(SEED);

    for (long variant = 0; variant < VARIANTS; variant++) {
      Article back = parse(RENDERER.render(seed, variant));
      assertThat(carriedFields(back)).as("variant %d", variant).isEqualTo(carriedFields(seed));
      assertThat(back.warnings()).isEmpty();
      assertThat(back.id()).isEqualTo(seed.id());
    }
  }

  @Test
  void carriedIsAFixedPoint() {
    for (Article a : handBuilt()) {
      Article once = RENDERER.carried(a);
      assertThat(carriedFields(RENDERER.carried(once))).isEqualTo(carriedFields(once));
    }
  }
}
