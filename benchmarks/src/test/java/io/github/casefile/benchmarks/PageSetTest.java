package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSetTest {
  @Test
  void generatedPagesAreTheSameForTheSameSeed() {
    List<Page> first = PageSet.generated(11, 3);
    List<Page> again = PageSet.generated(11, 3);
    assertThat(first).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i).html()).isEqualTo(first.get(i).html());
      assertThat(again.get(i).text()).isEqualTo(first.get(i).text());
    }
    assertThat(PageSet.generated(12, 1).get(0).html()).isNotEqualTo(first.get(0).html());
  }

  @Test
  void generatedPagesAreNewsPagesWithBoilerplateAndTheirTextRendering() {
    Page page = PageSet.generated(11, 1).get(0);
    String html = new String(page.html(), StandardCharsets.UTF_8);
    assertThat(html).contains("<!DOCTYPE html>", "application/ld+json", "Related");
    String firstParagraph = page.article().paragraphs().get(0);
    assertThat(new String(page.text(), StandardCharsets.UTF_8)).contains(firstParagraph);
    assertThat(page.jsonBytes()).isEqualTo(page.json().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void directoryPagesAreEverySourceHtmlInPathOrder(@TempDir Path dir) throws Exception {
    List<Page> generated = PageSet.generated(5, 2);
    for (int i = 1; i >= 0; i--) {
      Path page = dir.resolve("00" + i).resolve("source.html");
      Files.createDirectories(page.getParent());
      Files.write(page, generated.get(i).html());
    }
    Files.writeString(dir.resolve("001").resolve("expected.html"), "<p>not a source</p>");
    List<Page> pages = PageSet.fromDirectory(dir);
    assertThat(pages).extracting(Page::name).containsExactly(
        dir.resolve("000/source.html").toString(), dir.resolve("001/source.html").toString());
    assertThat(pages.get(1).html()).isEqualTo(generated.get(1).html());
    assertThat(pages.get(1).text()).isNotEmpty();
  }

  @Test
  void aDirectoryWithoutReadablePagesIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "nothing here");
    assertThatThrownBy(() -> PageSet.fromDirectory(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no page");
  }

  @Test
  void textNamesReplaceTheHtmlExtension() {
    assertThat(PageSet.textName("a/source.html")).isEqualTo("a/source.txt");
    assertThat(PageSet.textName("b.htm")).isEqualTo("b.txt");
  }
}
