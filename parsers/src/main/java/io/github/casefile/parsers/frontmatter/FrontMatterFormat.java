package io.github.casefile.parsers.frontmatter;

import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.parsers.internal.Dates;
import io.github.casefile.parsers.internal.HtmlBlocks;
import io.github.casefile.parsers.internal.Warning;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads Markdown, text and HTML exports that open with metadata: a YAML front matter block between
 * {@code ---} lines (Jekyll, Hugo, Jigsaw, WordPress exports) or {@code Title:}/{@code Date:}
 * header lines (Pelican, MultiMarkdown). One article per file.
 *
 * <p>Metadata: {@code title} (or {@code post_title}, {@code headline}; HTML entities decoded) is
 * the headline; {@code date} (or {@code post_date}, {@code pubdate}, {@code published} when it is
 * not a flag) the date, read with {@link Dates}, and a value such as {@code 2020-09-11-21-22-34}
 * gives its day with a warning; {@code author}, {@code authors} (a string or a list) or {@code
 * byline} the authors, read with {@link Bylines} (a role such as "Staff Writer" names no one);
 * {@code canonical_url}, {@code canonical}, {@code url}, {@code permalink} or {@code link} the
 * canonical URL; {@code lang}, {@code language} or {@code locale} the language; {@code outlet},
 * {@code site_name}, {@code publisher} or {@code source} the outlet. Tags and other keys are read
 * and not kept.
 *
 * <p>Body: Markdown (see {@link MarkdownBlocks}) unless it is HTML (it holds {@code </p>}, {@code
 * <br>} or opens with a tag), which is read with {@link HtmlBlocks}; an HTML body's first {@code
 * <time>} dates the article, since an export's own date is when the copy was posted. Furniture the
 * exports add is dropped: a first heading that repeats the title, a "By …" line at the top (whose
 * names become the authors: the article's own byline wins over an export's author, often the
 * uploader), a closing "Write to … at …" contact
 * line (likewise), a title suffix " - Outlet" of Google News republications (which becomes the
 * outlet), and a short tail after a thematic break ({@code ---}) at the end, such as a
 * subscription appeal.
 */
public final class FrontMatterFormat implements SourceFormat {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final String NAME = "frontmatter";

  private static final String[] KNOWN_KEYS = {
      "title", "date", "author", "authors", "tags", "categories", "layout", "slug", "lang",
      "draft", "description", "summary", "permalink", "post_title", "post_date", "url", "image",
      "category", "published", "canonical_url", "extends", "section", "id"};
  private static final double MAX_TAIL_SHARE = 0.2;
  private static final int MAX_TAIL_CHARS = 2_000;

  /** Create the format; it holds no state. */
  public FrontMatterFormat() {
    // Stateless: ServiceLoader needs a public no-argument constructor.
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Markdown, text or HTML exports that open with YAML front matter (---) or with"
        + " Title:/Date: header lines";
  }

  @Override
  public int detect(SourceInput input) {
    String head = stripBom(input.headText());
    if (FrontMatter.opensYaml(head)) {
      return yamlScore(head);
    }
    int headers = FrontMatter.headerLineCount(head);
    if (headers >= 2) {
      return 80;
    }
    return headers == 1 && isMarkdownName(input.extension()) ? 50 : 0;
  }

  private static int yamlScore(String head) {
    int keys = 0;
    int known = 0;
    int pos = FrontMatter.next(head, FrontMatter.lineEnd(head, 0));
    while (pos < head.length()) {
      int end = FrontMatter.lineEnd(head, pos);
      String line = head.substring(pos, end);
      pos = FrontMatter.next(head, end);
      if ((line.startsWith("---") || line.startsWith("...")) && line.substring(3).isBlank()) {
        return keys == 0 ? 0 : known > 0 ? 92 : 70;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
        keys++;
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (String k : KNOWN_KEYS) {
          if (k.equals(key)) {
            known++;
            break;
          }
        }
      }
    }
    // Not closed within the head: still front matter if it reads as YAML keys.
    return known >= 2 ? 45 : 0;
  }

