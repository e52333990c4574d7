package io.github.casefile.parsers.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void readsTheYamlSubset() {
    FrontMatter meta = FrontMatter.read("---\n"
        + "title: 'It''s: a title' # not a comment inside quotes\n"
        + "plain: value # a comment\n"
        + "folded: >\n  one\n  two\n"
        + "literal: |-\n  line\n"
        + "flow: [a, 'b, c', \"d\\\"e\"]\n"
        + "yoast:\n  og_site_name: Example\n"
        + "wrapped: first\n  second\n"
        + "---\nbody").orElseThrow();
    assertThat(meta.first("plain")).contains("value");
    assertThat(meta.first("folded")).contains("one two");
    assertThat(meta.first("literal")).contains("line");
    assertThat(meta.all("flow")).containsExactly("a", "b, c", "d\"e");
    assertThat(meta.first("yoast.og_site_name")).contains("Example");
    assertThat(meta.first("wrapped")).contains("first second");
    assertThat(meta.warnings).isEmpty();
  }

  @Test
  void readsHeaderLinesOnlyWithATitle() {
    assertThat(FrontMatter.headerLineCount("Title: T\nDate: D\n\nBody")).isEqualTo(2);
    assertThat(FrontMatter.headerLineCount("Date: D\n\nBody")).isZero();
    assertThat(FrontMatter.headerLineCount("Headline\n\nKim | 2017-10-27 14:52")).isZero();
  }

  @Test
  void readsDoubleQuotedEscapes() {
    assertThat(FrontMatter.scalar("\"a\\tb\\u00e9\\U0001F600\\x41\\\\\"")).isEqualTo(
        "a\tb\u00e9\uD83D\uDE00A\\");
    assertThat(FrontMatter.scalar("\"bad \\uZZZZ\"")).isEqualTo("bad \\uZZZZ");
  }
}
