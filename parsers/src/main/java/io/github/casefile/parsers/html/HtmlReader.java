package io.github.casefile.parsers.html;

import io.github.casefile.CasefileException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.parsers.internal.IgnoreCase;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Nesting;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one article out of an HTML page: decodes the bytes, parses them once with jsoup, gathers
 * the page's metadata, finds the body and resolves headline, authors, date, outlet, canonical URL and
 * language from the best source that states each. Shared by the generic {@link HtmlFormat} and the
 * formats that know a site's markup through {@link SiteMarkup}. Stateless and thread-safe.
 */
public final class HtmlReader {
  private static final int MAX_LANGUAGE = 35;

  private HtmlReader() {}

  /**
   * Read the article of a page.
   *
   * @param input the page
   * @param site what the site's markup says, or {@link SiteMarkup#GENERIC}
   * @return the draft, with warnings for what could not be read
   * @throws CasefileException if the page holds no article text or exceeds a limit
   * @throws NullPointerException if an argument is null
   */
  public static ArticleDraft read(SourceInput input, SiteMarkup site) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(site, "site");
    List<String> warnings = new ArrayList<>();
    Document doc = parse(input, warnings);
    input.checkDeadline("parsing the HTML");
    PageMetadata meta = PageMetadata.of(doc, warnings);
    Optional<Element> content = site.content(doc);
    String outlet = first(meta.jsonLd.publisher, meta.meta("og:site_name"));
    String headline = headline(doc, meta, site, outlet);
    BodyExtractor extractor = new BodyExtractor(input, headline);
    Element root = content.orElse(doc.body());
    if (root == null) {
      throw new MalformedInputException(input.name().orElse(null),
          "the HTML page has no body", null);
    }
    BodyExtractor.Result body = extractor.extract(root, content.isPresent());
    if (body.paragraphs.isEmpty() && content.isPresent()) {
      body = new BodyExtractor(input, headline).extract(doc.body(), false);
    }
    String canonical = first(meta.canonical, meta.meta("og:url"));
    var draft = ArticleDraft.builder()
        .headline(Optional.ofNullable(headline))
        .authors(authors(meta, site.bylines(doc), body.byline))
        .published(published(meta, site.published(doc).orElse(null), body.dateText, canonical,
            input, warnings))
        .outlet(Optional.ofNullable(Headlines.clean(outlet)))
        .canonicalUrl(Optional.ofNullable(Headlines.clean(canonical)))
        .language(language(meta, warnings))
        .paragraphs(body.paragraphs);
    draft.warnings(warnings);
    return draft.build();
  }

  /**
   * Tell how much a page's head looks like HTML, for detection.
   *
   * @param input the input
   * @return 90 for a doctype, 80 for an {@code <html>} tag, 70 for {@code <head>} or {@code <body>},
   *     40 for paragraph-level tags, 30 for an {@code .html} name over markup, else 0
   */
  public static int markupScore(SourceInput input) {
    String head = input.headText();
    if (head.indexOf('\u0000') >= 0) {
      head = head.replace("\u0000", "");
    }
    String h = head;
    int start = 0;
    while (start < h.length() && (Character.isWhitespace(h.charAt(start))
        || h.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start == h.length() || h.charAt(start) != '<') {
      return 0;
    }
    // Case-insensitive searches: no lower-cased copy of the head per call.
    if (IgnoreCase.startsWith(h, start, "<?xml") && (IgnoreCase.contains(h, "<rss")
        || IgnoreCase.contains(h, "<feed") || IgnoreCase.contains(h, "<rdf:rdf"))
        && !IgnoreCase.contains(h, "<html")) {
      return 0;
    }
    if (IgnoreCase.startsWith(h, start, "<!doctype html")) {
      return 90;
    }
    if (IgnoreCase.contains(h, "<html")) {
      return 80;
    }
    if (IgnoreCase.contains(h, "<head") || IgnoreCase.contains(h, "<body")) {
      return 70;
    }
    if (IgnoreCase.contains(h, "<p>") || IgnoreCase.contains(h, "<p ")
        || IgnoreCase.contains(h, "<div") || IgnoreCase.contains(h, "<br")
        || IgnoreCase.contains(h, "<article")) {
      return 40;
    }
    String ext = input.extension();
    return ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") ? 30 : 0;
  }

  private static Document parse(SourceInput input, List<String> warnings) {
    String base = input.name().filter(n -> n.startsWith("http://") || n.startsWith("https://"))
        .orElse("");
    // Plain UTF-8 without server code (most pages) goes to jsoup as bytes: decoding the page into
    // a String first held its text twice, the String and jsoup's buffer. A page that fits in the
    // head keeps the String path: the detectors' head text is that String already.
    boolean fromBytes = input.length() > SourceInput.HEAD_BYTES && HtmlDecoder.isPlainUtf8(input)
        && !hasServerCode(input.buffer());
    HtmlDecoder.Decoded decoded = fromBytes ? null : HtmlDecoder.decode(input);
    if (decoded != null) {
      warnings.addAll(decoded.warnings());
    }
    try {
      Parser parser = Parser.htmlParser().setMaxDepth(input.limits().maxNestingDepth());
      Document document = fromBytes
          ? Jsoup.parse(input.openStream(), "UTF-8", base, parser)
          : Jsoup.parse(withoutServerCode(decoded.text()), base, parser);
      Nesting.flattened(document, input.limits().maxNestingDepth()).ifPresent(warnings::add);
      return document;
    } catch (RuntimeException | java.io.IOException e) {
      throw new MalformedInputException(input.name().orElse(null),
          "the HTML could not be parsed: " + e.getMessage(), e);
    }
  }

  /** Tell whether the bytes hold {@code <?php}, which {@link #withoutServerCode} drops. */
  static boolean hasServerCode(java.nio.ByteBuffer bytes) {
    int last = bytes.remaining() - PHP.length;
    int i = 0;
    // eight bytes at a time while no byte of the word is '<' (most words of a page)
    while (i + 8 <= last) {
      long x = bytes.getLong(i) ^ ALL_LT;
      if (((x - ONES) & ~x & HIGH_BITS) != 0) {
        for (int k = i; k < i + 8; k++) {
          if (isServerCodeAt(bytes, k)) {
            return true;
          }
        }
      }
      i += 8;
    }
    for (; i <= last; i++) {
      if (isServerCodeAt(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static final byte[] PHP = {'<', '?', 'p', 'h', 'p'};
  private static final long ALL_LT = 0x3C3C3C3C3C3C3C3CL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static boolean isServerCodeAt(java.nio.ByteBuffer bytes, int i) {
    for (int k = 0; k < PHP.length; k++) {
      if (bytes.get(i + k) != PHP[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drop PHP blocks ({@code <?php ... ?>}) that saved templates carry: HTML parsers end them at the
   * first {@code >} and show the rest as text. One linear scan, before the only parse.
   */
  static String withoutServerCode(String text) {
    int open = text.indexOf("<?php");
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      out.append(text, from, open);
      int close = text.indexOf("?>", open + 5);
      if (close < 0) {
        from = text.length();
        break;
      }
      from = close + 2;
      open = text.indexOf("<?php", from);
    }
    out.append(text, from, text.length());
    return out.toString();
  }

  private static String headline(Document doc, PageMetadata meta, SiteMarkup site,
      String outlet) {
    String structured = site.headline(doc).orElse(null);
    if (structured == null) {
      structured = first(jsonLdHeadline(meta), meta.meta("dc:title", "dc.title", "dcterm:title",
          "dcterms.title", "og:title", "twitter:title", "parsely-title", "sailthru.title"),
          meta.itempropHeadline);
    }
    String title = meta.title;
    String heading = null;
    String titleKey = title == null ? "" : Headlines.key(title);
    for (String h1 : meta.h1s) {
      String k = Headlines.key(h1);
      if (!k.isEmpty() && titleKey.contains(k)) {
        heading = h1;
        break;
      }
    }
    if (heading == null && meta.h1s.size() == 1) {
      heading = meta.h1s.get(0);
    }
    return Headlines.choose(structured, heading, title, outlet);
  }

  /** Choose between JSON-LD's headline and name the one the page title agrees with. */
  private static String jsonLdHeadline(PageMetadata meta) {
    String headline = meta.jsonLd.headline;
    String name = meta.jsonLd.name;
    if (headline == null) {
      return meta.jsonLd.rank <= 1 ? name : null;
    }
    if (name == null || meta.title == null) {
      return headline;
    }
    String title = Headlines.key(meta.title);
    boolean headlineFits = title.contains(Headlines.key(headline));
    String outlet = first(meta.jsonLd.publisher, meta.meta("og:site_name"));
    boolean nameIsSite = outlet != null
        && Headlines.key(outlet).contains(Headlines.key(name));
    boolean nameFits = title.contains(Headlines.key(name)) && !nameIsSite;
    return nameFits && !headlineFits ? name : headline;
  }

  private static List<String> authors(PageMetadata meta, List<String> siteBylines,
      String domByline) {
    List<List<String>> sources = new ArrayList<>();
    sources.add(siteBylines);
    List<String> structured = new ArrayList<>();
    for (String name : meta.jsonLd.authors) {
      Bylines.structured(name).filter(n -> !structured.contains(n)).ifPresent(structured::add);
    }
    if (!structured.isEmpty()) {
      return structured;
    }
    List<String> metas = new ArrayList<>();
    // The first key that names someone, with every value it has: a page that repeats
    // "DC.Creator" has several authors.
    for (String key : PageMetadata.AUTHOR_KEYS) {
      for (String v : meta.authorMetas.getOrDefault(key, List.of())) {
        if (!Bylines.looksLikeUrl(v) && !v.startsWith("@")) {
          metas.add(v);
        }
      }
      if (!metas.isEmpty()) {
        break;
      }
    }
    sources.add(metas);
    sources.add(meta.itempropAuthor == null ? List.of() : List.of(meta.itempropAuthor));
    sources.add(meta.relAuthor == null ? List.of() : List.of(meta.relAuthor));
    sources.add(domByline == null ? List.of() : List.of(domByline));
    for (List<String> source : sources) {
      List<String> names = new ArrayList<>();
      for (String byline : source) {
        for (String name : Bylines.fromPage(byline)) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static Optional<PartialDateTime> published(PageMetadata meta, String siteDate,
      String bylineDate, String canonical, SourceInput input, List<String> warnings) {
    List<String> stated = new ArrayList<>();
    stated.add(siteDate);
    stated.add(meta.jsonLd.published);
    stated.add(meta.meta("article:published_time", "og:article:published_time",
        "article.published", "published_time", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "dcterms.date",
        "pubdate", "publishdate", "publish-date", "publish_date", "date",
        "citation_publication_date", "citation_date", "originalpublicationdate"));
    stated.add(meta.itempropPublished);
    for (String text : stated) {
      if (text == null || text.isBlank()) {
        continue;
      }
      Optional<PartialDateTime> date = DateTexts.parse(text);
      if (date.isPresent()) {
        return date;
      }
      warnings.add("The publication date '" + abbreviate(text) + "' could not be read.");
    }
    Element pubdate = null;
    for (Element time : meta.times) {
      if (time.hasAttr("pubdate") || time.attr("itemprop").contains("datePublished")
          || time.className().contains("publish")) {
        pubdate = time;
        break;
      }
    }
    if (pubdate != null) {
      Optional<PartialDateTime> date = timeValue(pubdate);
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<PartialDateTime> near = DateTexts.parse(bylineDate);
    if (near.isPresent()) {
      return near;
    }
    for (Element time : meta.times) {
      Optional<PartialDateTime> date = timeValue(time);
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<PartialDateTime> fromUrl = DateTexts.fromUrl(canonical);
    return fromUrl.isPresent() ? fromUrl : DateTexts.fromUrl(input.name().orElse(null));
  }

  private static Optional<PartialDateTime> timeValue(Element time) {
    Optional<PartialDateTime> date = DateTexts.parse(time.attr("datetime"));
    return date.isPresent() ? date : DateTexts.parse(time.text());
  }

  private static Optional<String> language(PageMetadata meta, List<String> warnings) {
    String raw = first(meta.htmlLang, meta.meta("content-language"), meta.meta("dc.language"),
        meta.jsonLd.language);
    if (raw == null) {
      return Optional.empty();
    }
    String tag = raw.trim().replace('_', '-');
    int comma = tag.indexOf(',');
    if (comma > 0) {
      tag = tag.substring(0, comma).trim();
    }
    if (tag.length() > MAX_LANGUAGE || !isLanguageTag(tag)) {
      warnings.add("The page's language '" + abbreviate(raw) + "' is not a language tag.");
      return Optional.empty();
    }
    return Optional.of(tag);
  }

  private static boolean isLanguageTag(String tag) {
    String[] parts = tag.split("-", -1);
    if (parts[0].length() < 2 || parts[0].length() > 8) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 8) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
          return false;
        }
      }
    }
    return true;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    String t = text.trim();
    return t.length() <= 60 ? t : t.substring(0, 60) + "…";
  }
}
