package io.github.casefile.parsers.wordpress;

import io.github.casefile.parsers.html.SiteMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The markup that WordPress themes share: {@code .entry-title}, {@code .entry-content}, the
 * byline's {@code .author}/{@code .byline} and {@code time.entry-date.published}.
 */
final class WordPressMarkup implements SiteMarkup {
  private static final int MAX_BYLINE = 200;
  private static final int MIN_CONTENT = 250;

  @Override
  public Optional<Element> content(Document doc) {
    // Embedded posts (quoted tweets, related entries) reuse the class: take the largest, and only
    // when it holds an article's worth of text.
    Element best = null;
    int bestLength = MIN_CONTENT - 1;
    for (Element e : doc.select(".entry-content, .post-content, .td-post-content,"
        + " .single-post-content, .article-content")) {
      int length = e.text().length();
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public Optional<String> headline(Document doc) {
    // Comments and related posts reuse the class: trust an h1, or a title the page's title repeats.
    String pageTitle = doc.title();
    for (Element e : doc.select(".entry-title, .post-title")) {
      String text = e.text();
      if (!text.isBlank() && (e.normalName().equals("h1") || pageTitle.contains(text))) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> bylines(Document doc) {
    List<String> bylines = new ArrayList<>();
    for (Element e : doc.select(".entry-meta .author .fn, .entry-meta .author a, .byline .author,"
        + " .byline a[rel~=author], span.author.vcard, .entry-author-name, .posted-by .author")) {
      String text = e.text();
      if (!text.isBlank() && text.length() < MAX_BYLINE && !bylines.contains(text)) {
        bylines.add(text);
      }
    }
    return bylines;
  }

  @Override
  public Optional<String> published(Document doc) {
    Element time = doc.selectFirst("time.entry-date.published, time.published,"
        + " .posted-on time[datetime], time.entry-date");
    if (time == null) {
      return Optional.empty();
    }
    String datetime = time.attr("datetime");
    return Optional.of(datetime.isBlank() ? time.text() : datetime);
  }
}
