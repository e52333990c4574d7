package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir
  Path dir;

  @Test
  void oneFileIsNotSeveral() throws IOException {
    Path file = Fixtures.write(dir, "a.txt", "a");

    InputResolver resolved = InputResolver.resolve(List.of(file.toString()));

    assertThat(resolved.errors()).isEmpty();
    assertThat(resolved.several()).isFalse();
    assertThat(names(resolved)).containsExactly(file.toString());
  }

  @Test
  void directoryIsSeveralAndWalkedInSortedOrderAfterTheNamedFile() throws IOException {
    Path named = Fixtures.write(dir, "z.txt", "z");
    Fixtures.write(dir, "in/b.txt", "b");
    Fixtures.write(dir, "in/a/c.txt", "c");

    InputResolver resolved = InputResolver.resolve(List.of(named.toString(),
        dir.resolve("in").toString()));

    assertThat(resolved.several()).isTrue();
    assertThat(names(resolved)).containsExactly(named.toString(),
        dir.resolve("in/a/c.txt").toString(), dir.resolve("in/b.txt").toString());
  }

  @Test
  void dashIsStandardInputAndMayBeNamedOnce() {
    assertThat(InputResolver.resolve(List.of("-")).inputs().findFirst()).get()
        .extracting(Input::isStdin).isEqualTo(true);
    assertThat(InputResolver.resolve(List.of("-", "-")).errors())
        .containsExactly("-: standard input can be named only once");
  }

  @Test
  void everyMissingInputGetsOneLine() {
    InputResolver resolved = InputResolver.resolve(List.of("missing.txt", dir + "/*.none"));

    assertThat(resolved.errors()).containsExactly("missing.txt: no such file or directory",
        dir + "/*.none: no file matches the pattern");
  }

  private static List<String> names(InputResolver resolved) {
    try (Stream<Input> inputs = resolved.inputs()) {
      return inputs.map(Input::name).collect(Collectors.toList());
    }
  }
}