  private static boolean isMarkdownName(String extension) {
    return extension.equals("md") || extension.equals("markdown") || extension.equals("mdown")
        || extension.equals("mkd");
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    var decoded = input.decode(null);
    String text = stripBom(decoded.text());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    Optional<FrontMatter> found = FrontMatter.read(text);
    FrontMatter meta = found.orElse(null);
    int bodyStart = 0;
    if (meta == null) {
      warnings.add("The input has no front matter or header lines; it was read as Markdown.");
    } else {
      warnings.addAll(meta.warnings);
      bodyStart = meta.bodyStart;
    }
    input.checkDeadline("reading the front matter");
    Reading article = new Reading(warnings);
    if (meta != null) {
      article.metadata(meta);
    }
    article.body(text.substring(bodyStart));
    input.checkDeadline("reading the front-matter file's body");
    return List.of(article.draft());
  }

  /** The article being read: metadata first, then the body, which may correct it. */
  private static final class Reading {
    private final List<String> warnings;
    private Optional<String> headline = Optional.empty();
    private List<String> authors = new ArrayList<>();
    private Optional<PartialDateTime> published = Optional.empty();
    private Optional<String> canonicalUrl = Optional.empty();
    private Optional<String> language = Optional.empty();
    private Optional<String> outlet = Optional.empty();
    private List<String> paragraphs = new ArrayList<>();

    Reading(List<String> warnings) {
      this.warnings = warnings;
    }

    void metadata(FrontMatter meta) {
      headline = meta.first("title", "post_title", "headline")
          .map(t -> Parser.unescapeEntities(t, false));
      if (headline.isPresent() && isGoogleNewsCopy(meta)) {
        splitOutletSuffix();
      }
      meta.first("date", "post_date", "pubdate", "published", "created", "date_published")
          .filter(d -> !d.equalsIgnoreCase("true") && !d.equalsIgnoreCase("false"))
          .ifPresent(this::date);
      for (String byline : meta.all("authors", "author", "byline", "creator")) {
        for (String name : Bylines.split(Parser.unescapeEntities(byline, false))) {
          if (!authors.contains(name)) {
            authors.add(name);
          }
        }
      }
      for (String key : new String[] {"canonical_url", "canonical", "url", "permalink", "link"}) {
        Optional<String> url = meta.all(key).stream().map(u -> Parser.unescapeEntities(u, false))
            .map(String::strip).filter(FrontMatterFormat::isHttp).findFirst();
        if (url.isPresent()) {
          canonicalUrl = url;
          break;
        }
      }
      language = meta.first("lang", "language", "locale")
          .map(l -> Parser.unescapeEntities(l, false).replace('_', '-'));
      outlet = outlet.or(() -> meta.first("outlet", "site_name", "publisher", "source")
          .filter(o -> !isHttp(o)).map(o -> Parser.unescapeEntities(o, false)));
    }

    private void date(String value) {
      Optional<PartialDateTime> date = Dates.parse(value);
      if (date.isEmpty()) {
        date = Dates.leadingDay(value);
        if (date.isPresent()) {
          warnings.add("Only the day of the date " + Warning.quote(value) + " was read.");
        } else {
          warnings.add("The date " + Warning.quote(value) + " cannot be read.");
        }
      }
      published = date;
    }

    /**
     * Google News titles end in " - Outlet"; copies that link to news.google.com keep that suffix,
     * which is the outlet and not part of the headline.
     */
    private static boolean isGoogleNewsCopy(FrontMatter meta) {
      for (List<String> values : meta.values.values()) {
        for (String value : values) {
          if (value.contains("news.google.com/")) {
            return true;
          }
        }
      }
      return false;
    }

    private void splitOutletSuffix() {
      String title = headline.get();
      for (String separator : new String[] {" - ", " \u2013 ", " \u2014 ", " | "}) {
        int at = title.lastIndexOf(separator);
        if (at > 0) {
          String suffix = title.substring(at + separator.length()).strip();
          if (!suffix.isEmpty() && SPACES.split(suffix).length <= 6) {
            headline = Optional.of(title.substring(0, at).strip());
            outlet = Optional.of(suffix);
            return;
          }
        }
      }
    }

