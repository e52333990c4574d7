package io.github.casefile.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  /** The real formats, as the command line uses them. */
  private static final Casefile CASEFILE = Casefile.defaults();

  @Test
  void parseAllGivesExactlyTheOutcomesTheManifestExpects(@TempDir Path dir) throws IOException {
    Manifest manifest = CorpusGenerator.generate(dir, 60, 7, 0);
    Path manifestFile = dir.resolve("manifest.json");
    List<ParseOutcome> outcomes;
    try (Stream<ParseOutcome> all = CASEFILE.parseAll(List.of(dir))) {
      outcomes = all.filter(o -> !o.input().equals(manifestFile.toString()))
          .collect(Collectors.toList());
    }
    assertThat(outcomes.stream().filter(ParseOutcome::isArticle).count())
        .isEqualTo(manifest.articles()).isEqualTo(60 + 1);
    assertThat(count(outcomes.stream().filter(ParseOutcome::isFailure)
        .map(o -> o.failure().orElseThrow().exception())))
        .isEqualTo(manifest.failuresByException())
        .containsEntry("UnsupportedFormatException", 3L)
        .containsEntry("MalformedInputException", 1L);
    assertThat(count(outcomes.stream().filter(ParseOutcome::isSkipped)
        .map(o -> o.skip().orElseThrow().reason())))
        .isEqualTo(manifest.skipsByReason())
        .containsKeys("image", "robots.txt", "redirect", "request record", "metadata record",
            "warcinfo record");
    Set<String> expectedArticles = manifest.items().stream()
        .filter(i -> i.outcome.equals("article"))
        .map(i -> i.container == null ? dir.resolve(i.input).toString() : i.input)
        .collect(Collectors.toSet());
    assertThat(outcomes.stream().filter(ParseOutcome::isArticle).map(ParseOutcome::input)
        .collect(Collectors.toSet())).isEqualTo(expectedArticles);
    // Each broken file and record fails with the exception the manifest names (the real formats
    // decide).
    assertThat(outcomes.stream().flatMap(o -> o.failure().stream())
        .map(f -> f.input() + " " + f.exception()).collect(Collectors.toSet()))
        .isEqualTo(manifest.items().stream().filter(i -> i.outcome.equals("failure"))
            .map(i -> (i.container == null ? dir.resolve(i.input).toString() : i.input) + " "
                + i.reason).collect(Collectors.toSet()));
  }

  @Test
  void theHeaderCharsetOfAWarcRecordIsHonoured(@TempDir Path dir) throws IOException {
    CorpusGenerator.generate(dir, 10, 3, 0);
    try (Stream<ParseOutcome> all = CASEFILE.parseAll(
        List.of(dir.resolve("crawl.warc.gz")))) {
      List<String> paragraphs = all.flatMap(o -> o.article().stream())
          .flatMap(a -> a.paragraphs().stream()).collect(Collectors.toList());
      assertThat(paragraphs).isNotEmpty().noneMatch(p -> p.contains("\ufffd"));
    }
  }

  @Test
  void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
    CorpusGenerator.generate(dir.resolve("a"), 25, 11, 20_000);
    CorpusGenerator.generate(dir.resolve("b"), 25, 11, 20_000);
    CorpusGenerator.generate(dir.resolve("c"), 25, 12, 20_000);
    assertThat(digests(dir.resolve("a"))).isEqualTo(digests(dir.resolve("b")))
        .isNotEqualTo(digests(dir.resolve("c")));
  }

  @Test
  void theLargeWarcReachesItsSizeAndIsCountedInTheManifest(@TempDir Path dir) throws IOException {
    Manifest manifest = CorpusGenerator.generate(dir, 10, 5, 200_000);
    assertThat(Files.size(dir.resolve("big.warc.gz"))).isGreaterThanOrEqualTo(200_000);
    long requests = manifest.skipsByReason().get("request record");
    try (Stream<ParseOutcome> all = CASEFILE.parseAll(
        List.of(dir.resolve("big.warc.gz")))) {
      Map<Boolean, Long> split = all.collect(Collectors.partitioningBy(ParseOutcome::isArticle,
          Collectors.counting()));
      assertThat(split.get(true) + split.get(false)).isEqualTo(2 * (split.get(true)));
      // Two captures in crawl.warc.gz and one in the truncated WARC also have requests.
      assertThat(requests).isEqualTo(split.get(true) + 3);
    }
  }

  @Test
  void sizesTakeUnits() {
    assertThat(CorpusGenerator.parseSize("1G")).isEqualTo(1L << 30);
    assertThat(CorpusGenerator.parseSize("200m")).isEqualTo(200L << 20);
    assertThat(CorpusGenerator.parseSize("5000")).isEqualTo(5000);
  }

  private static Map<String, Long> count(Stream<String> keys) {
    return keys.collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
  }

  private static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        digests.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return digests;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
