package io.github.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.CasefileException;
import io.github.casefile.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input under {@code regressions/<format>/} (a crash or hang found by hand or by the
 * fuzzer) through its format with extraction: only an article or a {@link CasefileException} may
 * come out, and an input whose name starts with {@code article-} must give an article. A
 * {@code .gz} file is inflated first, so a large repetitive reproducer stays small in the
 * repository.
 */
class RegressionsTest {
  static Stream<Arguments> inputs() throws IOException, URISyntaxException {
    Path root = Path.of(RegressionsTest.class.getResource("/regressions").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream().map(f -> Arguments.of(format(f.getParent().getFileName().toString()),
        f.getFileName().toString(), f));
  }

  private static Formats format(String directory) {
    for (Formats f : Formats.values()) {
      if (f.formatName.equals(directory)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no format for regressions/" + directory);
  }

  static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes()
          : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("inputs")
  void replaysOnlyArticlesOrCasefileExceptions(Formats format, String name, Path file) {
    byte[] bytes = read(file);
    Object outcome = Outcomes.of(() -> format.parse(Fuzzing.CASEFILE, bytes));
    if (name.startsWith("article-")) {
      assertThat(outcome).isInstanceOf(Article.class);
    } else {
      assertThat(outcome).isInstanceOfAny(Article.class, CasefileException.class);
    }
  }
}
