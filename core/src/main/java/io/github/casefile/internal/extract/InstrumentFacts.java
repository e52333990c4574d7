package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.DateFinder.TimeExpr;
import io.github.casefile.internal.extract.EntityFinder.Mention;
import io.github.casefile.internal.extract.Records.AgencyRec;
import io.github.casefile.internal.extract.Records.InstrumentRec;
import io.github.casefile.model.Edtf;
import io.github.casefile.model.Provision;
import io.github.casefile.model.Span;
import io.github.casefile.model.StateAction;
import io.github.casefile.model.StateActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches to legal instruments the provisions the text cites ("Article 3", "Articles 31, 32 and
 * 33", each with the span of its citation) and the actions it states a state took ("China ratified
 * the Convention against Torture on October 4, 1988"), with their dates.
 */
final class InstrumentFacts {
  static final Map<String, StateActionType> VERBS = Map.ofEntries(
      Map.entry("signed", StateActionType.SIGNED), Map.entry("signs", StateActionType.SIGNED),
      Map.entry("ratified", StateActionType.RATIFIED),
      Map.entry("ratifies", StateActionType.RATIFIED),
      Map.entry("ratification", StateActionType.RATIFIED),
      Map.entry("acceded", StateActionType.ACCEDED), Map.entry("accession", StateActionType.ACCEDED),
      Map.entry("adopted", StateActionType.ADOPTED), Map.entry("enacted", StateActionType.ADOPTED),
      Map.entry("passed", StateActionType.ADOPTED), Map.entry("invoked", StateActionType.INVOKED),
      Map.entry("invoking", StateActionType.INVOKED),
      Map.entry("violated", StateActionType.VIOLATED),
      Map.entry("violates", StateActionType.VIOLATED),
      Map.entry("violating", StateActionType.VIOLATED),
      Map.entry("violation", StateActionType.VIOLATED),
      Map.entry("breach", StateActionType.VIOLATED),
      Map.entry("instituted", StateActionType.ADOPTED),
      Map.entry("issued", StateActionType.ADOPTED),
      Map.entry("implemented", StateActionType.INVOKED),
      Map.entry("enforced", StateActionType.INVOKED),
      Map.entry("accordance", StateActionType.INVOKED),
      Map.entry("obligations", StateActionType.VIOLATED));
  /** Subjects that mean the state the article is about: "the regime instituted …". */
  private static final java.util.Set<String> STATE_SUBJECTS = java.util.Set.of(
      "regime", "government", "authorities", "leadership", "state", "guards", "troops",
      "soldiers", "police", "military", "army");
  private static final int WINDOW = 40;

  private final TextAnalysis a;
  private final List<Mention> mentions;
  private final List<TimeExpr> dates;

  InstrumentFacts(TextAnalysis a, List<Mention> mentions, List<TimeExpr> dates) {
    this.a = a;
    this.mentions = mentions;
    this.dates = dates;
  }

  void run() {
    // the mentions and dates that start in each sentence, in two lists used again for every
    // sentence (most sentences hold none)
    List<Mention> here = new ArrayList<>();
    List<TimeExpr> when = new ArrayList<>();
    BySentence<Mention> sentenceMentions = new BySentence<>(mentions);
    BySentence<TimeExpr> sentenceDates = new BySentence<>(dates);
    InstrumentRec lastSeen = null;
    int lastSeenSentence = -10;
    for (int s = 0; s < a.sentenceCount; s++) {
      int first = a.sentFirst[s];
      int limit = a.sentLast[s] + 1;
      sentenceMentions.advance(first, limit);
      sentenceMentions.fill(here);
      sentenceDates.advance(first, limit);
      sentenceDates.fill(when);
      InstrumentRec inSentence = null;
      for (int k = 0; k < here.size(); k++) {
        Mention x = here.get(k);
        if (x.rec instanceof InstrumentRec) {
          inSentence = (InstrumentRec) x.rec;
          break;
        }
      }
      InstrumentRec context = inSentence != null ? inSentence
          : s - lastSeenSentence <= 2 ? lastSeen : null;
      provisions(first, limit, here, context);
      actions(first, limit, here, when);
      for (int k = 0; k < here.size(); k++) {
        Mention x = here.get(k);
        if (x.rec instanceof InstrumentRec) {
          lastSeen = (InstrumentRec) x.rec;
          lastSeenSentence = s;
        }
      }
    }
  }

  private void provisions(int first, int limit, List<Mention> here, InstrumentRec context) {
    for (int i = next(Lexicon.ARTICLE, first, limit); i < limit;
        i = next(Lexicon.ARTICLE, i + 1, limit)) {
      a.work.step();
      int j = i + 1;
      if (a.is(j, ".")) {
        j++;
      }
      List<int[]> cited = new ArrayList<>();
      int k = j;
      while (k < limit && k < i + WINDOW && a.tokType[k] == TextAnalysis.NUMBER
          && a.tokNorm[k].length() <= 4 && a.tokNorm[k].indexOf('.') < 0) {
        cited.add(new int[] {cited.isEmpty() ? i : k, k});
        k++;
        if (a.is(k, "(") && k + 2 < limit && a.is(k + 2, ")")) {
          k += 3; // Article 9(1)
        }
        if (k + 1 < limit && (a.is(k, ",") || a.is(k, "and") || a.is(k, "or"))
            && a.tokType[k + 1] == TextAnalysis.NUMBER) {
          k++;
        } else if (k + 2 < limit && a.is(k, ",") && a.is(k + 1, "and")
            && a.tokType[k + 2] == TextAnalysis.NUMBER) {
          k += 2;
        } else {
          break;
        }
      }
      if (cited.isEmpty()) {
        continue;
      }
      InstrumentRec target = null;
      if (k < limit && a.is(k, "of")) {
        for (Mention x : here) {
          if (x.rec instanceof InstrumentRec && x.start > k && x.start <= k + 4) {
            target = (InstrumentRec) x.rec;
          }
        }
        if (target == null && (a.is(k + 1, "that") || a.is(k + 1, "this") || a.is(k + 1, "the")
            || a.is(k + 1, "said"))) {
          target = context;
        }
      }
      if (target == null) {
        target = context;
      }
      if (target == null) {
        continue;
      }
      for (int[] c : cited) {
        String label = "Article " + a.tokNorm[c[1]];
        Provision p = Provision.of(label, Span.of(a.tokStart[c[0]], a.tokEnd[c[1]]));
        target.provision(p);
      }
      i = k - 1;
    }
  }

  private void actions(int first, int limit, List<Mention> here, List<TimeExpr> when) {
    for (int i = next(Lexicon.ACTION, first, limit); i < limit;
        i = next(Lexicon.ACTION, i + 1, limit)) {
      a.work.step();
      StateActionType type = VERBS.get(a.tokNorm[i]);
      if (type == null) {
        continue;
      }
      if ((a.is(i, "breach") || a.is(i, "violation")) && !(a.is(i - 1, "in") || a.is(i + 1,
          "of"))) {
        continue;
      }
      if (a.is(i, "accordance") && !(a.is(i - 1, "in") && a.is(i + 1, "with"))
          || a.is(i, "obligations") && !despite(i, first)) {
        continue;
      }
      if (negated(i, first)) {
        continue;
      }
      InstrumentRec instrument = null;
      int instrumentEnd = i + 1;
      int instrumentStart = i + 1;
      boolean inside = false;
      List<InstrumentRec> also = new ArrayList<>();
      for (Mention x : here) {
        if (x.rec instanceof InstrumentRec && x.start < i && x.end > i) {
          // "a law passed in February": the verb and its date are part of the description
          instrument = (InstrumentRec) x.rec;
          instrumentEnd = x.end;
          instrumentStart = x.start;
          inside = true;
          break;
        }
        if (x.rec instanceof InstrumentRec && instrument != null && x.start - instrumentEnd <= 2
            && coordinated(instrumentEnd, x.start)) {
          also.add((InstrumentRec) x.rec); // "ratified X and Y"
          instrumentEnd = x.end;
        } else if (instrument != null) {
          break;
        }
        if (x.rec instanceof InstrumentRec && instrument == null && x.start > i
            && x.start - i <= 25) {
          instrument = (InstrumentRec) x.rec;
          instrumentEnd = x.end;
          instrumentStart = x.start;
        }
      }
      if (instrument == null) {
        for (int k = here.size() - 1; k >= 0; k--) {
          Mention x = here.get(k);
          if (x.rec instanceof InstrumentRec && x.end <= i && i - x.end <= 12) {
            instrument = (InstrumentRec) x.rec;
            break;
          }
        }
      }
      if (instrument == null) {
        continue;
      }
      List<String> states = new ArrayList<>();
      int stateStart = i;
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention x = here.get(k);
        if (x.end <= i && i - x.end <= 12 && countryOf(x) != null
            && (x.isPlace() && x.placeId == null || x.rec instanceof AgencyRec)) {
          states.add(countryOf(x));
          stateStart = x.start;
          break;
        }
      }
      if (states.isEmpty() && type != StateActionType.VIOLATED && a.is(i - 1, "agreement")
          || states.isEmpty() && instrument.parties.size() > 1) {
        states.addAll(instrument.parties);
      }
      if (states.isEmpty()) {
        String subject = subjectState(i, first, inside ? instrumentEnd : i, limit, here);
        if (subject != null) {
          states.add(subject);
        }
      }
      if (states.isEmpty()) {
        continue;
      }
      TimeExpr date = null;
      for (TimeExpr t : when) {
        boolean inTitle = t.start >= instrumentStart && t.start < instrumentEnd;
        if (t.start > i && t.start - i <= 30 && t.value != null && (inside || !inTitle)) {
          date = t;
          break;
        }
      }
      if (date == null) {
        // the sentence's own date before the verb ("In 2020 … implemented the order")
        for (TimeExpr t : when) {
          boolean inTitle = t.start >= instrumentStart && t.start < instrumentEnd;
          if (t.start < i && t.value != null && !inTitle) {
            date = t;
          }
        }
      }
      int end = Math.max(instrumentEnd, date == null ? i + 1 : date.end);
      Span span = Span.of(a.tokStart[Math.min(stateStart, i)], a.tokEnd[end - 1]);
      Edtf value = date != null ? date.value
          : instrument.year != null && type != StateActionType.VIOLATED
          ? Edtf.parse(String.valueOf(instrument.year)) : null;
      also.add(0, instrument);
      for (InstrumentRec target : also) {
        for (String state : states) {
          StateAction action = StateAction.builder().state(state).action(type)
              .date(Optional.ofNullable(value)).span(span).build();
          target.action(action);
        }
      }
    }
  }

  /**
   * Return the first token from {@code i} on, before {@code limit}, with a class flag, or {@code
   * limit}; the tokens passed over count one step each, as a loop visiting each would.
   */
  private int next(int flag, int i, int limit) {
    int from = i;
    while (i < limit && (a.tokFlags[i] & flag) == 0) {
      i++;
    }
    a.work.add(i - from);
    return i;
  }

  /** Return whether only "and", "the" or a comma stand between two instruments. */
  private boolean coordinated(int end, int start) {
    for (int k = end; k < start; k++) {
      if (!(a.is(k, "and") || a.is(k, "the") || a.is(k, ","))) {
        return false;
      }
    }
    return true;
  }

  /** "despite China's obligations": a state acting against what it undertook. */
  private boolean despite(int i, int first) {
    for (int k = Math.max(first, i - 4); k < i; k++) {
      if (a.is(k, "despite") || a.is(k, "notwithstanding")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Return the state that acts when no country stands right before the verb: the agent after
   * "by" of a passive ("a law passed by Congress"), the state the article mostly speaks of for
   * "the regime", "the government", or the one state agency the sentence names.
   */
  private String subjectState(int i, int first, int after, int limit, List<Mention> here) {
    if (a.is(after, "by")) {
      for (Mention x : here) {
        if (x.start > after && x.start <= after + 2 && countryOf(x) != null) {
          return countryOf(x);
        }
      }
    }
    for (int k = Math.max(first, i - 3); k < i; k++) {
      if (STATE_SUBJECTS.contains(a.tokNorm[k])) {
        return mostNamed(a.tokStart[i]);
      }
    }
    String only = null;
    for (Mention x : here) {
      if (x.rec instanceof AgencyRec && countryOf(x) != null) {
        if (only != null && !only.equals(countryOf(x))) {
          return null;
        }
        only = countryOf(x);
      }
    }
    return only;
  }

  // mostNamed's count so far: the mentions before namedUpTo are counted; calls come in text order,
  // so each continues where the last stopped (an article of n such verbs costs n, not n squared)
  private final Map<String, Integer> namedCounts = new java.util.HashMap<>();
  private String mostNamedSoFar;
  private int namedCursor;
  private int namedUpTo;

  /** Return the country most mentioned before a character offset, or null. */
  private String mostNamed(int before) {
    if (before < namedUpTo) {
      namedCounts.clear(); // an earlier offset than the last call's: count again from the start
      mostNamedSoFar = null;
      namedCursor = 0;
    }
    namedUpTo = before;
    for (; namedCursor < mentions.size(); namedCursor++) {
      Mention x = mentions.get(namedCursor);
      if (a.tokStart[x.start] >= before) {
        break;
      }
      String c = countryOf(x);
      if (c != null) {
        int n = namedCounts.merge(c, 1, Integer::sum);
        if (mostNamedSoFar == null || n > namedCounts.get(mostNamedSoFar)) {
          mostNamedSoFar = c;
        }
      }
    }
    return mostNamedSoFar;
  }

  /** Return the one country a mention stands for, or null: "DPRK" defined as the government. */
  private static String countryOf(Mention x) {
    if (x.countries.size() == 1) {
      return x.countries.get(0);
    }
    return x.countries.isEmpty() && x.rec != null ? x.rec.country : null;
  }

  private boolean negated(int i, int first) {
    for (int k = Math.max(first, i - 3); k < i; k++) {
      if (a.is(k, "not") || a.is(k, "never") || a.is(k, "nt") || a.is(k, "yet")) {
        return true;
      }
    }
    return false;
  }
}
