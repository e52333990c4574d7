package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.ParseOutcome;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.model.Incident;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java example of README.md, compiled and run by {@link ReadmeExampleTest}; the lines between
 * the markers appear in the README verbatim.
 */
final class ReadmeExample {
  private ReadmeExample() {}

  // README-BEGIN
  static List<String> summarize(Path file) throws IOException {
    Casefile casefile = Casefile.defaults(); // immutable and thread-safe: build one, share it
    Article article = casefile.parse(file);
    List<String> lines = new ArrayList<>();
    lines.add(article.headline().orElse("(no headline)"));
    for (Incident incident : article.incidents()) {
      lines.add(incident.type() + ": " + incident.evidence().textOf(article.text()));
    }
    String json = CasefileJson.toJson(article); // one line of the JSON contract
    lines.add("round trip: " + CasefileJson.fromJson(json).equals(article));
    return lines;
  }

  static long countArticles(Casefile casefile, Path directory) {
    // Walks the directory in sorted order; a bad file becomes a failure record, never an exception.
    try (Stream<ParseOutcome> outcomes = casefile.parseAll(List.of(directory))) {
      return outcomes.filter(ParseOutcome::isArticle).count();
    }
  }
  // README-END
}
