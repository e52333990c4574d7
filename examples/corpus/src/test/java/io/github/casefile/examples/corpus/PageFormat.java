package io.github.casefile.examples.corpus;

import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-only stand-in for the HTML format, until the real one is merged: the {@code <h1>} is the
 * headline and every {@code <p>} without a class is a paragraph.
 */
public class PageFormat implements SourceFormat {
  // Linear: no nested quantifiers; [^<]* cannot overlap the closing tag.
  private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]*)</p>");
  private static final Pattern HEADLINE = Pattern.compile("<h1>([^<]*)</h1>");

  /** Create the format. */
  public PageFormat() {}

  @Override
  public String name() {
    return "test-html";
  }

  @Override
  public String description() {
    return "test stand-in: HTML pages";
  }

  @Override
  public int detect(SourceInput input) {
    return input.headText().contains("<html") ? 60 : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String html = input.decode(null).text();
    var draft = ArticleDraft.builder();
    Matcher headline = HEADLINE.matcher(html);
    if (headline.find()) {
      draft.headline(unescape(headline.group(1)));
    }
    Matcher p = PARAGRAPH.matcher(html);
    int count = 0;
    while (p.find()) {
      draft.addParagraph(unescape(p.group(1)));
      count++;
    }
    if (count == 0) {
      throw new MalformedInputException(input.name().orElse(null), "no paragraphs", null);
    }
    return List.of(draft.build());
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
