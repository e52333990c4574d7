package io.github.casefile.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casefile.Limits;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Builds predictions for the extraction scorer until the text and HTML formats land: reads each raw
 * input crudely (blank-line paragraphs; HTML paragraphs through jsoup), takes {@code published} from
 * the gold file beside it (the format parsers' job), runs the engine and writes one JSON per input.
 * Not a test; run its main method with the test class path.
 */
public final class CorpusRunner {
  private CorpusRunner() {}

  /**
   * Run over a directory.
   *
   * @param args raw directory, gold directory, output directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path raw = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    ExtractionEngine engine = new ExtractionEngine(Knowledge.defaults());
    long chars = 0;
    long nanos = 0;
    List<Path> inputs;
    try (Stream<Path> files = Files.list(raw)) {
      inputs = files.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      String id = name.replaceAll("\\.(txt|html)$", "");
      Path goldFile = gold.resolve(id + ".json");
      if (!Files.exists(goldFile)) {
        goldFile = gold.resolve(id + ".gold.json");
      }
      String published = null;
      if (Files.exists(goldFile)) {
        JsonNode g = json.readTree(goldFile.toFile()).path("article").path("published");
        published = g.isTextual() ? g.asText() : null;
      }
      Article article = read(input, published);
      Article result = null;
      long t0 = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        result = engine.extract(article, Limits.defaults(), System.nanoTime() + 10_000_000_000L);
      }
      nanos += System.nanoTime() - t0;
      chars += (long) article.text().length() * repeat;
      String outName = id.replace(".gold", "").replaceAll("^dailynk.*", "seed-dailynk-2017-10-27");
      Files.writeString(out.resolve(outName + ".json"), CasefileJson.toPrettyJson(result));
    }
    System.err.printf("%d chars in %.1f ms: %.1f MB/s%n", chars, nanos / 1e6,
        chars / (nanos / 1e9) / 1e6);
  }

  static Article read(Path input, String published) throws IOException {
    String content = Files.readString(input, StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    if (input.toString().endsWith(".html")) {
      for (Element p : Jsoup.parse(content).select("p, h1, h2, li")) {
        paragraphs.add(p.text());
      }
    } else {
      for (String p : content.split("\\n\\s*\\n")) {
        paragraphs.add(p);
      }
    }
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      String n = Paragraphs.normalize(p);
      if (!n.isEmpty()) {
        kept.add(n);
      }
    }
    String headline = null;
    if (!kept.isEmpty() && !kept.get(0).endsWith(".") && kept.get(0).length() <= 200
        && kept.size() > 1) {
      headline = kept.remove(0);
    }
    PartialDateTime date = null;
    if (published != null) {
      date = PartialDateTime.parse(published.length() > 16 ? published.substring(0, 16)
          : published);
    }
    return Article.builder().id("article:test")
        .source(Source.builder().format("text").uri(Optional.of(input.toString())).build())
        .headline(Optional.ofNullable(headline)).published(Optional.ofNullable(date))
        .paragraphs(kept).build();
  }
}
