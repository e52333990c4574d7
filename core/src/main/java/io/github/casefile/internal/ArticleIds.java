package io.github.casefile.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes article ids: {@code article:} and the first 16 hex digits of a SHA-256 over the canonical
 * URL when the page declares one, else over the headline, published value and text. Never over a
 * file path, so the id is the same on every machine.
 */
public final class ArticleIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

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
    String basis = canonicalUrl != null
        ? canonicalUrl
        : (headline == null ? "" : headline) + "\n" + (published == null ? "" : published) + "\n"
            + text;
    byte[] digest = sha256().digest(basis.getBytes(StandardCharsets.UTF_8));
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
