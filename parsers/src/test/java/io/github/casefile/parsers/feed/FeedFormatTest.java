package io.github.casefile.parsers.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.LimitExceededException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.frontmatter.FrontMatterRenderer;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.parsers.wpjson.WordPressJsonRenderer;
import io.github.casefile.spi.ArticleDraft;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFormatTest {


  private final FeedFormat format = new FeedFormat();

  @Test
  void readsRssItems() {
    List<ArticleDraft> drafts = format.parse(Inputs.of(Samples.RSS, "feed.xml"));
    assertThat(drafts).hasSize(2);
    ArticleDraft first = drafts.get(0);
    assertThat(first.headline()).contains("Tactics & defectors");
    assertThat(first.canonicalUrl()).contains("https://example.org/tactics/");
    assertThat(first.uri()).contains("https://example.org/tactics/");
    assertThat(first.authors()).containsExactly("Kim Ga Young");
    assertThat(first.published()).contains(PartialDateTime.parse("2017-10-27T14:52:00+09:00"));
    assertThat(first.paragraphs()).containsExactly("First paragraph.", "Second.");
    assertThat(first.outlet()).contains("Example NK");
    assertThat(first.language()).contains("en");
    ArticleDraft second = drafts.get(1);
    assertThat(second.canonicalUrl()).contains("https://example.org/second/");
    assertThat(second.authors()).containsExactly("Lee Sang Yong");
    assertThat(second.paragraphs()).containsExactly("Only a description.");
    assertThat(second.published()).isEmpty();
  }

  @Test
  void readsAtomEntriesAndFallsBackToUpdatedWithAWarning() {
    ArticleDraft entry = format.parse(Inputs.of(Samples.ATOM, "atom.xml")).get(0);
    assertThat(entry.headline()).contains("Bold title");
    assertThat(entry.canonicalUrl()).contains("https://example.org/entry");
    assertThat(entry.authors()).containsExactly("Anne Feedwriter");
    assertThat(entry.paragraphs()).containsExactly("One.", "Two & three.");
    assertThat(entry.language()).contains("ko");
    assertThat(entry.published()).contains(PartialDateTime.parse("2017-10-27T05:52:00Z"));
    assertThat(entry.warnings()).singleElement().asString().contains("updated");
  }

  @Test
  void readsRss1() {
    String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel><title>Old</title></channel><item rdf:about=\"https://example.org/1\">"
        + "<title>T</title><description>Text one.\n\nText two.</description>"
        + "<dc:date>2017-10-27</dc:date></item></rdf:RDF>";
    ArticleDraft item = format.parse(Inputs.of(rdf, "rdf.xml")).get(0);
    assertThat(item.paragraphs()).containsExactly("Text one.", "Text two.");
    assertThat(item.published()).contains(PartialDateTime.parse("2017-10-27"));
    assertThat(item.canonicalUrl()).contains("https://example.org/1");
  }

  @Test
  void decodesTheCharsetTheDeclarationNames() {
    String xml = "<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss><channel><item>"
        + "<title>\uBD81\uD55C</title><description>\uD0C8\uBD81\uC790.</description></item>"
        + "</channel></rss>";
    ArticleDraft item = format.parse(Inputs.of(xml.getBytes(Charset.forName("EUC-KR")), "k"))
        .get(0);
    assertThat(item.headline()).contains("\uBD81\uD55C");
  }

  @Test
  void keepsABillionLaughsDocumentSmall() {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
        + "<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
          .append("\">\n");
    }
    laughs.append("]>\n<rss><channel><item><title>&lol9;</title>"
        + "<description>Text &lol9;</description></item></channel></rss>");
    ArticleDraft item = format.parse(Inputs.of(laughs.toString(), "lol.xml")).get(0);
    assertThat(String.join(" ", item.paragraphs())).hasSizeLessThan(100);
    assertThat(item.headline().orElse("")).hasSizeLessThan(100);
    assertThat(item.warnings()).anySatisfy(w -> assertThat(w).contains("not expanded"));
  }

  @Test
  void survivesAHundredThousandDeepDocument() {
    String deep = "<rss><channel><item><description>Text.</description></item>"
        + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</channel></rss>";
    assertThat(format.parse(Inputs.of(deep, "deep.xml"))).isNotEmpty();
    String deepItem = "<rss><channel><item><description>" + "&lt;div&gt;".repeat(100_000)
        + "Deep.</description></item></channel></rss>";
    assertThat(format.parse(Inputs.of(deepItem, "deep.xml")).get(0).paragraphs())
        .containsExactly("Deep.");
  }

  @Test
  void readsBrokenFeedsLeniently() {
    String broken = "<rss><channel><item><title>Caf&eacute; &nbsp;news & more"
        + "<description><p>Unescaped <b>HTML</b>.<p>Second";
    ArticleDraft item = format.parse(Inputs.of(broken, "b.xml")).get(0);
    assertThat(item.headline()).contains("Caf\u00e9 \u00a0news & more");
    assertThat(item.paragraphs()).containsExactly("Unescaped HTML.", "Second");
    assertThat(item.warnings()).singleElement().asString().contains("not closed");
  }

  @Test
  void skipsItemsWithoutTextAndRejectsFeedsWithNone() {
    String mixed = "<rss><channel><item><title>Empty</title></item>"
        + "<item><description>Text.</description></item></channel></rss>";
    List<ArticleDraft> drafts = format.parse(Inputs.of(mixed, "m.xml"));
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).warnings()).singleElement().asString().contains("'Empty'");
    assertThatThrownBy(() -> format.parse(Inputs.of("<rss><channel><item><title>x</title>"
        + "</item></channel></rss>", "e.xml"))).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> format.parse(Inputs.of("<rss><channel/></rss>", "e.xml")))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("<item>");
    assertThatThrownBy(() -> format.parse(Inputs.of("not xml", "e.xml")))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void warnsOfAnUnreadableDate() {
    String rss = "<rss><channel><item><pubDate>someday</pubDate><description>T.</description>"
        + "</item></channel></rss>";
    ArticleDraft item = format.parse(Inputs.of(rss, "d.xml")).get(0);
    assertThat(item.published()).isEmpty();
    assertThat(item.warnings()).singleElement().asString().contains("'someday'");
  }

  @Test
  void rejectsInputOverTheCharacterLimit() {
    var limits = io.github.casefile.Limits.builder().maxChars(10).build();
    var input = io.github.casefile.spi.SourceInput.of(Samples.RSS.getBytes(
        java.nio.charset.StandardCharsets.UTF_8), io.github.casefile.SourceHint.none(), limits);
    assertThatThrownBy(() -> format.parse(input)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void detectsFeedsAndNothingElse() throws IOException {
    assertThat(format.detect(Inputs.of(Samples.RSS, "x"))).isGreaterThanOrEqualTo(90);
    assertThat(format.detect(Inputs.of(Samples.ATOM, "x"))).isGreaterThanOrEqualTo(90);
    Inputs.assertClaimsNone(format, new WordPressJsonRenderer(), new FrontMatterRenderer());
  }

  @Test
  void isRegisteredAsAService() {
    assertThat(java.util.ServiceLoader.load(io.github.casefile.spi.SourceFormat.class).stream()
        .map(java.util.ServiceLoader.Provider::type))
        .contains(FeedFormat.class);
  }
}
