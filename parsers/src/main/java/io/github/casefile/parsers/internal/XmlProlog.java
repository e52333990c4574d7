package io.github.casefile.parsers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what comes before an XML document's root element: the encoding its declaration names, the
 * root element's name, and whether a DOCTYPE declares entities. Internal to the parsers module.
 */
public final class XmlProlog {
  private static final Pattern ENCODING = Pattern.compile(
      "^\\s*<\\?xml\\s[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final int MAX_SCAN = 64 * 1024;

  private XmlProlog() {}

  /**
   * Return the encoding the XML declaration names.
   *
   * @param head the start of the document
   * @return the encoding's name, or empty
   */
  public static Optional<String> encoding(String head) {
    Matcher m = ENCODING.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Return the name of the root element, lower-case, prefix included, skipping the declaration,
   * comments, processing instructions and a DOCTYPE with its internal subset.
   *
   * @param head the start of the document
   * @return such as {@code "rss"} or {@code "rdf:rdf"}, or empty if no element starts within the
   *     head or something other than markup comes first
   */
  public static Optional<String> rootName(String head) {
    int i = 0;
    int end = Math.min(head.length(), MAX_SCAN);
    while (i < end) {
      char c = head.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '<') {
        return Optional.empty();
      }
      if (head.startsWith("<?", i)) {
        i = after(head, "?>", i + 2, end);
      } else if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i + 4, end);
      } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        i = afterDoctype(head, i + 9, end);
      } else {
        int start = i + 1;
        int stop = start;
        while (stop < end && isNameChar(head.charAt(stop))) {
          stop++;
        }
        return stop > start
            ? Optional.of(head.substring(start, stop).toLowerCase(Locale.ROOT))
            : Optional.empty();
      }
      if (i < 0) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Tell whether a DOCTYPE before the root declares entities, which this module never expands.
   *
   * @param text the document
   * @return true if {@code <!ENTITY} appears before the root element
   */
  public static boolean declaresEntities(String text) {
    int doctype = indexOfIgnoreCase(text, "<!DOCTYPE", Math.min(text.length(), MAX_SCAN));
    return doctype >= 0 && text.indexOf("<!ENTITY", doctype) >= 0;
  }

  private static int indexOfIgnoreCase(String text, String needle, int end) {
    for (int i = 0; i + needle.length() <= end; i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int after(String text, String close, int from, int end) {
    int at = text.indexOf(close, from);
    return at < 0 || at >= end ? -1 : at + close.length();
  }

  /** Skip a DOCTYPE: up to the first {@code >} outside its {@code [...]} internal subset. */
  private static int afterDoctype(String text, int from, int end) {
    boolean subset = false;
    char quote = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        subset = true;
      } else if (c == ']') {
        subset = false;
      } else if (c == '>' && !subset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }
}
