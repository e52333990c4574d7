package io.github.casefile.parsers.wpjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casefile.LimitExceededException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.parsers.internal.Dates;
import io.github.casefile.parsers.internal.HtmlBlocks;
import io.github.casefile.parsers.internal.Warning;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Reads the post JSON of the WordPress REST API ({@code /wp-json/wp/v2/posts}, Daily NK's own
 * API): one post object, or an array of posts, each one article.
 *
 * <p>Fields: {@code title.rendered} is the headline (HTML: tags dropped, entities decoded); {@code
 * content.rendered} is the body, read with {@link HtmlBlocks} ({@code excerpt.rendered} stands in,
 * with a warning, when the content is empty or protected); {@code link} is the canonical URL and
 * the article's URI; {@code _embedded.author[].name} gives the authors, else Yoast's {@code
 * yoast_head_json.author}; {@code yoast_head_json.og_site_name} is the outlet and {@code og_locale}
 * the language.
 *
 * <p>Dates: WordPress gives {@code date} in the site's local time, without offset, and {@code
 * date_gmt} in UTC. When both are given, the offset is their difference (a whole number of minutes
 * within ±18 hours), so {@code published} is the local time with the offset the two values
 * state together; with only {@code date} it is the local time without offset (none is invented);
 * with only {@code date_gmt} it is that time with {@code +00:00}. A difference that is not a real
 * offset (drafts carry {@code 0000-00-00T00:00:00}) keeps the local time, with a warning.
 *
 * <p>JSON is read by Jackson with {@link StreamReadConstraints} set from the input's limits: nesting
 * deeper than {@code maxNestingDepth} raises {@link LimitExceededException}, broken JSON {@link
 * MalformedInputException}; no Jackson exception leaves the format.
 */
public final class WordPressJsonFormat implements SourceFormat {
  static final String NAME = "wordpress-json";
  // Few distinct limits occur in a process; a mapper is costly to build and safe to share.
  private static final Map<List<Long>, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  /** Create the format; it holds no state. */
  public WordPressJsonFormat() {
    // Stateless: ServiceLoader needs a public no-argument constructor.
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "WordPress REST API post JSON (/wp-json/wp/v2/posts): an object or an array whose"
        + " posts have title.rendered and content.rendered";
  }

