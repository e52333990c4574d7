package io.github.casefile.parsers.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads schema.org JSON-LD blocks leniently (comments, single quotes, trailing commas, control
 * characters, HTML comment wrappers) and finds the article among them, also inside {@code @graph}
 * and arrays.
 */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle",
      "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle",
      "report", "socialmediaposting", "liveblogposting", "posting", "webpage", "creativework");
  private static final int MAX_NODES = 20_000;

  private static final ObjectReader READER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build()
      .readerFor(JsonNode.class);

  private JsonLd() {}

  /** What the JSON-LD of a page says about its article. */
  static final class Facts {
    String headline;
    String name;
    final List<String> authors = new ArrayList<>();
    String published;
    String publisher;
    String url;
    String language;
    int rank = Integer.MAX_VALUE;
  }

  /**
   * Read one block into the facts, keeping the best-ranked article seen so far.
   *
   * @param block the script's text
   * @param facts the facts to fill
   * @param warnings where a broken block is reported
   */
  static void read(String block, Facts facts, List<String> warnings) {
    String json = unwrap(block);
    if (json.isEmpty()) {
      return;
    }
    List<JsonNode> roots = new ArrayList<>(1);
    try (MappingIterator<JsonNode> values = READER.readValues(json)) {
      while (values.hasNextValue()) {
        roots.add(values.nextValue());
      }
    } catch (java.io.IOException | RuntimeException e) {
      warnings.add("A JSON-LD block could not be read (" + abbreviate(firstLine(e.getMessage()))
          + "); its metadata was ignored: '" + abbreviate(json) + "'.");
      if (roots.isEmpty()) {
        return;
      }
    }
    Deque<JsonNode> stack = new ArrayDeque<>(roots);
    int seen = 0;
    while (!stack.isEmpty() && seen++ < MAX_NODES) {
      JsonNode node = stack.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(node.get(i));
        }
        continue;
      }
      if (!node.isObject()) {
        continue;
      }
      int rank = rank(node);
      if (rank < facts.rank) {
        take(node, facts, rank);
      }
      if (facts.publisher == null && node.has("publisher")) {
        facts.publisher = name(node.get("publisher"));
      }
      for (String child : new String[] {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"}) {
        JsonNode c = node.get(child);
        if (c != null && (c.isArray() || c.isObject())) {
          stack.push(c);
        }
      }
    }
  }

  private static int rank(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>(2);
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    int best = Integer.MAX_VALUE;
    for (String t : types) {
      String k = t.toLowerCase(Locale.ROOT);
      int slash = k.lastIndexOf('/');
      k = slash >= 0 ? k.substring(slash + 1) : k;
      if (k.equals("webpage") || k.equals("creativework")) {
        best = Math.min(best, 5);
      } else if (ARTICLE_TYPES.contains(k) || k.endsWith("article")) {
        best = Math.min(best, 1);
      }
    }
    if (best == Integer.MAX_VALUE && node.has("headline")) {
      best = 8;
    }
    return best;
  }

  private static void take(JsonNode node, Facts facts, int rank) {
    String headline = text(node.get("headline"));
    String published = text(node.get("datePublished"));
    if (published == null) {
      published = text(node.get("dateCreated"));
    }
    List<String> authors = new ArrayList<>();
    JsonNode author = node.has("author") ? node.get("author") : node.get("creator");
    if (author != null) {
      List<JsonNode> list = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(list::add);
      } else {
        list.add(author);
      }
      for (JsonNode a : list) {
        String n = name(a);
        if (n != null) {
          authors.add(n);
        }
      }
    }
    if (headline == null && published == null && authors.isEmpty()) {
      return;
    }
    facts.rank = rank;
    facts.headline = headline;
    facts.name = text(node.get("name"));
    facts.published = published;
    facts.authors.clear();
    facts.authors.addAll(authors);
    if (node.has("publisher")) {
      String p = name(node.get("publisher"));
      if (p != null) {
        facts.publisher = p;
      }
    }
    facts.url = text(node.get("url"));
    facts.language = text(node.get("inLanguage"));
  }

  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return text(node);
    }
    if (node.isArray() && node.size() > 0) {
      return name(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    return null;
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.size() > 0 ? text(node.get(0)) : null;
    }
    if (!node.isValueNode()) {
      return null;
    }
    String s = node.asText().trim();
    if (s.contains("&amp;") || s.contains("&#") || s.contains("&quot;") || s.contains("&lt;")
        || s.contains("&gt;") || s.contains("&nbsp;") || s.contains("&apos;")) {
      s = org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
    return s.isEmpty() ? null : s;
  }

  private static String unwrap(String block) {
    String s = block.trim();
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.trim();
    if (s.startsWith("//<![CDATA[")) {
      s = s.substring("//<![CDATA[".length());
    } else if (s.startsWith("<![CDATA[")) {
      s = s.substring("<![CDATA[".length());
    }
    if (s.endsWith("//]]>")) {
      s = s.substring(0, s.length() - 5);
    } else if (s.endsWith("]]>")) {
      s = s.substring(0, s.length() - 3);
    }
    return s.trim();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl > 0 ? s.substring(0, nl) : s;
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= 60 ? one : one.substring(0, 60) + "…";
  }
}
