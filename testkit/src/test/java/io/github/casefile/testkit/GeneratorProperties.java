package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class GeneratorProperties {
  enum HardCase {
    OUTSIDE_BMP, RIGHT_TO_LEFT, APOSTROPHE_NAME, HYPHEN_NAME, PIPE_IN_TEXT, BY_IN_TEXT,
    PIPE_IN_HEADLINE, ONE_WORD_PARAGRAPH, LONG_PARAGRAPH, NO_ACTORS, NO_INCIDENTS, SOME_INCIDENTS,
    NO_HEADLINE, NO_PUBLISHED, NO_AUTHORS, OFFSET_PUBLISHED, INTERVAL_DATE, MARKUP_IN_TEXT
  }

  @Test
  void everySpanCoversWholeCodePointsOfTheText() {
    PropertyCheck.forAll("article spans keep surrogate pairs whole", ModelGenerators.articles(),
        article -> {
          String text = article.text();
          for (Span span : spans(article)) {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThat(splitsAPair(text, span.start())).as("start of %s", span).isFalse();
            assertThat(splitsAPair(text, span.end())).as("end of %s", span).isFalse();
          }
          article.incidents().forEach(i -> i.date().ifPresent(
              d -> assertThat(d.span().textOf(text)).isEqualTo(d.text())));
          assertThat(article.paragraphs()).allMatch(Paragraphs::isNormalized).isNotEmpty();
        });
  }

  @Test
  void articlesReachTheHardCases() {
    Set<HardCase> seen = ConcurrentHashMap.newKeySet();
    PropertyCheck.forAll("articles reach the hard cases", ModelGenerators.articles(),
        article -> seen.addAll(hardCases(article)));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(HardCase.class));
  }

  @Test
  void rawParagraphsNormaliseToTheirParagraph() {
    Set<String> whitespace = ConcurrentHashMap.newKeySet();
    PropertyCheck.forAll("raw paragraphs normalise back",
        TextGenerators.paragraphs().flatMap(p -> TextGenerators.rawParagraph(p)
            .map(raw -> List.of(p, raw))),
        pair -> {
          String raw = pair.get(1);
          assertThat(Paragraphs.normalize(raw)).isEqualTo(pair.get(0));
          assertThat(raw).doesNotContain("\n\n", "\r\n\r\n", "\n\r\n");
          for (String s : List.of("\u00A0", "\r\n", "\t", "\u3000")) {
            if (raw.contains(s)) {
              whitespace.add(s);
            }
          }
        });
    assertThat(whitespace).containsExactlyInAnyOrder("\u00A0", "\r\n", "\t", "\u3000");
  }

  @Test
  void generatedWordsHoldNoWhiteSpaceOrLoneSurrogates() {
    PropertyCheck.forAll("words are whole", TextGenerators.words(), word -> {
      assertThat(word).isNotEmpty();
      for (int i = 0; i < word.length(); i++) {
        assertThat(Paragraphs.isWhitespace(word.charAt(i))).isFalse();
      }
      assertThat(splitsAPair(word, 0)).isFalse();
      assertThat(Character.isHighSurrogate(word.charAt(word.length() - 1))).isFalse();
    });
  }

  static List<Span> spans(Article article) {
    List<Span> spans = new ArrayList<>();
    article.actors().forEach(a -> spans.addAll(a.mentions()));
    article.agencies().forEach(a -> spans.addAll(a.mentions()));
    article.legalInstruments().forEach(l -> {
      spans.addAll(l.mentions());
      l.provisions().forEach(p -> spans.add(p.span()));
      l.actions().forEach(a -> spans.add(a.span()));
    });
    article.incidents().forEach(i -> {
      spans.add(i.evidence());
      i.date().ifPresent(d -> spans.add(d.span()));
      i.location().ifPresent(l -> spans.add(l.span()));
    });
    return spans;
  }

  private static boolean splitsAPair(String text, int offset) {
    return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  private static Set<HardCase> hardCases(Article a) {
    Set<HardCase> cases = EnumSet.noneOf(HardCase.class);
    String text = a.text();
    String names = String.join(" ", a.authors()) + " " + text;
    if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      cases.add(HardCase.OUTSIDE_BMP);
    }
    if (text.chars().anyMatch(c -> Character.getDirectionality(c)
        == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
      cases.add(HardCase.RIGHT_TO_LEFT);
    }
    if (names.matches("(?s).*\\p{L}'\\p{L}.*")) {
      cases.add(HardCase.APOSTROPHE_NAME);
    }
    if (names.matches("(?s).*\\p{L}-\\p{L}.*")) {
      cases.add(HardCase.HYPHEN_NAME);
    }
    if (text.contains("|")) {
      cases.add(HardCase.PIPE_IN_TEXT);
    }
    if (text.contains("By ")) {
      cases.add(HardCase.BY_IN_TEXT);
    }
    if (text.contains("<") || text.contains("&")) {
      cases.add(HardCase.MARKUP_IN_TEXT);
    }
    if (a.headline().filter(h -> h.contains("|")).isPresent()) {
      cases.add(HardCase.PIPE_IN_HEADLINE);
    }
    if (a.paragraphs().stream().anyMatch(p -> p.indexOf(' ') < 0)) {
      cases.add(HardCase.ONE_WORD_PARAGRAPH);
    }
    if (a.paragraphs().stream().anyMatch(p -> p.split(" ").length >= 300)) {
      cases.add(HardCase.LONG_PARAGRAPH);
    }
    if (a.actors().isEmpty()) {
      cases.add(HardCase.NO_ACTORS);
    }
    cases.add(a.incidents().isEmpty() ? HardCase.NO_INCIDENTS : HardCase.SOME_INCIDENTS);
    if (a.headline().isEmpty()) {
      cases.add(HardCase.NO_HEADLINE);
    }
    if (a.published().isEmpty()) {
      cases.add(HardCase.NO_PUBLISHED);
    }
    if (a.published().flatMap(p -> p.offset()).isPresent()) {
      cases.add(HardCase.OFFSET_PUBLISHED);
    }
    if (a.authors().isEmpty()) {
      cases.add(HardCase.NO_AUTHORS);
    }
    if (a.incidents().stream().anyMatch(i -> i.date().flatMap(d -> d.value())
        .filter(v -> v.isInterval()).isPresent())) {
      cases.add(HardCase.INTERVAL_DATE);
    }
    return cases;
  }
}
