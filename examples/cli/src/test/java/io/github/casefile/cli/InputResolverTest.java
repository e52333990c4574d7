package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir
  Path dir;

  @Test
  void oneFileIsNotSeveralAndIsTheSingleInput() throws IOException {
    Path file = Fixtures.write(dir, "a.txt", "a");

    InputResolver resolved = InputResolver.resolve(List.of(file.toString()));

    assertThat(resolved.errors()).isEmpty();
    assertThat(resolved.several()).isFalse();
    assertThat(resolved.single().name()).isEqualTo(file.toString());
    assertThat(paths(resolved)).containsExactly(List.of(file.toString()));
  }

  @Test
  void directoryIsSeveralAndStaysOneRootInTheOrderNamed() throws IOException {
    Path named = Fixtures.write(dir, "z.txt", "z");
    Fixtures.write(dir, "in/b.txt", "bb");
    Fixtures.write(dir, "in/a/c.txt", "ccc");

    InputResolver resolved = InputResolver.resolve(List.of(named.toString(),
        dir.resolve("in").toString()));

    assertThat(resolved.several()).isTrue();
    assertThat(resolved.single()).isNull();
    assertThat(paths(resolved)).containsExactly(List.of(named.toString(),
        dir.resolve("in").toString()));
    assertThat(resolved.fileBytes()).isEqualTo(6);
  }

  @Test
  void standardInputIsASegmentOfItsOwnBetweenThePaths() throws IOException {
    Path a = Fixtures.write(dir, "a.txt", "a");
    Path b = Fixtures.write(dir, "b.txt", "b");

    InputResolver resolved = InputResolver.resolve(List.of(a.toString(), "-", b.toString()));

    assertThat(resolved.segments()).extracting(InputResolver.Segment::isStdin)
        .containsExactly(false, true, false);
    assertThat(resolved.fileBytes()).as("standard input is counted as it is read").isEqualTo(2);
  }

  @Test
  void dashIsStandardInputAndMayBeNamedOnce() {
    assertThat(InputResolver.resolve(List.of("-")).single().isStdin()).isTrue();
    assertThat(InputResolver.resolve(List.of("-", "-")).errors())
        .containsExactly("-: standard input can be named only once");
  }

  @Test
  void everyMissingInputGetsOneLine() {
    InputResolver resolved = InputResolver.resolve(List.of("missing.txt", dir + "/*.none"));

    assertThat(resolved.errors()).containsExactly("missing.txt: no such file or directory",
        dir + "/*.none: no file matches the pattern");
  }

  private static List<List<String>> paths(InputResolver resolved) {
    return resolved.segments().stream().map(segment -> segment.paths().stream()
        .map(Path::toString).collect(Collectors.toList())).collect(Collectors.toList());
  }
}
