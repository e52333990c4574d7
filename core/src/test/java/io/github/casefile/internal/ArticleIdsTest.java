package io.github.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void theCanonicalUrlAloneDecidesTheIdWhenDeclared() {
    assertThat(ArticleIds.of("https://x/a", "h1", null, "t1"))
        .isEqualTo(ArticleIds.of("https://x/a", "h2", "2017", "t2"));
  }

  @Test
  void withoutACanonicalUrlHeadlineDateAndTextDecide() {
    String id = ArticleIds.of(null, "h", "2017-10-27T14:52", "text");
    assertThat(id).matches("article:[0-9a-f]{16}");
    assertThat(ArticleIds.of(null, "h", "2017-10-27", "text")).isNotEqualTo(id);
    assertThat(ArticleIds.of(null, "h", "2017-10-27T14:52", "text")).isEqualTo(id);
  }

  @Test
  void theIdIsTheFirstSixteenHexDigitsOfTheSha256OfHeadlineDateAndText() {
    // computed outside Java: sha256("h\n2017-10-27T14:52\ntext")
    assertThat(ArticleIds.of(null, "h", "2017-10-27T14:52", "text"))
        .isEqualTo("article:4fc0804b26be9767");
    // sha256("\n\nＨ “q”\n\nSeoul – 27 Oct.\n\nA 😀 b\n\nlast"): no headline, no date
    assertThat(ArticleIds.of(null, null, null,
        List.of("Ｈ “q”", "Seoul – 27 Oct.", "A \ud83d\ude00 b", "last")))
        .isEqualTo("article:d371f180f0c503a3");
  }

  @Test
  void theParagraphsGiveTheIdOfTheirJoinedText() {
    List<List<String>> cases = List.of(
        List.of("one"),
        List.of("a “b”", "c – d", "e\u00e9"),
        List.of("pair \ud83d\ude00", "\ud83d\ude00 pair"),
        List.of("lone high \ud83d", "\ude00 lone low"),
        List.of("\ud800", "\udc00"));
    for (List<String> paragraphs : cases) {
      String text = String.join("\n\n", paragraphs);
      assertThat(ArticleIds.of(null, "h", "2020", paragraphs)).as(text)
          .isEqualTo(ArticleIds.of(null, "h", "2020", text));
      assertThat(ArticleIds.of(null, null, null, paragraphs)).as(text)
          .isEqualTo(ArticleIds.of(null, null, null, text));
      assertThat(ArticleIds.of("https://x/a", null, null, paragraphs)).as(text)
          .isEqualTo(ArticleIds.of("https://x/a", "other", "2021", "other text"));
    }
  }
}
