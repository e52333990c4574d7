package io.github.casefile.internal.extract;

import io.github.casefile.model.Edtf;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentDate;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.Victim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells when an article tells an incident again: a sentence it repeats word for word (a
 * headline, a standfirst, a caption the body restates), or a retelling whose victims are already
 * known ("the man was shot dead", "the officials were shot") that belongs to the lead's incident
 * or to one just before; and merges the two tellings into one record.
 */
final class Retellings {
  /** The sentences that open a story and state its main event. */
  private static final int LEAD_SENTENCES = 2;

  private final TextAnalysis a;

  Retellings(TextAnalysis a) {
    this.a = a;
  }

  /**
   * Whether an incident of this type already came from a sentence with the same words: a
   * headline or a standfirst that the body repeats.
   */
  boolean repeats(IncidentType type, int s) {
    List<Integer> same = told.get(wordsKey(type, s));
    if (same != null) {
      for (int earlier : same) {
        if (sameWords(earlier, s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Remember the sentence an incident's evidence starts with, so that a repeat of it is found
   * by one look-up rather than by comparing every earlier incident's sentence.
   */
  void remember(Incident x) {
    remember(x.type(), a.sentenceOf(tokenAt(x.evidence().start())));
  }

  /** {@link #remember(Incident)} for an incident of a type whose evidence starts sentence s. */
  void remember(IncidentType type, int s) {
    told.computeIfAbsent(wordsKey(type, s), k -> new ArrayList<>(1)).add(s);
  }

  /** Sentences incidents came from, by a hash of their type and words: see {@link #repeats}. */
  private final Map<Long, List<Integer>> told = new HashMap<>();

  /**
   * A hash of an incident type and the norms of a sentence's words (punctuation left out): the
   * polynomial hash of the type followed by the words, which is the type times the multiplier to
   * the number of words plus the hash of the words alone, so that a sentence is read once.
   */
  private long wordsKey(IncidentType type, int s) {
    if (wordsPower == null) {
      wordsHash = new long[a.sentenceCount];
      wordsPower = new long[a.sentenceCount];
    }
    if (wordsPower[s] == 0) { // a power of an odd multiplier is odd: 0 is "not read yet"
      long h = 0;
      long power = 1;
      for (int k = a.sentFirst[s]; k <= a.sentLast[s]; k++) {
        if (a.tokType[k] != TextAnalysis.PUNCT) {
          h = h * WORD_MULTIPLIER + a.tokId[k];
          power *= WORD_MULTIPLIER;
        }
      }
      wordsHash[s] = h;
      wordsPower[s] = power;
    }
    long h = (type.ordinal() + 1) * wordsPower[s] + wordsHash[s];
    return h ^ (h >>> 31);
  }

  private static final long WORD_MULTIPLIER = 0x9E3779B97F4A7C15L;
  /** Per sentence once read: the hash of its words alone, and the multiplier to their number. */
  private long[] wordsHash;
  private long[] wordsPower;

  /** Whether two sentences have the same words, punctuation left out. */
  private boolean sameWords(int s1, int s2) {
    int i = a.sentFirst[s1];
    int j = a.sentFirst[s2];
    while (true) {
      while (i <= a.sentLast[s1] && a.tokType[i] == TextAnalysis.PUNCT) {
        i++;
      }
      while (j <= a.sentLast[s2] && a.tokType[j] == TextAnalysis.PUNCT) {
        j++;
      }
      boolean end1 = i > a.sentLast[s1];
      boolean end2 = j > a.sentLast[s2];
      if (end1 || end2) {
        return end1 && end2;
      }
      if (a.tokId[i] != a.tokId[j]) {
        return false;
      }
      i++;
      j++;
    }
  }

  /** Return the first token starting at or after a character offset. */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = a.tokenCount - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.tokStart[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Return the index of the earlier incident that a new one with known victims ("the man was
   * shot dead", "the officials were shot") tells again: the last one of the same type whose date
   * does not differ, or -1.
   */
  int coreferent(List<Incident> incidents, Incident x, int s) {
    for (int j = incidents.size() - 1; j >= 0; j--) {
      Incident earlier = incidents.get(j);
      if (earlier.type() != x.type()) {
        continue;
      }
      // a news story tells its main event in the lead and again in the body; elsewhere only
      // the sentences just before can be what "the man" or "they" refer to
      int at = a.sentenceOf(tokenAt(earlier.evidence().start()));
      int end = a.sentenceOf(tokenAt(earlier.evidence().end() - 1));
      if (at >= LEAD_SENTENCES && end < s - 2) {
        continue;
      }
      Edtf d1 = dateOf(earlier);
      Edtf d2 = dateOf(x);
      Optional<Long> n1 = counted(earlier);
      Optional<Long> n2 = counted(x);
      boolean differ = d1 != null && d2 != null && !d1.equals(d2)
          || n1.isPresent() && n2.isPresent() && !n1.equals(n2);
      return differ ? -1 : j;
    }
    return -1;
  }

  static Edtf dateOf(Incident x) {
    return x.date().flatMap(IncidentDate::value).orElse(null);
  }

  /**
   * One incident from two tellings of it: the one that says more (date, count, place, who did
   * it) keeps its evidence, the later on a tie, and takes what only the other says.
   */
  static Incident merged(Incident earlier, Incident later) {
    Incident base = detail(earlier) > detail(later) ? earlier : later;
    Incident other = base == earlier ? later : earlier;
    io.github.casefile.model.ImmutableIncident.Builder b = Incident.builder().from(base)
        .id(earlier.id());
    if (dateOf(base) == null && dateOf(other) != null) {
      b.date(other.date());
    }
    if (base.location().isEmpty() && other.location().isPresent()) {
      b.location(other.location());
    }
    if (base.perpetrators().isEmpty()) {
      b.perpetrators(other.perpetrators());
    }
    Optional<Long> count = counted(base);
    if (count.isEmpty() && counted(other).isPresent()) {
      List<Victim> victims = new ArrayList<>();
      if (base.victims().isEmpty()) {
        victims.addAll(other.victims());
      } else {
        victims.add(Victim.builder().from(base.victims().get(0)).count(counted(other)).build());
        victims.addAll(base.victims().subList(1, base.victims().size()));
      }
      b.victims(victims);
    }
    return b.specific(base.specific() || other.specific()).build();
  }

  /** Whether an incident names no victim, perpetrator, date or place. */
  static boolean bare(Incident x) {
    return x.victims().isEmpty() && x.perpetrators().isEmpty() && x.location().isEmpty()
        && dateOf(x) == null;
  }

  static Optional<Long> counted(Incident x) {
    return x.victims().isEmpty() ? Optional.empty() : x.victims().get(0).count();
  }

  private static int detail(Incident x) {
    // a dated telling is the event's own account; the lead that announces it rarely is
    return (dateOf(x) != null ? 2 : 0) + (counted(x).isPresent() ? 1 : 0)
        + (x.location().isPresent() ? 1 : 0) + (x.perpetrators().isEmpty() ? 0 : 1);
  }
}
