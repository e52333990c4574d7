package io.github.casefile.internal;

import io.github.casefile.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Computes article ids: {@code article:} and the first 16 hex digits of a SHA-256 over the canonical
 * URL when the page declares one, else over the headline, published value and text. Never over a
 * file path, so the id is the same on every machine.
 */
public final class ArticleIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final byte[] SEPARATOR =
      Article.PARAGRAPH_SEPARATOR.getBytes(StandardCharsets.UTF_8);

  private ArticleIds() {}

  /**
   * Return the id of an article.
   *
   * @param canonicalUrl the declared canonical URL, or null
   * @param headline the headline, or null
   * @param published the published value's ISO form, or null
   * @param text the article text
   * @return the id
   */
  public static String of(String canonicalUrl, String headline, String published, String text) {
    return of(canonicalUrl, headline, published, List.of(text));
  }

  /**
   * Return the id of an article from its paragraphs, the same as {@link #of(String, String,
   * String, String)} over their text ({@link Article#PARAGRAPH_SEPARATOR} between them), without
   * joining the text and encoding it as one string.
   *
   * @param canonicalUrl the declared canonical URL, or null
   * @param headline the headline, or null
   * @param published the published value's ISO form, or null
   * @param paragraphs the article's paragraphs
   * @return the id
   */
  public static String of(String canonicalUrl, String headline, String published,
      List<String> paragraphs) {
    MessageDigest sha256 = sha256();
    if (canonicalUrl != null) {
      update(sha256, canonicalUrl);
    } else {
      // Encoding the parts one by one gives the bytes of their concatenation: a line end stands
      // between any two, so no surrogate pair is split.
      update(sha256, (headline == null ? "" : headline) + "\n"
          + (published == null ? "" : published) + "\n");
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i > 0) {
          sha256.update(SEPARATOR);
        }
        update(sha256, paragraphs.get(i));
      }
    }
    return hex(sha256.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] digest) {
    StringBuilder id = new StringBuilder("article:");
    for (int i = 0; i < 8; i++) {
      id.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
    }
    return id.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
