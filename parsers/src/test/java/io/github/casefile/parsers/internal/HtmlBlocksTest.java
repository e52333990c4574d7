package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlBlocksTest {
  @Test
  void makesEachBlockAParagraph() {
    assertThat(HtmlBlocks.paragraphs("<p>One.</p><ul><li>Two.</li><li>Three.</li></ul>"
        + "<blockquote>Four.</blockquote><pre>Five\n  six.</pre><h2>Seven</h2>"))
        .containsExactly("One.", "Two.", "Three.", "Four.", "Five six.", "Seven");
  }

  @Test
  void splitsAtDoubleBreaksAndJoinsAtSingleOnes() {
    assertThat(HtmlBlocks.paragraphs("One<br>still one.<br><br>Two.<br/> <br />Three."))
        .containsExactly("One still one.", "Two.", "Three.");
  }

  @Test
  void keepsTextBetweenBlocks() {
    assertThat(HtmlBlocks.paragraphs("<div>Lead<p>Inner.</p>tail</div>"))
        .containsExactly("Lead", "Inner.", "tail");
  }

  @Test
  void joinsInlineElementsAndCommentsWithoutAddingSpace() {
    assertThat(HtmlBlocks.paragraphs("<p>North <!-- x --><b>Ko</b><i>rea</i> &amp; China</p>"))
        .containsExactly("North Korea & China");
  }

  @Test
  void dropsCaptionsScriptsAndFurniture() {
    String html = "<p>Text.</p><figure><img src=x><figcaption>Caption</figcaption></figure>"
        + "<div class=\"wp-caption-text\">Credit</div><script>var a;</script>"
        + "<style>p{}</style><div class=\"byline-wrap\"><time>July 6</time></div>"
        + "<div class=\"sharedaddy\">Share</div><p style=\"display: none\">Hidden</p>"
        + "<aside>Related</aside><p>More.</p>";
    assertThat(HtmlBlocks.paragraphs(html)).containsExactly("Text.", "More.");
  }

  @Test
  void dropsShortcodesAndClosingLinks() {
    String html = "[ad_1]<br><p>Text [sic] here.</p><br>[ad_2]<br><a href=\"/s\">Source </a>"
        + "<p>The post Text appeared first on Example.</p><p><a href=\"/x\">A linked</a>"
        + " sentence.</p>";
    assertThat(HtmlBlocks.paragraphs(html))
        .containsExactly("Text [sic] here.", "A linked sentence.");
  }

  @Test
  void givesNothingForEmptyInput() {
    assertThat(HtmlBlocks.paragraphs((String) null)).isEmpty();
    assertThat(HtmlBlocks.paragraphs("  ")).isEmpty();
    assertThat(HtmlBlocks.paragraphs("<script>x</script>")).isEmpty();
  }

  @Test
  void walksAHundredThousandDeepTreeWithoutRecursion() {
    String html = "<div>".repeat(100_000) + "Deep text." + "</div>".repeat(100_000);
    assertThat(HtmlBlocks.paragraphs(html)).containsExactly("Deep text.");
  }

  @Test
  void readsTheRenderersEveryVariant() {
    java.util.List<String> paragraphs = java.util.List.of("One & <two>.", "Three", "Four five.");
    for (long variant = 0; variant < 1 << ParagraphHtml.BITS; variant++) {
      assertThat(HtmlBlocks.paragraphs(ParagraphHtml.render(paragraphs, variant)))
          .as("variant %d", variant).isEqualTo(paragraphs);
    }
  }

  @Test
  void tellsFurnitureText() {
    assertThat(HtmlBlocks.isFurnitureText("[ad_1]")).isTrue();
    assertThat(HtmlBlocks.isFurnitureText("Ordinary text.")).isFalse();
    assertThat(HtmlBlocks.stripShortcodes("Text [ad_2] here [caption id=\"1\"]"))
        .isEqualTo("Text here");
  }
}
