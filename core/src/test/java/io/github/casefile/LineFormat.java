package io.github.casefile;

import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;

/**
 * A test format: input starting with "LINES" whose every further line is a paragraph; "SPLIT" on a
 * line starts another article. Its name can be chosen so tests can shadow it.
 */
class LineFormat implements SourceFormat {
  private final String name;
  private final int score;

  LineFormat(String name, int score) {
    this.name = name;
    this.score = score;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "test lines";
  }

  @Override
  public int detect(SourceInput input) {
    return input.headText().startsWith("LINES") ? score : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String[] lines = input.decode(null).text().split("\n");
    List<ArticleDraft> drafts = new ArrayList<>();
    io.github.casefile.spi.ImmutableArticleDraft.Builder draft = ArticleDraft.builder().headline(name);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].equals("SPLIT")) {
        drafts.add(draft.build());
        draft = ArticleDraft.builder().headline(name);
      } else {
        draft.addParagraph(lines[i]);
      }
    }
    drafts.add(draft.build());
    return drafts;
  }
}
