package io.github.casefile.parsers.wpjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.LimitExceededException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.feed.FeedRenderer;
import io.github.casefile.parsers.frontmatter.FrontMatterRenderer;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.ArticleDraft;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPressJsonFormatTest {

  private final WordPressJsonFormat format = new WordPressJsonFormat();

  @Test
  void readsAPostsMetadataAndBody() {
    List<ArticleDraft> drafts = format.parse(Inputs.of(Samples.WP_POST, "posts.json"));
    assertThat(drafts).hasSize(1);
    ArticleDraft draft = drafts.get(0);
    assertThat(draft.headline()).contains("Authorities\u2019 tactics & defectors");
    assertThat(draft.paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
    assertThat(draft.authors()).containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(draft.published()).contains(PartialDateTime.parse("2017-10-27T14:52:00+09:00"));
    assertThat(draft.canonicalUrl()).contains("https://example.org/tactics/");
    assertThat(draft.uri()).contains("https://example.org/tactics/");
    assertThat(draft.outlet()).contains("Example NK");
    assertThat(draft.language()).contains("en-US");
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void readsEveryPostOfAnArray() {
    String array = "[" + Samples.WP_POST + ", "
        + Samples.WP_POST.replace("First paragraph.", "Other text.") + "]";
    assertThat(format.parse(Inputs.of(array, "posts.json"))).hasSize(2)
        .extracting(d -> d.paragraphs().get(0)).containsExactly("First paragraph.", "Other text.");
  }

  @Test
  void keepsTheLocalDateWithoutOffsetWhenItIsTheOnlyOne() {
    String post = "{\"date\": \"2017-10-27T14:52:00\", \"content\": {\"rendered\": \"<p>T.</p>\"}}";
    assertThat(format.parse(Inputs.of(post, "p.json")).get(0).published())
        .contains(PartialDateTime.parse("2017-10-27T14:52:00"));
  }

  @Test
  void readsAGmtDateAloneAsUtc() {
    String post = "{\"date_gmt\": \"2017-10-27T05:52:00\", \"content\": {\"rendered\": \"T.\"}}";
    assertThat(format.parse(Inputs.of(post, "p.json")).get(0).published())
        .contains(PartialDateTime.parse("2017-10-27T05:52:00Z"));
  }

  @Test
  void warnsOfAnUnreadableDateAndKeepsTheArticle() {
    String post = "{\"date\": \"soon\", \"content\": {\"rendered\": \"<p>T.</p>\"}}";
    ArticleDraft draft = format.parse(Inputs.of(post, "p.json")).get(0);
    assertThat(draft.published()).isEmpty();
    assertThat(draft.warnings()).singleElement().asString().contains("'soon'");
  }

  @Test
  void usesTheExcerptOfAProtectedPostWithAWarning() {
    String post = "{\"content\": {\"rendered\": \"\", \"protected\": true},"
        + " \"excerpt\": {\"rendered\": \"<p>An excerpt.</p>\"}}";
    ArticleDraft draft = format.parse(Inputs.of(post, "p.json")).get(0);
    assertThat(draft.paragraphs()).containsExactly("An excerpt.");
    assertThat(draft.warnings()).singleElement().asString().contains("password-protected");
  }

  @Test
  void skipsPostsWithoutTextAndWarns() {
    String array = "[{\"title\": {\"rendered\": \"Empty\"}}, " + Samples.WP_POST + ", 7]";
    List<ArticleDraft> drafts = format.parse(Inputs.of(array, "p.json"));
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).warnings()).hasSize(2);
  }

  @Test
  void rejectsJsonWithoutAnyPostText() {
    assertThatThrownBy(() -> format.parse(Inputs.of("{\"title\": {\"rendered\": \"x\"}}", "p")))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("p: ");
    assertThatThrownBy(() -> format.parse(Inputs.of("[]", "p")))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> format.parse(Inputs.of("\"text\"", "p")))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void rejectsBrokenJsonWithWhereItBroke() {
    assertThatThrownBy(() -> format.parse(Inputs.of("{\"title\": {\"rendered\": ", "p.json")))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> format.parse(Inputs.of("", "p.json")))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void boundsNestingWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> format.parse(Inputs.of(deep, "deep.json")))
        .isInstanceOf(LimitExceededException.class)
        .extracting(e -> ((LimitExceededException) e).limit()).isEqualTo("maxNestingDepth");
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertThatThrownBy(() -> format.parse(Inputs.of(deepObject, "deep.json")))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void detectsPostsAndNothingElse() throws IOException {
    assertThat(format.detect(Inputs.of(Samples.WP_POST, "x"))).isGreaterThanOrEqualTo(90);
    assertThat(format.detect(Inputs.of("  [" + Samples.WP_POST + "]", "x")))
        .isGreaterThanOrEqualTo(90);
    Inputs.assertClaimsNone(format, new FeedRenderer(), new FrontMatterRenderer());
  }

  @Test
  void isRegisteredAsAService() {
    assertThat(java.util.ServiceLoader.load(io.github.casefile.spi.SourceFormat.class).stream()
        .map(java.util.ServiceLoader.Provider::type))
        .contains(WordPressJsonFormat.class);
  }
}
