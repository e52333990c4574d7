package io.github.casefile.parsers.wpjson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Carried;
import io.github.casefile.parsers.internal.ParagraphHtml;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an article as WordPress REST API post JSON, for round trips through {@link
 * WordPressJsonFormat}.
 *
 * <p>Variants (bits of {@code variant}): bit 0 writes an array of one post instead of the object;
 * bit 1 gives a single author through Yoast's {@code yoast_head_json.author} instead of {@code
 * _embedded.author} (several authors always go to {@code _embedded}); bit 2 writes a UTC time
 * only as {@code date_gmt}; bit 3 pretty-prints; bit 4 writes the title with WordPress's numeric
 * entities; bits 5 to 8 choose the content's markup ({@link ParagraphHtml}).
 *
 * <p>What the format cannot carry ({@link #carried}): warnings; paragraphs that are furniture by
 * their text alone ({@link io.github.casefile.parsers.internal.HtmlBlocks#isFurnitureText}); names
 * that {@link io.github.casefile.parsers.internal.Bylines} reads differently; and the input's own
 * name, which the post's {@code link} replaces when the article has a canonical URL.
 */
public final class WordPressJsonRenderer implements SourceRenderer {
  private static final Set<Carried.Field> FIELDS = Carried.htmlPost();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Create the renderer; it holds no state. */
  public WordPressJsonRenderer() {
    // Stateless.
  }


  @Override
  public String format() {
    return WordPressJsonFormat.NAME;
  }

  @Override
  public byte[] render(Article article, long variant) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode post = nodes.objectNode();
    post.put("id", 1000 + (variant & 0xFF));
    dates(post, article.published(), (variant & 4) != 0);
    post.put("slug", "post-" + (variant & 0xFF));
    post.put("status", "publish");
    post.put("type", "post");
    article.source().canonicalUrl().ifPresent(url -> post.put("link", url));
    post.putObject("title").put("rendered", article.headline()
        .map(h -> (variant & 16) != 0 ? texturize(h) : ParagraphHtml.escape(h)).orElse(""));
    ObjectNode content = post.putObject("content");
    content.put("rendered", ParagraphHtml.render(article.paragraphs(), variant >>> 5));
    content.put("protected", false);
    post.putObject("excerpt").put("rendered", "<p>An excerpt that is not the text.</p>\n");
    post.put("author", 7);
    post.putArray("categories").add(3).add(12);
    List<String> authors = article.authors();
    boolean viaYoast = authors.size() == 1 && (variant & 2) != 0;
    ObjectNode yoast = nodes.objectNode();
    article.source().outlet().ifPresent(o -> yoast.put("og_site_name", o));
    article.language().ifPresent(l -> yoast.put("og_locale", l.replace('-', '_')));
    if (viaYoast) {
      yoast.put("author", authors.get(0));
    }
    if (yoast.size() > 0) {
      yoast.put("og_type", "article");
      post.set("yoast_head_json", yoast);
    }
    if (!authors.isEmpty() && !viaYoast) {
      ArrayNode embedded = post.putObject("_embedded").putArray("author");
      for (int i = 0; i < authors.size(); i++) {
        embedded.addObject().put("id", 7 + i).put("name", authors.get(i))
            .put("slug", "author-" + i);
      }
    }
    Object root = post;
    if ((variant & 1) != 0) {
      root = nodes.arrayNode().add(post);
    }
    try {
      String json = (variant & 8) != 0
          ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          : MAPPER.writeValueAsString(root);
      return json.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree cannot fail to write", e);
    }
  }

  private static void dates(ObjectNode post, Optional<PartialDateTime> published, boolean gmtOnly) {
    if (published.isEmpty()) {
      return;
    }
    PartialDateTime value = published.get();
    Optional<ZoneOffset> offset = value.offset();
    if (offset.isEmpty()) {
      post.put("date", value.toString());
      return;
    }
    String local = value.toString().substring(0, value.toString().length()
        - offset.get().getId().length());
    LocalDateTime utc = LocalDateTime.of(value.date().orElseThrow(), value.time().orElseThrow())
        .minusSeconds(offset.get().getTotalSeconds());
    String gmt = PartialDateTime.of(utc,
        value.precision() == PartialDateTime.Precision.SECOND).toString();
    if (!(gmtOnly && offset.get().equals(ZoneOffset.UTC))) {
      post.put("date", local);
    }
    post.put("date_gmt", gmt);
  }

  /** Write the title as WordPress does: {@code &#8217;}-style numeric entities for some marks. */
  private static String texturize(String headline) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headline.length(); i++) {
      char c = headline.charAt(i);
      if (c == '\'' || c == '"' || c == '\u2019' || c == '\u2013' || c == '&') {
        out.append("&#").append((int) c).append(';');
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public Article carried(Article article) {
    return Carried.project(article, FIELDS);
  }
}
