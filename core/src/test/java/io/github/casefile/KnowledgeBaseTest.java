package io.github.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private static InputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void defaultsKnowTheShippedAgenciesAndInstruments() {
    KnowledgeBase kb = KnowledgeBase.defaults();
    assertThat(kb.knows("agency:prk-mss")).isTrue();
    assertThat(kb.knows("agency:chn-mss")).isTrue();
    assertThat(kb.knows("instrument:cat")).isTrue();
    assertThat(kb.agencyCount()).isGreaterThan(100);
  }

  @Test
  void extendingAddsReplacesAndDeletesEntries() throws IOException {
    KnowledgeBase kb = KnowledgeBase.defaults().extendedWith(json("""
        {"version": "1", "agencies": [
          {"id": "agency:chn-frontier-test", "name": "Frontier Test Unit", "acronym": "FTU",
           "kind": "border-guard", "country": "CHN", "parent": null, "aliases": [], "refs": {}},
          {"id": "agency:int-hrw", "deleted": true}],
         "generic": []}"""));
    assertThat(kb.knows("agency:chn-frontier-test")).isTrue();
    assertThat(kb.knows("agency:int-hrw")).isFalse();
    assertThat(KnowledgeBase.defaults().knows("agency:int-hrw")).isTrue();
  }

  @Test
  void aCallersKnowledgeBaseReachesExtraction() throws IOException {
    KnowledgeBase kb = KnowledgeBase.load(json("""
        {"version": "1", "agencies": [
          {"id": "agency:xyz-watchers", "name": "Watchers Bureau", "acronym": null,
           "kind": "police", "country": null, "parent": null, "aliases": [], "refs": {}}],
         "generic": []}"""));
    Casefile casefile = Casefile.builder().knowledgeBase(kb).formats(java.util.List.of(
        new io.github.casefile.testing.PlainLines())).build();
    Article article = casefile.parse("Watchers Bureau arrested three men.",
        SourceHint.named("x.txt"));
    assertThat(article.agencies()).extracting(a -> a.id()).containsExactly("agency:xyz-watchers");
  }

  @Test
  void rejectsFilesOfAnotherFormat() {
    assertThatThrownBy(() -> KnowledgeBase.load(json("{\"version\": \"2\", \"agencies\": []}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> KnowledgeBase.load(json("not json")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowledgeBase.load(json("""
        {"version": "1", "agencies": [{"id": "agency:x", "name": "X", "kind": "spaceship"}]}""")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spaceship");
  }
}
