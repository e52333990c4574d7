package io.github.casefile.parsers.feed;

import io.github.casefile.MalformedInputException;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.parsers.internal.Dates;
import io.github.casefile.parsers.internal.HtmlBlocks;
import io.github.casefile.parsers.internal.Nesting;
import io.github.casefile.parsers.internal.Warning;
import io.github.casefile.parsers.internal.XmlProlog;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per {@code <item>} or {@code <entry>}.
 *
 * <p>Per item: {@code title} is the headline; {@code link} (Atom: the alternate {@code
 * link/@href}; RSS: else a permalink {@code guid}) is the canonical URL and the article's URI;
 * {@code dc:creator}, {@code author} or Atom's {@code author/name} (the feed's when the entry has
 * none) give the authors; {@code pubDate}, {@code dc:date} or Atom's {@code published} give the
 * date, and Atom's {@code updated} stands in with a warning; {@code content:encoded} or Atom's
 * {@code content} is the body, read with {@link HtmlBlocks}, and {@code description} or {@code
 * summary} stands in when there is none. The channel's or feed's title is the outlet, and its
 * {@code language}, {@code dc:language} or {@code xml:lang} the language. Items without text are
 * skipped with a warning on the first article.
 *
 * <p>Why jsoup's XML parser and not StAX: it never reads a DTD, never fetches anything and never
 * expands an entity that a document declares (a billion-laughs document stays a few bytes of
 * {@code &lol9;}), so no parser feature has to be switched off correctly; it is lenient with the
 * broken markup real feeds carry (HTML entities such as {@code &nbsp;} that XML does not declare,
 * unclosed tags, stray ampersands), where StAX would stop at the first error and lose the feed; and
 * jsoup bounds the depth of the tree it builds, while every walk here is iterative. It is not
 * namespace-aware, so elements are matched by their local name: the modules' elements ({@code
 * encoded}, {@code creator}, {@code date}) with any prefix, the core RSS and Atom elements only
 * without a prefix or with the root element's own prefix.
 */
public final class FeedFormat implements SourceFormat {
  static final String NAME = "feed";

  /** Create the format; it holds no state. */
  public FeedFormat() {
    // Stateless: ServiceLoader needs a public no-argument constructor.
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "RSS 2.0, RSS 1.0 and Atom feeds: a root element <rss>, <rdf:RDF> or <feed>;"
        + " one article per item or entry";
  }

  @Override
  public int detect(SourceInput input) {
    Optional<String> root = XmlProlog.rootName(input.headText());
    if (root.isEmpty()) {
      return 0;
    }
    String name = root.get();
    String head = input.headText();
    switch (local(name)) {
      case "rss":
        return 95;
      case "feed":
        return head.contains("http://www.w3.org/2005/Atom") || head.contains("purl.org/atom")
            ? 95 : 70;
      case "rdf":
        return head.contains("http://purl.org/rss/1.0/") ? 90 : 0;
      default:
        return 0;
    }
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String name = input.name().orElse(null);
    String text = input.decode(XmlProlog.encoding(input.headText()).orElse(null)).text();
    Optional<String> rootName = XmlProlog.rootName(text);
    Parser parser = Parser.xmlParser().setMaxDepth(input.limits().maxNestingDepth());
    Document document = Jsoup.parse(text, "", parser);
    input.checkDeadline("parsing the feed");
    Element root = rootElement(document, rootName.orElse(""));
    if (root == null) {
      throw new MalformedInputException(name, "the input has no <rss>, <rdf:RDF> or <feed>"
          + " element", null);
    }
    boolean atom = local(root.normalName()).equals("feed");
    Feed feed = new Feed(root, prefixOf(root.normalName()), atom);
    List<String> feedWarnings = new ArrayList<>();
    Nesting.flattened(document, input.limits().maxNestingDepth()).ifPresent(feedWarnings::add);
    if (XmlProlog.declaresEntities(text)) {
      feedWarnings.add("The feed's DOCTYPE declares entities; they were not expanded.");
    }
    List<Element> items = feed.items();
    if (items.isEmpty()) {
      throw new MalformedInputException(name, "the feed holds no " + (atom ? "<entry>" : "<item>"),
          null);
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      input.checkDeadline("reading item " + (i + 1) + " of the feed");
      ArticleDraft draft = new ItemReader(feed, items.get(i)).read();
      if (draft.paragraphs().isEmpty()) {
        feedWarnings.add("Item " + (i + 1) + draft.headline().map(h -> " " + Warning.quote(h))
            .orElse("") + " of the feed has no text; it was skipped.");
      } else {
        drafts.add(draft);
      }
    }
    if (drafts.isEmpty()) {
      throw new MalformedInputException(name, "no item of the feed has text (no content,"
          + " description or summary)", null);
    }
    if (!feedWarnings.isEmpty()) {
      ArticleDraft first = drafts.get(0);
      drafts.set(0, ArticleDraft.builder().from(first).addAllWarnings(feedWarnings).build());
    }
    return drafts;
  }

