package io.github.casefile.parsers.frontmatter;

import io.github.casefile.model.Article;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.parsers.internal.Carried;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an article as a Markdown file with YAML front matter or with Pelican header lines, for
 * round trips through {@link FrontMatterFormat}.
 *
 * <p>Variants (bits of {@code variant}): bit 0 writes header lines ({@code Title: …}) instead of
 * YAML; bit 1 single-quotes YAML values instead of double-quoting them; bit 2 lists authors as a
 * YAML block list instead of a flow list; bit 3 sprinkles Markdown without changing the text
 * (emphasis, an inline link, a reference link with its definition, an image paragraph and an HTML
 * comment); bit 4 repeats the headline as a {@code #} heading; bit 5 ends lines with CRLF; bit 6
 * wraps long paragraphs at spaces before letters; bit 7 uses other key names ({@code
 * canonical_url}, {@code site_name}, {@code language}).
 *
 * <p>Text is escaped so that it reads back unchanged: Markdown punctuation gets a backslash, a
 * paragraph that would open a block (a list marker, a heading) has its marker escaped, and one that
 * opens with "By " or a contact phrase ("Write to"), or that {@link
 * io.github.casefile.parsers.internal.Bylines} would read as a byline or contact line ("By: Kim"),
 * has its first letter written as an entity, so that it is not read as one. What the format cannot carry ({@link #carried}): warnings,
 * and names that {@link io.github.casefile.parsers.internal.Bylines} reads differently.
 */
public final class FrontMatterRenderer implements SourceRenderer {
  private static final Set<Carried.Field> FIELDS = Carried.all();
  private static final int WRAP = 72;

  /** Create the renderer; it holds no state. */
  public FrontMatterRenderer() {
    // Stateless.
  }

  @Override
  public String format() {
    return FrontMatterFormat.NAME;
  }

  @Override
  public byte[] render(Article article, long variant) {
    StringBuilder out = new StringBuilder(256 + article.text().length() * 2);
    if ((variant & 1) != 0) {
      headerLines(out, article, variant);
    } else {
      yaml(out, article, variant);
    }
    boolean sprinkle = (variant & 8) != 0;
    if ((variant & 16) != 0 && article.headline().isPresent()) {
      out.append("# ").append(escapeInline(article.headline().get())).append("\n\n");
    }
    List<String> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = escapeParagraph(paragraphs.get(i));
      if (sprinkle) {
        text = sprinkle(text, i);
        if (i == 0) {
          out.append("<!-- an editor's note that is not text -->\n\n");
        }
      }
      out.append((variant & 64) != 0 ? wrap(text) : text).append("\n\n");
      if (sprinkle && i == 0) {
        out.append("![A photo that is not text](https://example.org/photo.jpg)\n\n");
      }
    }
    if (sprinkle) {
      out.append("[ref]: https://example.org/reference \"A reference\"\n");
    }
    String result = out.toString();
    if ((variant & 32) != 0) {
      result = result.replace("\n", "\r\n");
    }
    return result.getBytes(StandardCharsets.UTF_8);
  }

  private static void yaml(StringBuilder out, Article article, long variant) {
    boolean single = (variant & 2) != 0;
    boolean other = (variant & 128) != 0;
    out.append("---\nlayout: post\n");
    article.headline().ifPresent(h -> out.append("title: ").append(quote(h, single)).append('\n'));
    article.published().ifPresent(p -> out.append("date: ").append(p).append('\n'));
    List<String> authors = article.authors();
    if (!authors.isEmpty()) {
      out.append("authors:");
      if ((variant & 4) != 0) {
        out.append('\n');
        for (String author : authors) {
          out.append("  - ").append(quote(author, single)).append('\n');
        }
      } else {
        out.append(" [");
        for (int i = 0; i < authors.size(); i++) {
          out.append(i == 0 ? "" : ", ").append(quote(author(authors, i), single));
        }
        out.append("]\n");
      }
    }
    out.append("tags: [news, \"north korea\"]\n");
    article.source().canonicalUrl().ifPresent(u -> out.append(other ? "canonical_url: " : "url: ")
        .append(quote(u, single)).append('\n'));
    article.source().outlet().ifPresent(o -> out.append(other ? "site_name: " : "outlet: ")
        .append(quote(o, single)).append('\n'));
    article.language().ifPresent(l -> out.append(other ? "language: " : "lang: ")
        .append(quote(l, single)).append('\n'));
    out.append("---\n\n");
  }

  private static String author(List<String> authors, int i) {
    return authors.get(i);
  }

  /** Metadata values are read with HTML entities decoded (exports carry them): escape '&'. */
  private static String entities(String value) {
    return value.replace("&", "&amp;");
  }

  private static void headerLines(StringBuilder out, Article article, long variant) {
    // Header lines need a title to be recognised; an article without one gets YAML instead.
    if (article.headline().isEmpty()) {
      yaml(out, article, variant);
      return;
    }
    out.append("Title: ").append(entities(article.headline().get())).append('\n');
    article.published().ifPresent(p -> out.append("Date: ").append(p).append('\n'));
    if (!article.authors().isEmpty()) {
      // One line per author, as Pelican's "Author" may repeat; a comma list could split a name.
      for (String author : article.authors()) {
        out.append("Author: ").append(entities(author)).append('\n');
      }
    }
    out.append("Category: News\n");
    article.source().canonicalUrl().ifPresent(u -> out.append("Url: ").append(entities(u))
        .append('\n'));
    article.source().outlet().ifPresent(o -> out.append("Outlet: ").append(entities(o))
        .append('\n'));
    article.language().ifPresent(l -> out.append("Lang: ").append(l).append('\n'));
    out.append('\n');
  }

  private static String quote(String raw, boolean single) {
    String value = entities(raw);
    if (single) {
      return "'" + value.replace("'", "''") + "'";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /** Escape Markdown punctuation that the inline reader would take as markup. */
  static String escapeInline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_~[]<>&!#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  static String escapeParagraph(String paragraph) {
    String text = escapeInline(paragraph);
    if (startsWithWord(paragraph, "by") || startsWithContact(paragraph)
        || Bylines.bylineLine(paragraph).isPresent()
        || Bylines.contactLine(paragraph).isPresent()) {
      // An entity for the first letter keeps a byline-like sentence from being read as one.
      text = "&#" + (int) text.charAt(0) + ";" + text.substring(1);
    }
    char first = text.charAt(0);
    if (first == '-' || first == '+' || first == '=' || first == '|') {
      return "\\" + text;
    }
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits)) && digits < 10) {
      digits++;
    }
    if (digits > 0 && digits < text.length()
        && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      return text.substring(0, digits) + "\\" + text.substring(digits);
    }
    return text;
  }

  private static boolean startsWithWord(String text, String word) {
    return text.length() > word.length() && text.substring(0, word.length())
        .equalsIgnoreCase(word) && Character.isWhitespace(text.charAt(word.length()));
  }

  private static boolean startsWithContact(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("write to") || lower.startsWith("contact")
        || lower.startsWith("email") || lower.startsWith("e-mail") || lower.startsWith("reach");
  }

  /** Mark up words made only of letters, so the text reads back the same. */
  private static String sprinkle(String text, int index) {
    String[] words = text.split(" ", -1);
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0) {
        out.append(' ');
      }
      if (i == 0 || !isLetters(word)) {
        out.append(word);
      } else if (i % 7 == 1) {
        out.append(index % 2 == 0 ? "*" : "__").append(word).append(index % 2 == 0 ? "*" : "__");
      } else if (i % 7 == 3) {
        out.append('[').append(word).append("](https://example.org/").append(i).append(')');
      } else if (i % 7 == 5) {
        out.append('[').append(word).append("][ref]");
      } else {
        out.append(word);
      }
    }
    return out.toString();
  }

  private static boolean isLetters(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Break lines at spaces, only before a letter, so no line opens a block. */
  private static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && i - lineStart >= WRAP && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))) {
        out.append('\n');
        lineStart = i + 1;
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
