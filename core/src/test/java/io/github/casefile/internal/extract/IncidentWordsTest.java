package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.internal.extract.EntityFinder.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentWordsTest {
  /** Words of every set, in the base vocabulary ("the", "were") and outside it ("soldier"). */
  private static final String TEXT = "The soldier and his mother were getting arrested by guards"
      + " at the detention centre near Hyesan, inspectors said; 200,000 people, 3 percent, US$ 260,"
      + " for prisoners and inmates who happened to be held. Zyzzyva quuxley whom she believed"
      + " repeatedly. They described the captives, individuals and students; he died.";

  private static final Map<Long, WordSet> SETS = Map.ofEntries(
      Map.entry(IncidentWords.CONFINING_VERBS, IncidentFinder.CONFINING_VERBS),
      Map.entry(IncidentWords.DONE_TO, IncidentFinder.DONE_TO),
      Map.entry(IncidentWords.SPEECH, IncidentFinder.SPEECH),
      Map.entry(IncidentWords.BELIEVED, IncidentFinder.BELIEVED),
      Map.entry(IncidentWords.HOLDING, IncidentFinder.HOLDING),
      Map.entry(IncidentWords.SENDING, IncidentFinder.SENDING),
      Map.entry(IncidentWords.HAPPENING, IncidentFinder.HAPPENING),
      Map.entry(IncidentWords.RETURNING, IncidentFinder.RETURNING),
      Map.entry(IncidentWords.CAPTIVES, IncidentFinder.CAPTIVES),
      Map.entry(IncidentWords.TIME_NOUNS, IncidentFinder.TIME_NOUNS),
      Map.entry(IncidentWords.ANAPHORS, IncidentFinder.ANAPHORS),
      Map.entry(IncidentWords.NORM_VERBS, IncidentFinder.NORM_VERBS),
      Map.entry(IncidentWords.PLACE_PREPOSITIONS, IncidentFinder.PLACE_PREPOSITIONS),
      Map.entry(IncidentWords.DESCRIBING, IncidentFinder.DESCRIBING),
      Map.entry(IncidentWords.PLACE_NOUNS, IncidentFinder.PLACE_NOUNS),
      Map.entry(IncidentWords.PHRASE_STOPS, Victims.PHRASE_STOPS),
      Map.entry(IncidentWords.PASSIVE, Victims.PASSIVE),
      Map.entry(IncidentWords.UNITS, Victims.UNITS),
      Map.entry(IncidentWords.IRREGULAR_PAST, Victims.IRREGULAR_PAST),
      Map.entry(IncidentWords.PERSONAL_PRONOUNS, Victims.PERSONAL_PRONOUNS),
      Map.entry(IncidentWords.SELF_VERBS, Victims.SELF_VERBS),
      Map.entry(IncidentWords.PERSON_NOUNS, Victims.PERSON_NOUNS),
      Map.entry(IncidentWords.AFTER_OBJECT, Victims.AFTER_OBJECT),
      Map.entry(IncidentWords.DEFINITE, Victims.DEFINITE),
      Map.entry(IncidentWords.SINGULAR_DETERMINERS, Victims.SINGULAR_DETERMINERS),
      Map.entry(IncidentWords.MEASURES, Victims.MEASURES),
      Map.entry(IncidentWords.CURRENCIES, Victims.CURRENCIES),
      Map.entry(IncidentWords.VICTIM_NOUNS, Victims.VICTIM_NOUNS),
      Map.entry(IncidentWords.POSSESSIVES, RelativeActors.POSSESSIVES),
      Map.entry(IncidentWords.PLURAL_RELATIVES, RelativeActors.PLURAL_RELATIVES),
      Map.entry(IncidentWords.UNCONFIRMING, IncidentFinder.UNCONFIRMING),
      Map.entry(IncidentWords.SOURCE_VERBS, IncidentFinder.SOURCE_VERBS),
      Map.entry(IncidentWords.REFERRING_PRONOUNS, IncidentFinder.REFERRING_PRONOUNS),
      Map.entry(IncidentWords.OBJECT_WORDS, IncidentFinder.OBJECT_WORDS));

  @Test
  void answersEveryTokenAsTheSetOfTheSameNameDoes() {
    assertThat(SETS.keySet().stream().mapToLong(Long::longValue).reduce(0, (x, y) -> x | y))
        .isEqualTo((1L << SETS.size()) - 1); // one bit each, none shared
    for (Vocabulary v : new Vocabulary[] {Vocabulary.BASE, Knowledge.defaults().vocabulary}) {
      TextAnalysis a = TextAnalysis.of(TEXT, Work.unbounded(), v);
      IncidentWords words = new IncidentWords(a);
      int hits = 0;
      int outsideBase = 0;
      for (int k = 0; k < a.tokenCount; k++) {
        for (Map.Entry<Long, WordSet> e : SETS.entrySet()) {
          boolean expected = e.getValue().words().contains(a.tokNorm[k]);
          assertThat(words.has(k, e.getKey())).as("'%s' in %s", a.tokNorm[k], e.getValue())
              .isEqualTo(expected);
          hits += expected ? 1 : 0;
          outsideBase += expected && a.tokId[k] >= Vocabulary.BASE.size ? 1 : 0;
        }
      }
      assertThat(hits).isGreaterThan(40);
      assertThat(outsideBase).isGreaterThan(10); // "soldier", "getting", "percent", "inmates"...
    }
  }

  @Test
  void mentionStartsFindTheFirstMentionAtEachToken() {
    List<Mention> here = new ArrayList<>();
    here.add(new Mention(3, 5, null, List.of(), null));
    here.add(new Mention(3, 4, null, List.of(), null));
    here.add(new Mention(7, 9, null, List.of(), null));
    MentionStarts starts = new MentionStarts();
    starts.of(here);
    assertThat(starts.sorted()).isTrue();
    assertThat(starts.first(2)).isEqualTo(-1);
    assertThat(starts.first(3)).isEqualTo(0);
    assertThat(starts.first(4)).isEqualTo(-1);
    assertThat(starts.first(7)).isEqualTo(2);
    assertThat(starts.first(8)).isEqualTo(-1);
    List<Mention> unsorted = List.of(here.get(2), here.get(0));
    starts.of(unsorted);
    assertThat(starts.sorted()).isFalse();
    starts.of(List.of());
    assertThat(starts.first(3)).isEqualTo(-1);
  }
}