  private static Element rootElement(Document document, String expected) {
    for (Element child : document.children()) {
      String local = local(child.normalName());
      if (local.equals("rss") || local.equals("feed") || local.equals("rdf")) {
        return child;
      }
    }
    // Broken prologs can leave the root below other nodes: search the tree, iteratively.
    for (Element element : document.getAllElements()) {
      String local = local(element.normalName());
      if (local.equals("rss") || local.equals("feed")
          || local.equals("rdf") && expected.endsWith("rdf")) {
        return element;
      }
    }
    return null;
  }

  static String local(String name) {
    int colon = name.indexOf(':');
    return colon >= 0 ? name.substring(colon + 1) : name;
  }

  private static String prefixOf(String name) {
    int colon = name.indexOf(':');
    return colon >= 0 ? name.substring(0, colon) : "";
  }

  /** The feed-level facts items inherit, and the element lookups by local name. */
  static final class Feed {
    final Element root;
    final String prefix;
    final boolean atom;
    final Element channel;

    Feed(Element root, String prefix, boolean atom) {
      this.root = root;
      this.prefix = prefix;
      this.atom = atom;
      Element found = atom ? root : child(root, "channel");
      this.channel = found == null ? root : found;
    }

    List<Element> items() {
      List<Element> items = new ArrayList<>();
      String wanted = atom ? "entry" : "item";
      for (Element element : root.getAllElements()) {
        if (element != root && isCore(element, wanted)) {
          items.add(element);
        }
      }
      return items;
    }

    /** Match a core RSS or Atom element: no prefix, or the root's own. */
    boolean isCore(Element element, String localName) {
      String name = element.normalName();
      return name.equals(localName) || !prefix.isEmpty() && name.equals(prefix + ":" + localName);
    }

    /** Find the first child that is the core element of that name. */
    Element child(Element parent, String localName) {
      for (Element child : parent.children()) {
        if (isCore(child, localName)) {
          return child;
        }
      }
      return null;
    }

    /** Find the children that are the core elements of that name. */
    List<Element> children(Element parent, String localName) {
      List<Element> found = new ArrayList<>();
      for (Element child : parent.children()) {
        if (isCore(child, localName)) {
          found.add(child);
        }
      }
      return found;
    }

    /** Find the children of a module's element (dc:creator, content:encoded), any prefix. */
    static List<Element> moduleChildren(Element parent, String localName) {
      List<Element> found = new ArrayList<>();
      for (Element child : parent.children()) {
        String name = child.normalName();
        if (name.indexOf(':') > 0 && local(name).equals(localName)) {
          found.add(child);
        }
      }
      return found;
    }

    Optional<String> outlet() {
      Element title = child(channel, "title");
      return title == null ? Optional.empty() : Optional.of(textOf(title, atom))
          .filter(t -> !t.isBlank());
    }

