package io.github.casefile.parsers.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownInlineTest {
  private static String reduce(String text) {
    return MarkdownInline.reduce(text, Set.of("ref"));
  }

  @Test
  void reducesEmphasisLinksAndCode() {
    assertThat(reduce("*a* **b** _c_ __d__ ~~e~~ `f *g*` [h](http://x \"t\") [i][ref] [ref]"))
        .isEqualTo("a b c d e f *g* h i ref");
  }

  @Test
  void dropsImagesAndTagsAndKeepsAutolinks() {
    assertThat(reduce("a ![alt](x.png) b <em>c</em> <https://example.org> d<br>e"))
        .isEqualTo("a  b c https://example.org d e");
  }

  @Test
  void decodesEntitiesAndEscapes() {
    assertThat(reduce("&amp; &#66; &unknown; \\* \\[ \\\\ a_b_c 5 * 3"))
        .isEqualTo("& B &unknown; * [ \\ a_b_c 5 * 3");
  }

  @Test
  void keepsUnmatchedMarkupAsText() {
    assertThat(reduce("[not a link] ]( `open < and [x][nope]"))
        .isEqualTo("[not a link] ]( `open < and [x][nope]");
  }

  @Test
  void staysLinearOnPathologicalInput() {
    String text = "[".repeat(100_000) + "`".repeat(5_000) + "<".repeat(100_000)
        + "](".repeat(50_000) + "<!--".repeat(10_000);
    assertThat(reduce(text)).isNotEmpty();
  }
}
