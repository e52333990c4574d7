package io.github.casefile.examples.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated corpus holds and what parsing it must give: per file or archive record, the
 * expected outcome (an article, a failure with its exception type, or a skip with its reason), and
 * the totals. Written as {@code manifest.json}.
 */
public final class Manifest {
  /** One expected outcome. */
  public static final class Item {
    /** The file (relative to the corpus) or record URI; null for a record named by position. */
    public final String input;
    /** The archive the record is in, relative to the corpus; null for a file. */
    public final String container;
    /** {@code article}, {@code failure} or {@code skipped}. */
    public final String outcome;
    /** The failure's exception type, or the skip's reason; null for an article. */
    public final String reason;

    Item(String input, String container, String outcome, String reason) {
      this.input = input;
      this.container = container;
      this.outcome = outcome;
      this.reason = reason;
    }
  }

  private final List<Item> items = new ArrayList<>();
  private final Map<String, Long> bulk = new TreeMap<>();
  private long bulkArticles;

  void article(String input, String container) {
    items.add(new Item(input, container, "article", null));
  }

  void failure(String input, String container, String exception) {
    items.add(new Item(input, container, "failure", exception));
  }

  void skipped(String input, String container, String reason) {
    items.add(new Item(input, container, "skipped", reason));
  }

  /** Count the records of the large WARC without listing each one. */
  void bulk(long articles, String skipReason, long skipped) {
    bulkArticles += articles;
    bulk.merge(skipReason, skipped, Long::sum);
  }

  /**
   * Return the listed items.
   *
   * @return the items, in the order they were made
   */
  public List<Item> items() {
    return List.copyOf(items);
  }

  /**
   * Return how many articles parsing the corpus gives.
   *
   * @return the count, the large WARC included
   */
  public long articles() {
    return items.stream().filter(i -> i.outcome.equals("article")).count() + bulkArticles;
  }

  /**
   * Return how many failures parsing gives, by exception type.
   *
   * @return the counts
   */
  public Map<String, Long> failuresByException() {
    return count("failure", Map.of());
  }

  /**
   * Return how many records are skipped, by reason.
   *
   * @return the counts, the large WARC included
   */
  public Map<String, Long> skipsByReason() {
    return count("skipped", bulk);
  }

  private Map<String, Long> count(String outcome, Map<String, Long> extra) {
    Map<String, Long> counts = new TreeMap<>(extra);
    for (Item item : items) {
      if (item.outcome.equals(outcome)) {
        counts.merge(item.reason, 1L, Long::sum);
      }
    }
    return counts;
  }

  void write(Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("articles", articles());
    totals.put("failures", failuresByException());
    totals.put("skipped", skipsByReason());
    json.put("expected", totals);
    json.put("items", items);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }
}
