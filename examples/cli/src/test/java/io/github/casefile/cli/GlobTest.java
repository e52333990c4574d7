package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobTest {
  @TempDir
  Path dir;

  @Test
  void recognisesGlobSyntax() {
    assertThat(Glob.isPattern("corpus/*.html")).isTrue();
    assertThat(Glob.isPattern("a/b?.txt")).isTrue();
    assertThat(Glob.isPattern("a/[ab].txt")).isTrue();
    assertThat(Glob.isPattern("a/{x,y}.txt")).isTrue();
    assertThat(Glob.isPattern("seeds/plain-name.txt")).isFalse();
  }

  @Test
  void singleStarMatchesOneLevelOfFilesInSortedOrder() throws IOException {
    Fixtures.write(dir, "b.txt", "b");
    Fixtures.write(dir, "a.txt", "a");
    Fixtures.write(dir, "a.html", "a");
    Fixtures.write(dir, "sub/c.txt", "c");

    assertThat(Glob.expand(dir + "/*.txt"))
        .containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
  }

  @Test
  void doubleStarCrossesDirectories() throws IOException {
    Fixtures.write(dir, "a.txt", "a");
    Fixtures.write(dir, "sub/deeper/c.txt", "c");
    Fixtures.write(dir, "sub/d.html", "d");

    // As in java.nio's glob syntax, ** matches across directories and also the empty string.
    assertThat(Glob.expand(dir + "/**.txt"))
        .containsExactly(dir.resolve("a.txt"), dir.resolve("sub/deeper/c.txt"));
    assertThat(Glob.expand(dir + "/*/**.txt"))
        .containsExactly(dir.resolve("sub/deeper/c.txt"));
    assertThat(Glob.expand(dir + "/**"))
        .containsExactly(dir.resolve("a.txt"), dir.resolve("sub/d.html"),
            dir.resolve("sub/deeper/c.txt"));
  }

  @Test
  void patternInAMiddleSegmentIsExpanded() throws IOException {
    Fixtures.write(dir, "x1/n.txt", "1");
    Fixtures.write(dir, "x2/n.txt", "2");
    Fixtures.write(dir, "y/n.txt", "3");

    assertThat(Glob.expand(dir + "/x?/n.txt"))
        .containsExactly(dir.resolve("x1/n.txt"), dir.resolve("x2/n.txt"));
  }

  @Test
  void patternUnderAMissingDirectoryMatchesNothing() throws IOException {
    assertThat(Glob.expand(dir + "/missing/*.txt")).isEmpty();
  }

  @Test
  void relativePatternKeepsRelativeNames() throws IOException {
    List<Path> matches = Glob.expand("src/test/java/io/github/casefile/cli/Glob*.java");

    assertThat(matches).containsExactly(Path.of("src/test/java/io/github/casefile/cli/GlobTest.java"));
  }
}
