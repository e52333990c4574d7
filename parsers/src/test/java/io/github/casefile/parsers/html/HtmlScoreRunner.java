package io.github.casefile.parsers.html;

import io.github.casefile.Casefile;
import io.github.casefile.CasefileException;
import io.github.casefile.model.CasefileJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes one prediction per page of a Readability-style corpus ({@code <page>/source.html}) as
 * Casefile article JSON, for {@code scripts/score-html.sh}; also times the parses.
 */
public final class HtmlScoreRunner {
  private HtmlScoreRunner() {}

  /**
   * Run over a corpus.
   *
   * @param args the pages directory and the output directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path pages = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Casefile casefile = Casefile.builder().extract(false).build();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(pages)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    int failures = 0;
    long nanos = 0;
    long bytes = 0;
    for (Path dir : dirs) {
      Path source = dir.resolve("source.html");
      String name = dir.getFileName().toString();
      String json;
      long start = System.nanoTime();
      try {
        json = CasefileJson.toJson(casefile.parse(source));
      } catch (CasefileException e) {
        failures++;
        System.err.println(name + ": " + e.getMessage());
        json = "{\"headline\":null,\"authors\":[],\"published\":null,\"paragraphs\":[]}";
      }
      nanos += System.nanoTime() - start;
      bytes += Files.size(source);
      Files.writeString(out.resolve(name + ".json"), json, StandardCharsets.UTF_8);
    }
    System.err.printf("%d pages, %d failures, %.1f ms total, %.1f MB/s%n", dirs.size(), failures,
        nanos / 1e6, bytes / (nanos / 1e9) / 1e6);
  }
}
