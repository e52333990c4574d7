package io.github.casefile.parsers.html;

import static io.github.casefile.parsers.html.Pages.P1;
import static io.github.casefile.parsers.html.Pages.P2;
import static io.github.casefile.parsers.html.Pages.P3;
import static io.github.casefile.parsers.html.Pages.article;
import static io.github.casefile.parsers.html.Pages.page;
import static io.github.casefile.parsers.html.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.CasefileException;
import io.github.casefile.Limits;
import io.github.casefile.MalformedInputException;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
  private static final String BODY = article(P1, P2, P3);

  @Test
  void readsHeadlineAuthorsDateAndPublisherFromJsonLd() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Eight defectors arrested\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Kim Ga Young\"},"
        + "{\"@type\":\"Person\",\"name\":\"Lee Sang Yong\"}],"
        + "\"datePublished\":\"2017-10-27T14:52:00+09:00\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily NK\"}}</script>";
    Article a = parse(page("<title>Eight defectors arrested | Daily NK</title>" + ld, BODY));
    assertThat(a.headline()).hasValue("Eight defectors arrested");
    assertThat(a.authors()).containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27T14:52:00+09:00");
    assertThat(a.source().outlet()).hasValue("Daily NK");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void findsTheArticleInsideGraphsAndArrays() {
    String ld = "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
        + "{\"@graph\":[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"ReportageNewsArticle\"],"
        + "\"headline\":\"In the graph\",\"datePublished\":\"2017-10-27\","
        + "\"author\":\"Jane Roe\"}]}]</script>";
    Article a = parse(page(ld, BODY));
    assertThat(a.headline()).hasValue("In the graph");
    assertThat(a.authors()).containsExactly("Jane Roe");
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27");
  }

  @Test
  void readsSlightlyMalformedJsonLdAndWarnsAboutBrokenBlocks() {
    String lenient = "<script type=\"application/ld+json\">{'@type': 'Article', headline: "
        + "'Lenient', /* comment */ 'datePublished': '2018-01-02',}</script>";
    String broken = "<script type=\"application/ld+json\">{\"@type\": \"Article\", </script>";
    Article a = parse(page(broken + lenient, BODY));
    assertThat(a.headline()).hasValue("Lenient");
    assertThat(a.published().map(Object::toString)).hasValue("2018-01-02");
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("JSON-LD"));
  }

  @Test
  void fallsBackToOpenGraphAndArticleMeta() {
    String head = "<title>Ignored title | Outlet</title>"
        + "<meta property=\"og:title\" content=\"Open Graph headline\">"
        + "<meta property=\"og:site_name\" content=\"The Outlet\">"
        + "<meta property=\"og:url\" content=\"https://example.org/a/1\">"
        + "<meta property=\"article:published_time\" content=\"2019-04-28T06:01:00Z\">"
        + "<meta name=\"author\" content=\"By Jane Doe, Staff Writer\">";
    Article a = parse(page(head, BODY));
    assertThat(a.headline()).hasValue("Open Graph headline");
    assertThat(a.source().outlet()).hasValue("The Outlet");
    assertThat(a.source().canonicalUrl()).hasValue("https://example.org/a/1");
    assertThat(a.published().map(Object::toString)).hasValue("2019-04-28T06:01:00Z");
    assertThat(a.authors()).containsExactly("Jane Doe");
  }

  @Test
  void prefersTheCanonicalLinkAndReadsTheLanguage() {
    String html = "<!DOCTYPE html><html lang=\"ko-KR\"><head>"
        + "<link rel=\"canonical\" href=\"https://example.org/news/1\">"
        + "<meta property=\"og:url\" content=\"https://example.org/other\"></head><body>"
        + BODY + "</body></html>";
    Article a = parse(html);
    assertThat(a.source().canonicalUrl()).hasValue("https://example.org/news/1");
    assertThat(a.language()).hasValue("ko-KR");
  }

  @Test
  void cutsTheSiteNameFromTheTitle() {
    Article a = parse(page("<title>Defectors face new crackdown - Reuters</title>", BODY));
    assertThat(a.headline()).hasValue("Defectors face new crackdown");
  }

  @Test
  void takesTheArticleHeadingWhenTheTitleRepeatsIt() {
    Article a = parse(page("<title>Crackdown at the border | News Site</title>",
        "<article><h1>Crackdown at the border</h1><div>" + "<p>" + P1 + "</p><p>" + P2
            + "</p></div></article>"));
    assertThat(a.headline()).hasValue("Crackdown at the border");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void readsTheBylineElementAndItsDate() {
    String body = "<article><div class=\"byline\">By Kim Ga Young and Lee Sang Yong | "
        + "October 27, 2017 2:52 pm</div><div>" + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div></article>";
    Article a = parse(page("", body));
    assertThat(a.authors()).containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27T14:52");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsTheSpaceBetweenByAndANameInSeparateElements() {
    // html-dev yahoo-3: "<span>By </span><span class=fn>GILLIAN MOHNEY</span>" gave "ByGILLIAN".
    String body = "<article><cite class=\"byline\"><span>By </span><span class=\"fn\">Jane"
        + " Roe</span> <abbr>March 11, 2015 3:46 PM</abbr></cite><div><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></article>";
    assertThat(parse(page("", body)).authors()).containsExactly("Jane Roe");
  }

  @Test
  void readsTheBylineInFurnitureThatTheRelaxedAttemptReadsTheArticleIn() {
    // html-dev yahoo-2: the headline, the byline and the story sit in a box whose class names a
    // "modal"; the strict attempt skips it, the relaxed one finds the story there, and the
    // byline must be read there too.
    String body = "<div class=\"wrap Mstart(8px)--modalMinWidth\"><h1>Ship breaks up</h1>"
        + "<div class=\"attr\"><div class=\"author-name\">NATALIYA VASILYEVA</div></div>"
        + "<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>";
    Article a = parse(page("", body));
    assertThat(a.authors()).containsExactly("NATALIYA VASILYEVA");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void readsEveryRepeatedDublinCoreCreator() {
    // html-dev ietf-1: two DC.Creator elements, of which only the first was read.
    Article a = parse(page("<meta name=\"DC.Creator\" content=\"Kooman, F.\">"
        + "<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">", BODY));
    assertThat(a.authors()).containsExactly("F. Kooman", "Michiel de Jong");
  }

  @Test
  void readsRelAuthorAndTimeDatetime() {
    String body = "<article><p class=\"meta\"><a rel=\"author\" href=\"/u/1\">Jane Roe</a>"
        + "<time datetime=\"2016-07-06T09:30\">July 6</time></p>" + "<div><p>" + P1 + "</p><p>"
        + P2 + "</p></div></article>";
    Article a = parse(page("", body));
    assertThat(a.authors()).containsExactly("Jane Roe");
    assertThat(a.published().map(Object::toString)).hasValue("2016-07-06T09:30");
  }

  @Test
  void readsTheDateFromTheUrlAsALastResort() {
    Article a = parse(page("<link rel=\"canonical\" href=\"https://example.org/2017/10/27/x\">",
        BODY));
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27");
  }

  @Test
  void warnsAboutADateItCannotRead() {
    Article a = parse(page("<meta property=\"article:published_time\" content=\"soon\">", BODY));
    assertThat(a.published()).isEmpty();
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("'soon'"));
  }

  @Test
  void dropsNavigationShareBarsRelatedCommentsCaptionsAndFooters() {
    String body = "<header><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav></header>"
        + "<div class=\"cookie-notice\"><p>We use cookies to improve your experience on this site"
        + ", and by continuing you agree.</p></div>"
        + "<article><div class=\"share-bar\"><a href=\"#\">Share on Facebook</a></div>"
        + "<div><p>" + P1 + "</p><figure><img src=\"a.jpg\"><figcaption>Police at the border, "
        + "in a photo taken last year.</figcaption></figure><p>" + P2 + "</p>"
        + "<div class=\"newsletter-signup\"><p>Sign up for our newsletter, every day, for free,"
        + " now.</p></div><p>" + P3 + "</p></div>"
        + "<ul class=\"related-links\"><li><a href=\"/1\">An earlier story</a></li></ul>"
        + "</article><section id=\"comments\"><p>This is a long comment by a reader, who "
        + "thinks, at length, that the article is wrong.</p></section>"
        + "<aside><p>Most read stories of the week, a list, of many things.</p></aside>"
        + "<footer><p>Copyright, all rights reserved, contact us, privacy.</p></footer>";
    Article a = parse(page("", body));
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void makesParagraphsOfListItemsQuotesPreAndSubheadings() {
    String body = "<article><div><p>" + P1 + "</p><h2>What happened next</h2><ul><li>First, "
        + "they were held.</li><li>Then, they were sent back.</li></ul><blockquote>We will not "
        + "return, one of them said.</blockquote><pre>line one\nline two</pre><p>" + P2
        + "</p></div></article>";
    Article a = parse(page("", body));
    assertThat(a.paragraphs()).containsExactly(P1, "What happened next",
        "First, they were held.", "Then, they were sent back.",
        "We will not return, one of them said.", "line one line two", P2);
  }

  @Test
  void separatesParagraphsAtDoubleLineBreaks() {
    String body = "<div class=\"content\">" + P1 + "<br><br>" + P2 + "<br>\n  <br>" + P3
        + "<br>continued on a new line.</div>";
    Article a = parse(page("", body));
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3 + " continued on a new line.");
  }

  @Test
  void detectsHtmlByItsMarkupAndNothingElse() {
    HtmlFormat format = new HtmlFormat();
    assertThat(format.detect(input("<!DOCTYPE html><html><body></body></html>", "x")))
        .isEqualTo(90);
    assertThat(format.detect(input("<html><p>hi</p></html>", "x"))).isEqualTo(80);
    assertThat(format.detect(input("Plain text about <b> tags.", "x.html"))).isZero();
    assertThat(format.detect(input("{\"title\": \"json\"}", "x.json"))).isZero();
    assertThat(format.detect(input("<?xml version=\"1.0\"?><rss><channel/></rss>", "f.xml")))
        .isZero();
    assertThat(format.detect(input("<span>fragment</span>", "frag.html"))).isEqualTo(30);
    assertThat(format.detect(input("<span>fragment</span>", "frag.txt"))).isZero();
  }

  @Test
  void rejectsAPageWithoutText() {
    assertThatThrownBy(() -> parse(page("<title>Only a title</title>", "<div></div>")))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("page.html");
  }

  @Test
  void survivesDeepNesting() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      html.append("<div>");
    }
    html.append("<p>").append(P1).append("</p>");
    Article a = parse(html.toString());
    assertThat(a.paragraphs()).contains(P1);
  }

  @Test
  void survivesAnUnclosedScriptAndAHugeAttribute() {
    String huge = "<div data-x=\"" + "a".repeat(2_000_000) + "\"><p>" + P1 + "</p></div>";
    assertThat(parse(page("", huge)).paragraphs()).containsExactly(P1);
    String unclosed = page("", "<p>" + P1 + "</p><script>var x = '<p>never text</p>';");
    assertThat(parse(unclosed).paragraphs()).containsExactly(P1);
  }

  @Test
  void givesAnArticleOrACasefileExceptionOnGarbage() {
    byte[] junk = new byte[5000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    byte[] bytes = ("<html><body><p>" + P1 + "</p>").getBytes(StandardCharsets.UTF_8);
    byte[] spliced = new byte[bytes.length + junk.length];
    System.arraycopy(bytes, 0, spliced, 0, bytes.length);
    System.arraycopy(junk, 0, spliced, bytes.length, junk.length);
    try {
      Article a = Pages.parse(spliced, "junk.html");
      assertThat(a.text()).contains("Dandong");
    } catch (CasefileException e) {
      assertThat(e.getMessage()).contains("junk.html");
    }
  }

  static SourceInput input(String text, String name) {
    return SourceInput.of(text.getBytes(StandardCharsets.UTF_8), SourceHint.named(name),
        Limits.defaults());
  }
}
