package io.github.casefile.parsers.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hand-written inputs of every built-in format, shared by the format tests, the contract tests and
 * the detection matrix so that each fixture is written once.
 */
public final class Samples {
  /** A paragraph of the WordPress page. */
  public static final String WP_P1 = "Police in Dandong arrested eight defectors last month, a"
      + " source"
      + " said, adding that the group had been hiding in a safe house near the border for weeks.";
  /** Another paragraph of the WordPress page. */
  public static final String WP_P2 = "Activists say the raids have grown since the start of the "
      + "year, with informants paid for every tip they give to the police, and more arrests.";
  /** An RSS 2.0 feed of two items. */
  public static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n"
      + "<title>Example NK</title><link>https://example.org/</link><language>en</language>\n"
      + "<item><title>Tactics &amp; defectors</title>"
      + "<link>https://example.org/tactics/</link>"
      + "<dc:creator><![CDATA[Kim Ga Young]]></dc:creator>"
      + "<pubDate>Fri, 27 Oct 2017 14:52:00 +0900</pubDate>"
      + "<description><![CDATA[<p>A summary.</p>]]></description>"
      + "<content:encoded><![CDATA[<p>First &nbsp;paragraph.</p><figure><img src=x>"
      + "<figcaption>Caption</figcaption></figure><p>Second.</p>]]></content:encoded></item>\n"
      + "<item><title>Second item</title><guid>https://example.org/second/</guid>"
      + "<author>lee@example.org (Lee Sang Yong)</author>"
      + "<description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item>\n"
      + "</channel></rss>";
  /** An Atom feed of one entry. */
  public static final String ATOM = "<?xml version=\"1.0\"?>\n"
      + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ko\"><title>Example</title>"
      + "<author><name>Anne Feedwriter</name></author>"
      + "<entry><title type=\"html\">&lt;b&gt;Bold&lt;/b&gt; title</title>"
      + "<link rel=\"edit\" href=\"https://example.org/edit\"/>"
      + "<link href=\"https://example.org/entry\"/>"
      + "<updated>2017-10-27T05:52:00Z</updated>"
      + "<summary>A summary.</summary>"
      + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>One.</p>"
      + "<p>Two &amp; three.</p></div></content></entry></feed>";
  /** A WordPress REST API post. */
  public static final String WP_POST = "{\"id\": 5211, \"date\": \"2017-10-27T14:52:00\","
      + " \"date_gmt\": \"2017-10-27T05:52:00\", \"link\": \"https://example.org/tactics/\","
      + " \"title\": {\"rendered\": \"Authorities&#8217; tactics &amp; defectors\"},"
      + " \"content\": {\"rendered\": \"<p>First paragraph.</p>\\n<figure><img src=x>"
      + "<figcaption>A caption</figcaption></figure>\\n<p>Second <em>paragraph</em>.</p>\","
      + " \"protected\": false},"
      + " \"_embedded\": {\"author\": [{\"id\": 3, \"name\": \"Kim Ga Young\"},"
      + " {\"id\": 4, \"name\": \"Lee Sang Yong, Staff Reporter\"}]},"
      + " \"yoast_head_json\": {\"og_site_name\": \"Example NK\", \"og_locale\": \"en_US\"}}";
  /** A WordPress theme's page. */
  public static final String WP_PAGE = "<!DOCTYPE html><html lang=\"en-US\"><head>"
      + "<title>Eight defectors arrested &#8211; Daily NK</title>"
      + "<meta name=\"generator\" content=\"WordPress 4.8.2\">"
      + "<link rel=\"stylesheet\" href=\"https://example.org/wp-content/themes/x/style.css\">"
      + "</head><body class=\"post-template-default single single-post\">"
      + "<div id=\"page\" class=\"site\"><header class=\"site-header\">Daily NK</header>"
      + "<div id=\"content\" class=\"site-content\"><article class=\"post type-post\">"
      + "<header class=\"entry-header\"><h1 class=\"entry-title\">Eight defectors arrested</h1>"
      + "<div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date "
      + "published\" datetime=\"2017-10-27T14:52:00+09:00\">October 27, 2017</time>"
      + "<time class=\"updated\" datetime=\"2017-10-28T09:00:00+09:00\">October 28</time>"
      + "</span><span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" "
      + "href=\"/author/kim\">Kim Ga Young</a></span></span></div></header>"
      + "<div class=\"entry-content\"><p>" + WP_P1 + "</p><div class=\"sharedaddy sd-sharing\">"
      + "<a href=\"#\">Share this</a></div><p>" + WP_P2 + "</p></div></article>"
      + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"entry-title\">A reply</h2>"
      + "<p>First comment, which is long enough to be mistaken for text by a careless reader."
      + "</p></div></div></div></body></html>";
  /** A Markdown file with YAML front matter and most Markdown constructs. */
  public static final String FRONT_MATTER = "---\n"
        + "title: \"Defectors \\\"caught\\\" at the border\"\n"
        + "date: 2017-10-27 14:52\n"
        + "authors:\n  - Kim Ga Young\n  - 'Lee Sang Yong'\n"
        + "tags: [north korea, \"china, border\"]\n"
        + "canonical_url: https://example.org/caught\n"
        + "lang: en_GB\n"
        + "---\n\n"
        + "# Defectors \"caught\" at the border\n\n"
        + "The *first* paragraph with a [link](https://example.org) and\n"
        + "a line that continues it.\n\n"
        + "![A photo](photo.jpg)\n\n"
        + "> A quoted\n> sentence.\n\n"
        + "- An item\n- Another [reference][r]\n\n"
        + "```\ncode stays\n```\n\n"
        + "<!-- a comment -->\n"
        + "## A subheading\n\n"
        + "[r]: https://example.org/r\n";
  /** A Markdown file with Pelican header lines. */
  public static final String PELICAN = "Title: Raids on safe houses\nDate: 2017-10-27\n"
      + "Authors: Kim Ga Young, Lee Sang Yong\nCategory: News\n\nFirst.\n\nSecond.\n";
  /** A generic news page with JSON-LD, a byline and furniture. */
  public static final String HTML_PAGE = "<!DOCTYPE html><html lang=\"en\"><head>"
      + "<title>Eight defectors arrested | Example News</title>"
      + "<link rel=\"canonical\" href=\"https://example.org/news/arrests\">"
      + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      + "\"@type\":\"NewsArticle\",\"headline\":\"Eight defectors arrested\","
      + "\"author\":[{\"@type\":\"Person\",\"name\":\"Kim Ga Young\"}],"
      + "\"datePublished\":\"2017-10-27T14:52:00+09:00\"}</script></head><body>"
      + "<header><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav></header>"
      + "<article><h1>Eight defectors arrested</h1><div class=\"byline\">By Kim Ga Young</div>"
      + "<p>" + WP_P1 + "</p><p>" + WP_P2 + "</p></article>"
      + "<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>";

  private Samples() {}

  /**
   * Return the UTF-8 bytes of a sample.
   *
   * @param sample the sample's text
   * @return its bytes
   */
  public static byte[] bytes(String sample) {
    return sample.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Return the UTF-8 bytes of samples.
   *
   * @param samples the samples' texts
   * @return their bytes
   */
  public static List<byte[]> list(String... samples) {
    return java.util.Arrays.stream(samples).map(Samples::bytes).toList();
  }
}