    void body(String body) {
      if (isHtml(body)) {
        htmlBody(body);
        return;
      }
      List<MarkdownBlocks.Block> blocks = dropTail(MarkdownBlocks.read(body));
      int first = 0;
      if (!blocks.isEmpty() && blocks.get(0).kind == MarkdownBlocks.Kind.HEADING
          && headline.map(h -> sameText(h, blocks.get(0).text)).orElse(false)) {
        first = 1;
      } else if (!blocks.isEmpty() && headline.isEmpty()
          && blocks.get(0).kind == MarkdownBlocks.Kind.HEADING) {
        headline = Optional.of(blocks.get(0).text);
        first = 1;
      }
      if (first < blocks.size() && blocks.get(first).kind == MarkdownBlocks.Kind.PARAGRAPH) {
        Optional<List<String>> byline = Bylines.bylineLine(blocks.get(first).raw);
        if (byline.isPresent()) {
          // The article's own byline wins over an export's author, often the uploader.
          authors = new ArrayList<>(byline.get());
          first++;
        }
      }
      for (int i = first; i < blocks.size(); i++) {
        if (blocks.get(i).kind != MarkdownBlocks.Kind.BREAK) {
          paragraphs.add(blocks.get(i).text);
        }
      }
      dropContactLine(blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1).raw);
    }

    /** Drop what follows the last thematic break when it is a short tail (a footer). */
    private static List<MarkdownBlocks.Block> dropTail(List<MarkdownBlocks.Block> blocks) {
      int total = 0;
      for (MarkdownBlocks.Block block : blocks) {
        total += block.text.length();
      }
      int tail = 0;
      int cut = -1;
      for (int i = blocks.size() - 1; i >= 0; i--) {
        MarkdownBlocks.Block block = blocks.get(i);
        if (block.kind == MarkdownBlocks.Kind.BREAK) {
          if (tail <= MAX_TAIL_CHARS && tail <= total * MAX_TAIL_SHARE) {
            cut = i;
          } else {
            break;
          }
        }
        tail += block.text.length();
      }
      return cut < 0 ? blocks : blocks.subList(0, cut);
    }

    private void htmlBody(String body) {
      Element root = Jsoup.parseBodyFragment(body).body();
      for (Element time : root.getElementsByTag("time")) {
        String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
        Optional<PartialDateTime> date = Dates.parse(value);
        if (date.isEmpty() && time.hasAttr("datetime")) {
          date = Dates.parse(time.text());
        }
        if (date.isPresent()) {
          published = date;
          break;
        }
      }
      paragraphs = HtmlBlocks.paragraphs(root);
      if (!paragraphs.isEmpty() && headline.map(h -> sameText(h, paragraphs.get(0)))
          .orElse(false)) {
        paragraphs.remove(0);
      }
      if (!paragraphs.isEmpty()) {
        Optional<List<String>> byline = Bylines.bylineLine(paragraphs.get(0));
        if (byline.isPresent()) {
          authors = new ArrayList<>(byline.get());
          paragraphs.remove(0);
        }
      }
      dropContactLine(paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1));
    }

    private void dropContactLine(String lastRaw) {
      if (paragraphs.isEmpty()) {
        return;
      }
      Optional<List<String>> contact = Bylines.contactLine(lastRaw);
      if (contact.isPresent()) {
        paragraphs.remove(paragraphs.size() - 1);
        if (authors.isEmpty()) {
          authors = new ArrayList<>(contact.get());
        }
      }
    }

    ArticleDraft draft() {
      return ArticleDraft.builder()
          .headline(headline)
          .authors(authors)
          .published(published)
          .canonicalUrl(canonicalUrl)
          .language(language)
          .outlet(outlet)
          .paragraphs(paragraphs)
          .warnings(warnings)
          .build();
    }
  }

  private static boolean sameText(String a, String b) {
    return Paragraphs.normalize(a).equalsIgnoreCase(Paragraphs.normalize(b));
  }

  /** An HTML body holds paragraph or break tags, or opens with a tag and closes a div. */
  static boolean isHtml(String body) {
    String lower = body.length() > 200_000 ? body.substring(0, 200_000) : body;
    lower = lower.toLowerCase(Locale.ROOT);
    if (lower.contains("</p>") || lower.contains("<br")) {
      return true;
    }
    String start = lower.stripLeading();
    return start.startsWith("<") && (lower.contains("</div>") || lower.contains("</article>"));
  }

  static boolean isHttp(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }
}
