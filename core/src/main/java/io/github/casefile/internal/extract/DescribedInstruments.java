package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.DateFinder.TimeExpr;
import io.github.casefile.internal.extract.EntityFinder.Mention;
import io.github.casefile.internal.extract.Records.AgencyRec;
import io.github.casefile.internal.extract.Records.InstrumentRec;
import io.github.casefile.model.InstrumentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the instruments a text names by description rather than by title, as a domain expert
 * would list them: codes ("the penal code"), laws by their passing or subject ("a law passed in
 * February", "the 2020 law against reactionary ideology"), orders ("a shoot-to-kill order"),
 * instructions and measures acted under ("in accordance with standing instructions"), reports by
 * their author or shape ("OHCHR's March 2023 report", "a five-page report", "a 2002 United
 * Nations-European Union survey"), draft resolutions and opinions of a body ("an opinion adopted
 * in 2015 by the UN Working Group on Arbitrary Detention"). Runs after the entity pass and adds
 * its mentions in text order.
 */
final class DescribedInstruments {
  private static final Set<String> ORDER_HEADS = Set.of("order", "decree", "directive", "edict");
  private static final WordSet ORDER_ADJECTIVES = WordSet.of(
      "executive", "emergency", "presidential", "standing", "special", "secret", "administrative");
  private static final Set<String> RULE_HEADS = Set.of(
      "instructions", "measures", "orders", "regulations", "guidelines", "rules", "directives");
  private static final WordSet CODE_ADJECTIVES = WordSet.of("penal", "criminal");
  private static final Set<String> REPORT_HEADS = Set.of("report", "survey", "study");
  private static final WordSet LAW_VERBS = WordSet.of("passed", "enacted", "adopted", "approved");
  private static final WordSet LAW_SUBJECTS = WordSet.of("against", "on", "banning", "criminalizing",
      "criminalising", "prohibiting");
  private static final WordSet QUOTES = WordSet.of("\"", "“", "”", "'", "‘", "’");
  private static final WordSet TITLE_CONNECTORS = WordSet.of("under", "of", "on", "in", "and",
      "for", "the", "-");
  private static final WordSet FUNCTION_WORDS = WordSet.of(
      "the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "that", "such",
      "all", "any", "some", "new", "other", "of", "and", "or", "to", "in", "with", "by", "under",
      "at", "for", "from", "as", "on", "after");
  private static final int TITLE_WINDOW = 8;
  /** Every head {@link #describe} starts on; {@link Lexicon#DESCRIBED_HEAD} marks them. */
  static final Set<String> HEADS = union(ORDER_HEADS, RULE_HEADS, REPORT_HEADS,
      Set.of("code", "law", "resolution", "opinion"));

  private final TextAnalysis a;
  private final Records records;
  private final List<Mention> mentions;
  private final List<TimeExpr> dates;
  private final Map<String, InstrumentRec> seen = new HashMap<>();
  private final List<Mention> found = new ArrayList<>();
  /**
   * Built when first needed: per token, the index of the first mention (date) starting there, or
   * -1, so that a description looks its neighbour up in constant time instead of scanning the
   * article's list (which made many "law passed in ..." quadratic).
   */
  private int[] mentionAt;
  private int[] dateAt;
  /** The same for agency mentions: by first token, and (two or more tokens long) by last token. */
  private int[] agencyAt;
  private int[] agencyEndingAt;

  DescribedInstruments(TextAnalysis a, Records records, List<Mention> mentions,
      List<TimeExpr> dates) {
    this.a = a;
    this.records = records;
    this.mentions = mentions;
    this.dates = dates;
  }

  void run() {
    // each token covered by an agency or instrument mention keeps that mention's bounds: a
    // description may contain a whole agency name ("an opinion adopted by the UN Working Group");
    // marked when the first head that may start a description is met (many texts have none)
    int[] coverStart = null;
    int[] coverEnd = null;
    boolean[] taken = null;
    for (int s = 0; s < a.sentenceCount; s++) {
      int first = a.sentFirst[s];
      int limit = a.sentLast[s] + 1;
      for (int h = first; h < limit; h++) {
        a.work.step();
        // one bit test skips the words that head no description (all but a few); every
        // description's head is a word in lower case
        if ((a.tokFlags[h] & (Lexicon.DESCRIBED_HEAD | TextAnalysis.CAP))
            != Lexicon.DESCRIBED_HEAD || a.tokType[h] != TextAnalysis.WORD) {
          continue;
        }
        if (taken == null) {
          coverStart = new int[a.tokenCount];
          coverEnd = new int[a.tokenCount];
          taken = new boolean[a.tokenCount];
          for (Mention m : mentions) {
            if (!(m.rec instanceof Records.ActorRec)) {
              for (int k = m.start; k < m.end; k++) {
                taken[k] = true;
                coverStart[k] = m.start;
                coverEnd[k] = m.end;
              }
            }
          }
        }
        if (taken[h]) {
          continue;
        }
        int[] span = describe(h, first, limit);
        if (span == null) {
          continue;
        }
        boolean free = true;
        for (int k = span[0]; k < span[1]; k++) {
          free &= !taken[k] || coverStart[k] >= span[0]
              && coverEnd[k] <= span[1] && coverEnd[k] - coverStart[k] < span[1] - span[0];
        }
        if (!free) {
          continue;
        }
        InstrumentRec rec = instrument(span[0], span[1], kindOf(h));
        if (rec == null) {
          return;
        }
        rec.mention(a, span[0], span[1]);
        found.add(new Mention(span[0], span[1], rec, List.of(), null));
        for (int k = span[0]; k < span[1]; k++) {
          taken[k] = true;
          coverStart[k] = span[0];
          coverEnd[k] = span[1];
        }
        h = span[1] - 1;
      }
    }
    if (!found.isEmpty()) {
      mentions.addAll(found);
      mentions.sort(Comparator.comparingInt(m -> m.start));
    }
  }

  /** Return, per token, the index of the first item starting there, or -1. */
  private <T> int[] firstAt(List<T> items, java.util.function.ToIntFunction<T> start) {
    int[] first = new int[a.tokenCount];
    java.util.Arrays.fill(first, -1);
    for (int k = items.size() - 1; k >= 0; k--) {
      first[start.applyAsInt(items.get(k))] = k;
    }
    return first;
  }

  private int at(int[] index, int token) {
    return token < index.length ? index[token] : -1;
  }

  /** Return the smaller of two indexes, -1 meaning none. */
  private static int earlier(int k1, int k2) {
    return k1 < 0 ? k2 : k2 < 0 ? k1 : Math.min(k1, k2);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  private InstrumentKind kindOf(int h) {
    String head = a.tokNorm[h];
    if (head.equals("law") || head.equals("code")) {
      return InstrumentKind.DOMESTIC_LAW;
    }
    if (REPORT_HEADS.contains(head)) {
      return InstrumentKind.REPORT;
    }
    if (head.equals("resolution")) {
      return InstrumentKind.RESOLUTION;
    }
    return InstrumentKind.OTHER;
  }

  /** Return the tokens [start, end) of a described instrument whose head is token h, or null. */
  private int[] describe(int h, int first, int limit) {
    String head = a.tokNorm[h];
    boolean lower = !a.isCapitalized(h);
    if (ORDER_HEADS.contains(head) && lower) {
      return order(h, first);
    }
    if (RULE_HEADS.contains(head) && lower) {
      return rules(h, first);
    }
    if (head.equals("code") && lower && h > first && CODE_ADJECTIVES.has(a, h - 1)) {
      return new int[] {h - 1, h + 1};
    }
    if (head.equals("law") && lower) {
      if (h > first && a.is(h - 1, "criminal")) {
        return new int[] {h - 1, h + 1};
      }
      return law(h, first, limit);
    }
    if (REPORT_HEADS.contains(head) && lower) {
      return report(h, first);
    }
    if (head.equals("resolution") && lower && a.is(h - 1, "draft")) {
      return new int[] {h - 1, h + 1};
    }
    if (head.equals("opinion") && lower && (a.is(h + 1, "adopted") || a.is(h + 1, "issued")
        || a.is(h + 1, "rendered"))) {
      return opinion(h, limit);
    }
    return null;
  }

  /** "a shoot-to-kill order", "the 2020 “shoot-to-kill” order", "an emergency decree". */
  private int[] order(int h, int first) {
    int k = h - 1;
    boolean modified = false;
    while (k >= first && h - k <= TITLE_WINDOW) {
      boolean hyphenated = a.is(k, "-") || a.is(k - 1, "-") && a.adjacent(k - 1, k)
          || a.is(k + 1, "-") && a.adjacent(k, k + 1);
      if (hyphenated || ORDER_ADJECTIVES.has(a, k)) {
        modified = true;
      } else if (!QUOTES.has(a, k) && !isYear(k)) {
        break;
      }
      k--;
    }
    int start = k + 1;
    while (start < h && QUOTES.has(a, start)) {
      start++;
    }
    return modified ? new int[] {start, h + 1} : null;
  }

  /** "in accordance with standing instructions", "under national emergency ... measures". */
  private int[] rules(int h, int first) {
    int k = h - 1;
    while (k >= first && h - k <= TITLE_WINDOW && a.tokType[k] == TextAnalysis.WORD
        && !a.isCapitalized(k) && !FUNCTION_WORDS.has(a, k)) {
      k--;
    }
    int start = k + 1;
    if (start == h) {
      return null;
    }
    if (a.is(k, "the") || a.is(k, "its")) {
      k--;
    }
    boolean acted = a.is(k, "under") || a.is(k, "with") && a.is(k - 1, "accordance")
        || a.is(k, "with") && a.is(k - 1, "line");
    return acted ? new int[] {start, h + 1} : null;
  }

  /** "a law passed in February", "the 2020 law against “reactionary ideology,”". */
  private int[] law(int h, int first, int limit) {
    if (h + 1 < limit && LAW_VERBS.has(a, h + 1)) {
      int p = h + 2;
      if (a.is(p, "by") && p + 1 < limit) {
        // the first mention (in list order) at p + 1, or at p + 2 after "the"
        if (mentionAt == null) {
          mentionAt = firstAt(mentions, x -> x.start);
        }
        int k = earlier(mentionAt[p + 1], a.is(p + 1, "the") ? at(mentionAt, p + 2) : -1);
        if (k >= 0) {
          return new int[] {h, mentions.get(k).end};
        }
      }
      if (a.is(p, "in") || a.is(p, "on") || a.is(p, "last")) {
        // the first date (in list order) at p or p + 1
        if (dateAt == null) {
          dateAt = firstAt(dates, x -> x.start);
        }
        int k = earlier(dateAt[p], at(dateAt, p + 1));
        if (k >= 0) {
          return new int[] {h, dates.get(k).end};
        }
      }
      return null;
    }
    if (h > first && isYear(h - 1) && h + 1 < limit && LAW_SUBJECTS.has(a, h + 1)) {
      int k = h + 2;
      int end = -1;
      boolean quoted = k < limit && QUOTES.has(a, k);
      for (int n = 0; k < limit && n < TITLE_WINDOW; k++, n++) {
        if (quoted && k > h + 2 && QUOTES.has(a, k)) {
          end = k + 1;
          break;
        }
        if (!quoted && (a.tokType[k] == TextAnalysis.PUNCT || FUNCTION_WORDS.has(a, k)
            && n > 0)) {
          end = k;
          break;
        }
      }
      return end > h + 2 ? new int[] {h - 1, end} : null;
    }
    return null;
  }

  /**
   * "OHCHR's March 2023 report", "a five-page report", "a 2002 United Nations-European Union
   * survey", "the Mapping Killings under Kim Jong-un study".
   */
  private int[] report(int h, int first) {
    // an author's report: agency + possessive + optional date words
    int k = h - 1;
    while (k >= first && (isYear(k) || DateFinder.MONTHS.containsKey(a.tokNorm[k]))) {
      k--;
    }
    if (k > first && a.tokType[k] == TextAnalysis.WORD && a.tokNorm[k].endsWith("s")
        && a.tokEnd[k] - a.tokStart[k] > 2
        && TextAnalysis.isApostrophe(a.text.charAt(a.tokEnd[k] - 2))) {
      // the first agency mention (in list order) of two or more tokens ending at k
      if (agencyEndingAt == null) {
        agencyEndingAt = new int[a.tokenCount];
        java.util.Arrays.fill(agencyEndingAt, -1);
        for (int x = mentions.size() - 1; x >= 0; x--) {
          Mention m = mentions.get(x);
          if (m.rec instanceof AgencyRec && m.end - m.start >= 2) {
            agencyEndingAt[m.end - 1] = x;
          }
        }
      }
      if (agencyEndingAt[k] >= 0) {
        Mention m = mentions.get(agencyEndingAt[k]);
        return new int[] {m.start, h + 1};
      }
      if (a.isAllCaps(k) || a.isCapitalized(k)) {
        return new int[] {k, h + 1};
      }
    }
    // "five-page report"
    if (a.is(h - 1, "page") && a.is(h - 2, "-") && h - 3 >= first) {
      return new int[] {h - 3, h + 1};
    }
    // a year and a capitalised author: "2002 United Nations-European Union survey"
    k = h - 1;
    while (k >= first && h - k <= TITLE_WINDOW && (a.isCapitalized(k) || a.is(k, "-"))) {
      k--;
    }
    if (k < h - 1 && isYear(k)) {
      return new int[] {k, h + 1};
    }
    // a capitalised title between "the" and the head
    if (k < h - 1 || !a.isCapitalized(h - 1)) {
      k = h - 1;
      while (k >= first && h - k <= TITLE_WINDOW + 4 && (a.isCapitalized(k)
          || TITLE_CONNECTORS.has(a, k) && !a.is(k, "the"))) {
        k--;
      }
      if (a.is(k, "the") && k + 1 < h && a.isCapitalized(k + 1) && a.isCapitalized(h - 1)
          || a.is(k, "the") && k + 1 < h && a.isCapitalized(k + 1) && a.is(h - 2, "-")) {
        return new int[] {k + 1, h};
      }
    }
    return null;
  }

  /** "an opinion adopted in 2015 by the UN Working Group on Arbitrary Detention". */
  private int[] opinion(int h, int limit) {
    for (int k = h + 2; k < limit && k <= h + 6; k++) {
      if (a.is(k, "by")) {
        // the first agency mention (in list order) at k + 1, or at k + 2 after "the"
        if (agencyAt == null) {
          agencyAt = new int[a.tokenCount];
          java.util.Arrays.fill(agencyAt, -1);
          for (int x = mentions.size() - 1; x >= 0; x--) {
            if (mentions.get(x).rec instanceof AgencyRec) {
              agencyAt[mentions.get(x).start] = x;
            }
          }
        }
        int x = earlier(at(agencyAt, k + 1), a.is(k + 1, "the") ? at(agencyAt, k + 2) : -1);
        return x < 0 ? null : new int[] {h, mentions.get(x).end};
      }
    }
    return null;
  }

  private boolean isYear(int k) {
    if (k < 0 || a.tokType[k] != TextAnalysis.NUMBER || a.tokNorm[k].length() != 4) {
      return false;
    }
    char c = a.tokNorm[k].charAt(0);
    return c == '1' || c == '2';
  }

  private InstrumentRec instrument(int start, int end, InstrumentKind kind) {
    String name = a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
    String key = TextAnalysis.normalize(name);
    InstrumentRec rec = seen.get(key);
    if (rec != null) {
      return rec;
    }
    if (!records.room()) {
      return null;
    }
    rec = new InstrumentRec();
    rec.name = name;
    rec.kind = kind;
    for (int k = start; k < end; k++) {
      if (isYear(k)) {
        int year = Numbers.plainInt(a.tokNorm[k]);
        rec.year = year < 0 ? null : year;
        break;
      }
    }
    if (rec.year == null) {
      // dates start at increasing tokens, one per token: the first inside the span, in list order
      if (dateAt == null) {
        dateAt = firstAt(dates, x -> x.start);
      }
      for (int k = start; k < end; k++) {
        TimeExpr t = dateAt[k] < 0 ? null : dates.get(dateAt[k]);
        if (t != null && t.end <= end && t.value != null) {
          String v = t.value.toString();
          if (v.length() >= 4 && Character.isDigit(v.charAt(0))) {
            int year = Numbers.plainInt(v.substring(0, 4));
            rec.year = year < 0 ? null : year;
          }
          break;
        }
      }
    }
    rec.id = records.claim("instrument", null, name);
    records.instruments.put(rec.id, rec);
    seen.put(key, rec);
    return rec;
  }
}
