package io.github.casefile.parsers.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {
  @Test
  void splitsBlocksByKind() {
    List<MarkdownBlocks.Block> blocks = MarkdownBlocks.read("Setext\n===\n\nPara\ngraph\n\n"
        + "***\n\n1. one\n2) two\n\n<figure><img src=x><figcaption>Cap</figcaption></figure>\n\n"
        + "~~~\n# not a heading\n~~~\n");
    assertThat(blocks).extracting(b -> b.kind).containsExactly(MarkdownBlocks.Kind.HEADING,
        MarkdownBlocks.Kind.PARAGRAPH, MarkdownBlocks.Kind.BREAK, MarkdownBlocks.Kind.LIST_ITEM,
        MarkdownBlocks.Kind.LIST_ITEM, MarkdownBlocks.Kind.CODE);
    assertThat(blocks).extracting(b -> b.text)
        .containsExactly("Setext", "Para graph", "", "one", "two", "# not a heading");
  }

  @Test
  void removesCommentsAcrossLines() {
    assertThat(MarkdownBlocks.removeComments("a<!-- x\ny -->b<!-- open")).isEqualTo("ab<!-- open");
  }
}