    Optional<String> language(Element item) {
      for (Element scope : new Element[] {item, channel}) {
        String lang = scope.attr("xml:lang").strip();
        if (!lang.isEmpty()) {
          return Optional.of(lang);
        }
        Element language = child(scope, "language");
        if (language != null && !language.wholeText().isBlank()) {
          return Optional.of(language.wholeText().strip());
        }
        for (Element dc : moduleChildren(scope, "language")) {
          if (!dc.wholeText().isBlank()) {
            return Optional.of(dc.wholeText().strip());
          }
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Read an element's text: Atom's {@code type="html"} and {@code xhtml} text constructs lose
   * their markup; RSS titles are plain text.
   */
  static String textOf(Element element, boolean atom) {
    String type = element.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
    if (atom && (type.equals("html") || type.equals("text/html"))) {
      return Jsoup.parseBodyFragment(element.wholeText()).body().text();
    }
    if (atom && type.contains("xhtml")) {
      return element.text();
    }
    return element.wholeText();
  }

  /** Reads one item or entry. */
  private static final class ItemReader {
    private final Feed feed;
    private final Element item;
    private final List<String> warnings = new ArrayList<>();

    ItemReader(Feed feed, Element item) {
      this.feed = feed;
      this.item = item;
    }

    ArticleDraft read() {
      var draft = ArticleDraft.builder();
      Element title = feed.child(item, "title");
      if (title != null) {
        String headline = textOf(title, feed.atom);
        if (title.childrenSize() > 0 && !title.attr("type").contains("xhtml")) {
          // An unclosed <title> swallows the rest of the item: keep only its own text.
          headline = title.textNodes().stream().map(t -> t.getWholeText())
              .collect(java.util.stream.Collectors.joining());
          warnings.add("The item's title " + Warning.quote(headline) + " is not closed.");
        }
        if (!headline.isBlank()) {
          draft.headline(headline);
        }
      }
      link().ifPresent(url -> {
        draft.canonicalUrl(url);
        draft.uri(url);
      });
      draft.authors(authors());
      published().ifPresent(draft::published);
      draft.paragraphs(body());
      feed.outlet().ifPresent(draft::outlet);
      feed.language(item).ifPresent(draft::language);
      return draft.warnings(warnings).build();
    }

    private Optional<String> link() {
      for (Element orig : Feed.moduleChildren(item, "origlink")) {
        if (isHttp(orig.wholeText())) {
          return Optional.of(orig.wholeText().strip());
        }
      }
      if (feed.atom) {
        String fallback = null;
        for (Element link : feed.children(item, "link")) {
          String rel = link.attr("rel").strip();
          String href = link.attr("href").strip();
          if ((rel.isEmpty() || rel.equals("alternate")) && isHttp(href)) {
            if (link.attr("type").isEmpty() || link.attr("type").contains("html")) {
              return Optional.of(href);
            }
            fallback = fallback == null ? href : fallback;
          }
        }
        return Optional.ofNullable(fallback);
      }
      Element link = feed.child(item, "link");
      if (link != null && isHttp(link.wholeText())) {
        return Optional.of(link.wholeText().strip());
      }
      Element guid = feed.child(item, "guid");
      if (guid != null && !guid.attr("isPermaLink").strip().equalsIgnoreCase("false")
          && isHttp(guid.wholeText())) {
        return Optional.of(guid.wholeText().strip());
      }
      Element about = item;
      return isHttp(about.attr("rdf:about")) ? Optional.of(about.attr("rdf:about").strip())
          : Optional.empty();
    }

    private List<String> authors() {
      List<String> bylines = new ArrayList<>();
      for (Element creator : Feed.moduleChildren(item, "creator")) {
        bylines.add(creator.wholeText());
      }
      if (feed.atom) {
        for (Element author : feed.children(item, "author")) {
          Element name = feed.child(author, "name");
          if (name != null) {
            bylines.add(name.wholeText());
          }
        }
        if (bylines.isEmpty()) {
          for (Element author : feed.children(feed.root, "author")) {
            Element name = feed.child(author, "name");
            if (name != null) {
              bylines.add(name.wholeText());
            }
          }
        }
      } else if (bylines.isEmpty()) {
        for (Element author : feed.children(item, "author")) {
          bylines.add(author.wholeText());
        }
      }
      List<String> names = new ArrayList<>();
      for (String byline : bylines) {
        List<String> split = Bylines.split(byline);
        if (split.isEmpty() && !byline.isBlank() && !byline.contains("@")) {
          warnings.add("The author " + Warning.quote(byline) + " names no person; it was"
              + " dropped.");
        }
        for (String n : split) {
          if (!names.contains(n)) {
            names.add(n);
          }
        }
      }
      return names;
    }

    private Optional<io.github.casefile.model.PartialDateTime> published() {
      List<Element> candidates = new ArrayList<>();
      if (feed.atom) {
        candidates.addAll(feed.children(item, "published"));
        candidates.addAll(feed.children(item, "issued"));
      } else {
        candidates.addAll(feed.children(item, "pubdate"));
      }
      candidates.addAll(Feed.moduleChildren(item, "date"));
      for (Element candidate : candidates) {
        String value = candidate.wholeText();
        var date = Dates.parse(value);
        if (date.isPresent()) {
          return date;
        }
        if (!value.isBlank()) {
          warnings.add("The item's date " + Warning.quote(value) + " cannot be read.");
        }
      }
      List<Element> updated = new ArrayList<>(feed.children(item, "updated"));
      updated.addAll(feed.children(item, "modified"));
      for (Element candidate : updated) {
        var date = Dates.parse(candidate.wholeText());
        if (date.isPresent()) {
          warnings.add("The entry has no publication date; its updated date "
              + Warning.quote(candidate.wholeText()) + " was used.");
          return date;
        }
      }
      return Optional.empty();
    }

    private List<String> body() {
      for (Element encoded : Feed.moduleChildren(item, "encoded")) {
        List<String> paragraphs = htmlOrText(encoded);
        if (!paragraphs.isEmpty()) {
          return paragraphs;
        }
      }
      if (feed.atom) {
        Element content = feed.child(item, "content");
        if (content != null && content.attr("src").isEmpty()) {
          List<String> paragraphs = construct(content);
          if (!paragraphs.isEmpty()) {
            return paragraphs;
          }
        }
        Element summary = feed.child(item, "summary");
        return summary == null ? new ArrayList<>() : construct(summary);
      }
      Element description = feed.child(item, "description");
      if (description == null) {
        // Broken markup can nest the description inside another element of the item.
        for (Element nested : item.getElementsByTag("description")) {
          description = nested;
          break;
        }
      }
      return description == null ? new ArrayList<>() : htmlOrText(description);
    }

    /** Read an Atom text construct by its type. */
    private static List<String> construct(Element element) {
      String type = element.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
      if (type.contains("xhtml")) {
        return HtmlBlocks.paragraphs(element);
      }
      if (type.contains("html")) {
        return htmlOrText(element);
      }
      return textParagraphs(element.wholeText());
    }
  }

  /**
   * Read an element that holds escaped HTML; a feed that left the HTML unescaped has it as child
   * elements, which are read as they are.
   */
  static List<String> htmlOrText(Element element) {
    if (element.childrenSize() > 0) {
      return HtmlBlocks.paragraphs(element);
    }
    return htmlOrText(element.wholeText());
  }

  /** Read HTML, or plain text split at blank lines when the value has no markup at all. */
  static List<String> htmlOrText(String value) {
    if (value.indexOf('<') < 0 && value.indexOf('&') < 0) {
      return textParagraphs(value);
    }
    return HtmlBlocks.paragraphs(value);
  }

  static List<String> textParagraphs(String value) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : value.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
      String paragraph = io.github.casefile.model.Paragraphs.normalize(block);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  private static boolean isHttp(String url) {
    String u = url.strip();
    return u.startsWith("http://") || u.startsWith("https://");
  }
}
