package io.github.casefile.parsers.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.feed.FeedRenderer;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.parsers.wpjson.WordPressJsonRenderer;
import io.github.casefile.spi.ArticleDraft;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FrontMatterFormatTest {
  private final FrontMatterFormat format = new FrontMatterFormat();

  private ArticleDraft parse(String text) {
    return format.parse(Inputs.of(text, "post.md")).get(0);
  }

  @Test
  void readsYamlFrontMatterAndAMarkdownBody() {
    ArticleDraft draft = parse(Samples.FRONT_MATTER);
    assertThat(draft.headline()).contains("Defectors \"caught\" at the border");
    assertThat(draft.published()).contains(PartialDateTime.parse("2017-10-27T14:52"));
    assertThat(draft.authors()).containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(draft.canonicalUrl()).contains("https://example.org/caught");
    assertThat(draft.language()).contains("en-GB");
    assertThat(draft.paragraphs()).containsExactly(
        "The first paragraph with a link and a line that continues it.",
        "A quoted sentence.", "An item", "Another reference", "code stays", "A subheading");
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void readsPelicanHeaderLines() {
    ArticleDraft draft = parse(Samples.PELICAN);
    assertThat(draft.headline()).contains("Raids on safe houses");
    assertThat(draft.published()).contains(PartialDateTime.parse("2017-10-27"));
    assertThat(draft.authors()).containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(draft.paragraphs()).containsExactly("First.", "Second.");
  }

  @Test
  void takesTheBodysBylineOverAnExportsAuthor() {
    ArticleDraft draft = parse("---\ntitle: An op-ed\nauthor: \"CitizenNews Op-ed\"\n---\n\n"
        + "# An op-ed\n\nBy Anne Whitfield\n\nText.\n");
    assertThat(draft.authors()).containsExactly("Anne Whitfield");
    assertThat(draft.paragraphs()).containsExactly("Text.");
  }

  @Test
  void dropsAShortTailAfterAThematicBreak() {
    String body = "A long paragraph of article text that carries the story. ".repeat(20);
    ArticleDraft draft = parse("---\ntitle: T\n---\n" + body + "\n\n---\n\nSubscribe to us.\n\n"
        + "---\n\n**Blogger**\n");
    assertThat(draft.paragraphs()).containsExactly(body.strip());
  }

  @Test
  void keepsTheDayOfAnExportTimestampWithAWarning() {
    ArticleDraft draft = parse("---\ntitle: T\ndate: 2020-09-11-21-22-34 \n--- \nText.\n");
    assertThat(draft.published()).contains(PartialDateTime.parse("2020-09-11"));
    assertThat(draft.warnings()).singleElement().asString().contains("2020-09-11-21-22-34");
  }

  @Test
  void readsAnHtmlExportBody() {
    ArticleDraft draft = parse("---\n"
        + "post_title: 'Sanctions on leaders &#8211; Example Journal'\n"
        + "author: Staff Writer\n"
        + "post_date: 2016-07-06 20:35:23\n"
        + "original_link:\n  - 'http://news.google.com/news/url?sa=t&#038;url=x'\n"
        + "---\n [ad_1]\n<br><div><div class=\"byline-wrap\"><time>Updated July 6, 2016"
        + " 3:46 p.m. ET</time></div><p>WASHINGTON\u2014The first <!--\n --> paragraph.</p>"
        + "<p>The last one.</p><p><strong>Write to </strong>Anne Whitfield at"
        + " <a href=\"mailto:anne@example.com\">anne@example.com</a></p></div>\n"
        + "<br>[ad_2]\n<br><a href=\"http://news.google.com/x\">Source </a>");
    assertThat(draft.headline()).contains("Sanctions on leaders");
    assertThat(draft.outlet()).contains("Example Journal");
    assertThat(draft.published()).contains(PartialDateTime.parse("2016-07-06T15:46"));
    assertThat(draft.authors()).containsExactly("Anne Whitfield");
    assertThat(draft.paragraphs()).containsExactly("WASHINGTON\u2014The first paragraph.",
        "The last one.");
  }

  @Test
  void recoversFromUnterminatedFrontMatter() {
    ArticleDraft draft = parse("---\ntitle: Never closed\ndate: 2017-10-27\n"
        + "The body starts here.\n\nSecond paragraph.\n");
    assertThat(draft.headline()).contains("Never closed");
    assertThat(draft.published()).contains(PartialDateTime.parse("2017-10-27"));
    assertThat(draft.paragraphs()).containsExactly("The body starts here.", "Second paragraph.");
    assertThat(draft.warnings()).anySatisfy(w -> assertThat(w).contains("not closed"));
  }

  @Test
  void warnsOfFrontMatterLinesItCannotRead() {
    ArticleDraft draft = parse("---\ntitle: T\n!!weird line\n---\nText.\n");
    assertThat(draft.headline()).contains("T");
    assertThat(draft.warnings()).singleElement().asString().contains("!!weird line");
  }

  @Test
  void readsAHugeUnterminatedFrontMatterInLinearTime() {
    String text = "---\n" + "key: value\n".repeat(200_000);
    ArticleDraft draft = format.parse(Inputs.of(text + "Body text.\n", "big.md")).get(0);
    assertThat(draft.paragraphs()).isNotEmpty();
  }

  @Test
  void survivesDeepHtmlAndPathologicalMarkdown() {
    String deep = "---\ntitle: T\n---\n" + "<div>".repeat(100_000) + "<p>Deep.</p>";
    assertThat(parse(deep).paragraphs()).containsExactly("Deep.");
    String brackets = "---\ntitle: T\n---\n" + "[".repeat(50_000) + "](" + "`".repeat(40)
        + "*_".repeat(50_000) + "<!--" + "&#".repeat(10_000);
    assertThat(parse(brackets).paragraphs()).isNotEmpty();
  }

  @Test
  void detectsFrontMatterAndNothingElse() throws IOException {
    assertThat(format.detect(Inputs.of("---\ntitle: T\ndate: 2017-10-27\n---\nText.", "x")))
        .isGreaterThanOrEqualTo(90);
    assertThat(format.detect(Inputs.of("Title: T\nDate: 2017-10-27\n\nText.", "x")))
        .isGreaterThanOrEqualTo(80);
    assertThat(format.detect(Inputs.of("---\n\nJust a rule.\n---\n", "x"))).isZero();
    Inputs.assertClaimsNone(format, new WordPressJsonRenderer(), new FeedRenderer());
  }

  @Test
  void isRegisteredAsAService() {
    assertThat(java.util.ServiceLoader.load(io.github.casefile.spi.SourceFormat.class).stream()
        .map(java.util.ServiceLoader.Provider::type))
        .contains(FrontMatterFormat.class);
  }
}
