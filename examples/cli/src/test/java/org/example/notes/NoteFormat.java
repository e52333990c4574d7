package org.example.notes;

import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.ImmutableArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only source format, registered through META-INF/services in the test resources and kept
 * outside Casefile's packages so that it counts as a third-party format. Input starts with a
 * {@code NOTE} line; the next line is the headline, further lines are paragraphs; a {@code ---}
 * line starts another article; a {@code BROKEN} line makes the input unreadable.
 */
public final class NoteFormat implements SourceFormat {
  @Override
  public String name() {
    return "note";
  }

  @Override
  public String description() {
    return "test notes: a NOTE line, a headline, paragraphs";
  }

  @Override
  public int detect(SourceInput input) {
    return input.headText().startsWith("NOTE") ? 90 : 0;
  }

  @Override
  public List<ArticleDraft> parse(SourceInput input) {
    String[] lines = input.decode(null).text().split("\r?\n");
    List<ArticleDraft> drafts = new ArrayList<>();
    ImmutableArticleDraft.Builder draft = null;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("BROKEN")) {
        throw new MalformedInputException(input.name().orElse(null),
            "the note is broken at line " + (i + 1), null);
      }
      if (line.equals("---")) {
        if (draft != null) {
          drafts.add(draft.build());
        }
        draft = null;
      } else if (draft == null) {
        draft = ArticleDraft.builder().headline(line);
      } else {
        draft.addParagraph(line);
      }
    }
    if (draft != null) {
      drafts.add(draft.build());
    }
    return drafts;
  }
}
