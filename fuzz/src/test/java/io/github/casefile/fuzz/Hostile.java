package io.github.casefile.fuzz;

/** Generates hostile documents in memory, so no large file is stored in the repository. */
final class Hostile {
  private Hostile() {}

  /** Return {@code text} nested {@code depth} levels deep in the format's own body markup. */
  static String nested(Formats format, int depth, String text) {
    if (format.markupBody()) {
      return "<div>".repeat(depth) + "<p>" + text + "</p>" + "</div>".repeat(depth);
    }
    if (format == Formats.FRONTMATTER) {
      // "> > >" nests block quotes and "- - -" nests lists, each level one more marker.
      return "> ".repeat(depth) + text + "\n\n" + "- ".repeat(depth) + text + "\n";
    }
    return "(".repeat(depth) + text + ")".repeat(depth) + "\n";
  }

  /** Return a JSON document nested {@code depth} arrays deep around a post. */
  static String deepJson(int depth) {
    return "[".repeat(depth) + "{\"content\": {\"rendered\": \"<p>Text.</p>\"}}"
        + "]".repeat(depth);
  }

  /** Return a JSON post whose content nests objects {@code depth} deep in an extra field. */
  static String deepJsonField(int depth) {
    return "{\"content\": {\"rendered\": \"<p>Police arrested eight defectors.</p>\"},"
        + " \"meta\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}";
  }

  /** Return an RSS feed whose item nests unknown elements {@code depth} deep. */
  static String deepFeed(int depth) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>T</title>"
        + "<description>&lt;p&gt;Police arrested eight defectors.&lt;/p&gt;</description>"
        + "<x>".repeat(depth) + "y" + "</x>".repeat(depth) + "</item></channel></rss>";
  }
}