  @Override
  public int detect(SourceInput input) {
    String head = input.headText();
    // The first character after white space, without stripLeading()'s copy of the head.
    int first = 0;
    while (first < head.length() && Character.isWhitespace(head.charAt(first))) {
      first++;
    }
    if (first == head.length() || head.charAt(first) != '{' && head.charAt(first) != '[') {
      return 0;
    }
    boolean rendered = head.contains("\"rendered\"");
    if (rendered && (head.contains("\"content\"") || head.contains("\"title\""))) {
      return 90;
    }
    if (head.contains("\"date_gmt\"") || head.contains("\"wp:")) {
      return 60;
    }
    return 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String name = input.name().orElse(null);
    String text = input.decode(null).text();
    JsonNode root = read(text, input);
    List<JsonNode> posts = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(posts::add);
    } else if (root.isObject()) {
      posts.add(root);
    } else {
      throw new MalformedInputException(name, "the JSON is neither a post object nor an array of"
          + " posts", null);
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      input.checkDeadline("reading post " + (i + 1) + " of the WordPress JSON");
      JsonNode post = posts.get(i);
      if (!post.isObject()) {
        skipped.add("Entry " + (i + 1) + " of the JSON array is not a post object; it was skipped.");
        continue;
      }
      ArticleDraft draft = post(post);
      if (draft.paragraphs().isEmpty()) {
        skipped.add("Post " + (i + 1) + draft.headline().map(h -> " " + Warning.quote(h)).orElse("")
            + " has no text; it was skipped.");
      } else {
        drafts.add(draft);
      }
    }
    if (drafts.isEmpty()) {
      throw new MalformedInputException(name, posts.isEmpty() ? "the JSON array holds no post"
          : "no post in the JSON has text (title.rendered and content.rendered are empty or"
              + " missing)", null);
    }
    if (!skipped.isEmpty()) {
      ArticleDraft first = drafts.get(0);
      drafts.set(0, ArticleDraft.builder().from(first).addAllWarnings(skipped).build());
    }
    return drafts;
  }

  private static JsonNode read(String text, SourceInput input) {
    String name = input.name().orElse(null);
    long maxChars = input.limits().maxChars();
    ObjectMapper mapper = MAPPERS.computeIfAbsent(
        List.of((long) input.limits().maxNestingDepth(), maxChars), WordPressJsonFormat::mapper);
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new MalformedInputException(name, "the input holds no JSON value", null);
      }
      return root;
    } catch (StreamConstraintsException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.contains("nesting depth")) {
        throw new LimitExceededException(name, "maxNestingDepth",
            input.limits().maxNestingDepth(), "the JSON nests too deeply" + location(e));
      }
      throw new LimitExceededException(name, "maxChars", maxChars,
          "the JSON exceeds a reading limit: " + message + location(e));
    } catch (JsonProcessingException e) {
      throw new MalformedInputException(name, "the JSON cannot be read: "
          + e.getOriginalMessage() + location(e), null);
    } catch (StackOverflowError e) {
      throw new LimitExceededException(name, "maxNestingDepth", input.limits().maxNestingDepth(),
          "the JSON nests too deeply to read");
    }
  }

  /** Build a reader bounded by a nesting depth and a string length; readers are thread-safe. */
  private static ObjectMapper mapper(List<Long> bounds) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth((int) (long) bounds.get(0))
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, bounds.get(1)))
        .build();
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ")";
  }

  private static ArticleDraft post(JsonNode post) {
    List<String> warnings = new ArrayList<>();
    var draft = ArticleDraft.builder();
    Optional<String> headline = rendered(post, "title").map(WordPressJsonFormat::htmlText)
        .filter(h -> !h.isEmpty());
    draft.headline(headline);
    List<String> paragraphs = rendered(post, "content").map(HtmlBlocks::paragraphs)
        .orElseGet(ArrayList::new);
    if (paragraphs.isEmpty()) {
      List<String> excerpt = rendered(post, "excerpt").map(HtmlBlocks::paragraphs)
          .orElseGet(ArrayList::new);
      if (!excerpt.isEmpty()) {
        warnings.add("The post's content.rendered is empty" + (protectedContent(post)
            ? " (the post is password-protected)" : "") + "; its excerpt was used as the text.");
        paragraphs = excerpt;
      }
    }
    draft.paragraphs(paragraphs);
    text(post, "link").filter(WordPressJsonFormat::isHttp).ifPresent(link -> {
      draft.canonicalUrl(link);
      draft.uri(link);
    });
    draft.published(published(post, warnings));
    draft.authors(authors(post, warnings));
    JsonNode yoast = post.path("yoast_head_json");
    text(yoast, "og_site_name").map(WordPressJsonFormat::htmlText).filter(s -> !s.isEmpty())
        .ifPresent(draft::outlet);
    text(yoast, "og_locale").map(l -> l.strip().replace('_', '-')).filter(l -> !l.isEmpty())
        .ifPresent(draft::language);
    return draft.warnings(warnings).build();
  }

  private static boolean protectedContent(JsonNode post) {
    return post.path("content").path("protected").asBoolean(false);
  }

  private static Optional<String> rendered(JsonNode post, String field) {
    JsonNode node = post.path(field);
    if (node.isTextual()) {
      return Optional.of(node.asText());
    }
    return text(node, "rendered");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static String htmlText(String html) {
    return Jsoup.parseBodyFragment(html).body().text();
  }

  private static boolean isHttp(String url) {
    String u = url.strip();
    return u.startsWith("http://") || u.startsWith("https://");
  }

  private static List<String> authors(JsonNode post, List<String> warnings) {
    List<String> bylines = new ArrayList<>();
    for (JsonNode author : post.path("_embedded").path("author")) {
      text(author, "name").ifPresent(bylines::add);
    }
    if (bylines.isEmpty()) {
      text(post.path("yoast_head_json"), "author").ifPresent(bylines::add);
    }
    List<String> names = new ArrayList<>();
    for (String byline : bylines) {
      List<String> split = Bylines.split(byline);
      if (split.isEmpty() && !byline.isBlank()) {
        warnings.add("The author " + Warning.quote(byline) + " names no person; it was dropped.");
      }
      for (String n : split) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  private static Optional<PartialDateTime> published(JsonNode post, List<String> warnings) {
    Optional<String> localText = text(post, "date").filter(s -> !s.isBlank());
    Optional<String> gmtText = text(post, "date_gmt").filter(s -> !s.isBlank());
    Optional<PartialDateTime> local = localText.flatMap(Dates::parse).map(WordPressJsonFormat::withoutOffset);
    Optional<PartialDateTime> gmt = gmtText.flatMap(Dates::parse).map(WordPressJsonFormat::withoutOffset);
    if (localText.isPresent() && local.isEmpty()) {
      warnings.add("The post's date " + Warning.quote(localText.get()) + " cannot be read.");
    }
    if (local.isEmpty()) {
      if (gmtText.isPresent() && gmt.isEmpty() && !isZeroDate(gmtText.get())) {
        warnings.add("The post's date_gmt " + Warning.quote(gmtText.get()) + " cannot be read.");
      }
      return gmt.map(WordPressJsonFormat::asUtc);
    }
    if (gmt.isEmpty() || local.get().time().isEmpty()
        || local.get().precision() != gmt.get().precision()) {
      return local;
    }
    Optional<ZoneOffset> offset = offsetBetween(local.get(), gmt.get());
    if (offset.isEmpty()) {
      warnings.add("The post's date " + Warning.quote(localText.get()) + " and date_gmt "
          + Warning.quote(gmtText.get()) + " do not differ by a time-zone offset; the local date"
          + " was kept without offset.");
      return local;
    }
    return Optional.of(PartialDateTime.of(toLocal(local.get()),
        local.get().precision() == PartialDateTime.Precision.SECOND, offset.get()));
  }

  private static boolean isZeroDate(String text) {
    return text.startsWith("0000-00-00");
  }

  /** WordPress's fields have no offset; an offset in them is ignored, not trusted. */
  private static PartialDateTime withoutOffset(PartialDateTime value) {
    if (value.offset().isEmpty()) {
      return value;
    }
    return PartialDateTime.of(toLocal(value), value.precision() == PartialDateTime.Precision.SECOND);
  }

  private static PartialDateTime asUtc(PartialDateTime value) {
    if (value.time().isEmpty()) {
      return value;
    }
    return PartialDateTime.of(toLocal(value), value.precision() == PartialDateTime.Precision.SECOND,
        ZoneOffset.UTC);
  }

  private static LocalDateTime toLocal(PartialDateTime value) {
    return LocalDateTime.of(value.date().orElseThrow(), value.time().orElseThrow());
  }

  static Optional<ZoneOffset> offsetBetween(PartialDateTime local, PartialDateTime gmt) {
    Duration difference = Duration.between(toLocal(gmt), toLocal(local));
    long minutes = difference.toMinutes();
    if (!difference.equals(Duration.ofMinutes(minutes)) || Math.abs(minutes) > 18 * 60) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds((int) minutes * 60));
  }
}
