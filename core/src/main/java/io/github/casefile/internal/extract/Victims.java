package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.DateFinder.TimeExpr;
import io.github.casefile.internal.extract.EntityFinder.Mention;
import io.github.casefile.internal.extract.Records.ActorRec;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.Victim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who an incident's victims are and how many: counted groups ("a group of eight", "two
 * civilians and two marines"), singular victims ("a North Korean soldier", "the man"), named and
 * related persons and their coordinations ("Park and her mother"), pronouns and plural nouns in
 * subject or object place; and which numbers are no counts (dates, ages, prices, measures). One
 * reader serves one article's incident pass; {@link #sentence} sets the sentence being read.
 */
final class Victims {
  /** Words that end a noun phrase read backwards from its head: "victims of families". */
  static final WordSet PHRASE_STOPS = WordSet.of("of", "in", "on", "at", "for", "to",
      "by", "with", "from", "into", "that", "which", "who", "whom", "as", "than");
  /** Forms of "be" and "get" before a participle: a passive trigger. */
  static final WordSet PASSIVE = WordSet.of("was", "were", "been", "be", "being", "is",
      "are", "get", "got", "gets", "getting");
  /** Words after a number that make it no count of people: units, measures, function words. */
  static final WordSet UNITS = WordSet.of(
      "years", "year", "months", "month", "days", "day", "weeks", "week", "hours", "hour",
      "percent", "per", "times", "km", "kilometres", "kilometers", "miles", "metres", "meters",
      "feet", "dollars", "won", "yuan", "minutes", "o", "am", "pm", "th", "st", "nd", "rd",
      "million", "billion", "decades", "of", "and", "or", "to", "in", "a", "the", "more",
      "other", "ago", "stories", "pages", "page", "instances", "cases", "occasions", "degrees",
      "kilograms", "kg", "tonnes", "tons", "grams", "yen", "euros", "pounds", "rounds",
      "categories", "types", "kinds", "forms", "ways", "reports", "incidents", "steps");
  /** Past forms of trigger verbs that do not end in "ed". */
  static final WordSet IRREGULAR_PAST = WordSet.of("shot", "held", "sold", "sent",
      "beaten", "beat", "caught", "fled", "hold", "holds");
  /** Pronouns that name one person as subject or object. */
  static final WordSet PERSONAL_PRONOUNS = WordSet.of("he", "she", "him");
  /** Verbs whose subject is the one it happens to: "she died", "they starved". */
  static final WordSet SELF_VERBS = WordSet.of("died", "starved", "disappeared");
  /** Nouns that name one person, counted when an article comes before them: "the man". */
  static final WordSet PERSON_NOUNS = WordSet.of("man", "woman", "boy", "girl",
      "official", "soldier", "defector", "tourist", "prisoner", "teenager", "child", "farmer",
      "worker", "student", "escapee", "refugee", "detainee", "missionary", "pastor", "activist",
      "journalist", "fisherman", "citizen", "resident", "national", "mother", "father", "guard",
      "girlfriend", "boyfriend", "businessman", "priest", "smuggler", "broker", "inmate",
      "general", "officer", "commander", "minister", "diplomat", "doctor", "teacher", "monk",
      "civilian", "victim", "survivor", "seaman", "sailor", "marine", "reverend");
  /** Words after "her" that make it the object pronoun, not a possessive: "beat her around". */
  static final WordSet AFTER_OBJECT = WordSet.of("around", "in", "on", "at", "to",
      "with", "for", "and", "until", "into", "up", "down", "off", "out", "again", "repeatedly",
      "because", "after", "before", "while", "when", ",", ".", ";");
  /** How many tokens after an active trigger its object may start. */
  private static final int OBJECT_REACH = 6;
  /** Words that make a noun phrase name someone already spoken of. */
  static final WordSet DEFINITE = WordSet.of("the", "these", "those", "this", "that");
  /** Articles and words before one person: "a soldier", "the man", "another defector". */
  static final WordSet SINGULAR_DETERMINERS = WordSet.of("a", "an", "one", "the",
      "this", "that", "another");
  /** Group nouns without a plural "s" that still name many: "the police", "people". */
  private static final Set<String> COLLECTIVES = Set.of("people", "men", "women", "children",
      "police", "personnel", "staff", "family", "public", "military", "youth", "clergy",
      "leadership", "regime", "government", "authorities");
  /** Nouns that counts measure when they do not count people. */
  static final WordSet MEASURES = WordSet.of("years", "year", "months", "month",
      "days", "day", "weeks", "week", "hours", "hour", "percent", "times", "km", "kilometres",
      "kilometers", "miles", "metres", "meters", "feet", "dollars", "won", "yuan", "minutes",
      "decades", "stories", "pages", "instances", "cases", "occasions", "degrees", "categories",
      "types", "kinds", "forms", "ways", "reports", "incidents", "steps", "rounds", "tonnes",
      "tons", "kilograms", "grams", "blocks", "buildings", "camps", "volleys", "shots");
  /** Currency signs and codes read as tokens before an amount: "$ 260", "US$ 260", "won". */
  static final WordSet CURRENCIES = WordSet.of("$", "us", "usd", "\u00a3", "\u20ac",
      "\u00a5", "\u20a9", "krw", "cny", "rmb");
  /** Nouns that name the people an incident happens to, counted or not. */
  static final WordSet VICTIM_NOUNS = WordSet.of(
      "people", "persons", "men", "women", "children", "individuals", "defectors", "refugees",
      "prisoners", "inmates", "detainees", "north", "workers", "officials", "missionaries",
      "citizens", "escapees", "others", "family", "students", "soldiers", "families",
      "relatives", "residents", "civilians", "teenagers", "believers", "christians",
      "from");
  private static final Map<String, Integer> RELATIVES = RelativeActors.RELATIVES;

  private final TextAnalysis a;
  /** The word sets of this class, asked of the analysis's tokens. */
  private final IncidentWords words;
  private final List<String> warnings;
  /** The time expressions of the sentence being read: their numbers are not counts. */
  private List<TimeExpr> sentenceDates = List.of();
  /** Whether the victims last read were named as known ones: "the man", "they". */
  boolean definite;
  /** The first token of the persons {@link #persons} last returned. */
  int personsStart;
  /** The end of the coordination {@link #coordinated} last read. */
  private int chainEnd;
  /** The stretch {@link #count} last read, the dates it was read with, and what it found. */
  private int countedFirst = -1;
  private int countedLimit = -1;
  private List<TimeExpr> countedDates;
  private Long lastCount;
  /** The mentions of the sentence being read by their first token. */
  private final MentionStarts starts = new MentionStarts();
  /** The first tokens of the counts already warned about. */
  private final Set<Integer> unbelievable = new java.util.HashSet<>();

  Victims(TextAnalysis a, IncidentWords words, List<String> warnings) {
    this.a = a;
    this.words = words;
    this.warnings = warnings;
  }

  /** Read a new sentence, whose time expressions are given. */
  void sentence(List<TimeExpr> when) {
    sentenceDates = when;
  }

  /** Whether a definite article or demonstrative opens the phrase ending before a token. */
  boolean definiteBefore(int start) {
    for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
      if (words.has(k, IncidentWords.DEFINITE)) {
        return true;
      }
      if (a.tokType[k] != TextAnalysis.WORD
          || a.isCapitalized(k) && !words.has(k, IncidentWords.DEFINITE)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Return the first count of people in a stretch of a sentence ("eight defectors", "a group of
   * ten", "at least 200,000 people"), with the count of a coordinated group added; null when no
   * number there counts people.
   */
  Long count(int first, int limit) {
    // a sentence is asked for its count by each trigger and again by the incident built
    if (first == countedFirst && limit == countedLimit && sentenceDates == countedDates) {
      return lastCount;
    }
    Long n = readCount(first, limit);
    countedFirst = first;
    countedLimit = limit;
    countedDates = sentenceDates;
    lastCount = n;
    return n;
  }

  /**
   * Return how many persons a relative names ("mother": 1, "parents": 2), or 0 for a token that
   * names none; most tokens are answered by their {@link Lexicon#RELATIVE} bit.
   */
  private int relatives(int k) {
    return (a.tokFlags[k] & Lexicon.RELATIVE) == 0 ? 0 : RELATIVES.getOrDefault(a.tokNorm[k], 0);
  }

  /** Whether a token may start a number: digits or a number word ({@link Numbers#read}). */
  private boolean number(int i) {
    return a.tokType[i] == TextAnalysis.NUMBER || (a.tokFlags[i] & Lexicon.NUMBER_WORD) != 0;
  }

  private Long readCount(int first, int limit) {
    for (int i = first; i < limit; i++) {
      if (!number(i)) {
        continue;
      }
      Numbers.Read r = Numbers.read(a, i, limit);
      if (r == null) {
        continue;
      }
      if (notACount(r)) {
        i = r.end - 1;
        continue;
      }
      boolean year = a.tokType[i] == TextAnalysis.NUMBER && a.tokNorm[i].length() == 4
          && !a.token(i).contains(",");
      boolean groupOf = a.is(i - 1, "of") && a.is(i - 2, "group");
      boolean noun = r.end < limit && a.tokType[r.end] == TextAnalysis.WORD
          && !words.has(r.end, IncidentWords.UNITS) && !a.isCapitalized(r.end)
          || r.end < limit && words.has(r.end, IncidentWords.VICTIM_NOUNS)
          || r.end < limit && a.isCapitalized(r.end) && victimNounWithin(r.end, limit);
      boolean atLeast = a.is(i - 1, "least") || a.is(i - 1, "than") || a.is(i - 1, "about")
          || a.is(i - 1, "some") || a.is(i - 1, "approximately") || a.is(i - 1, "estimated");
      if (year && !groupOf && !atLeast) {
        continue;
      }
      if (groupOf || noun) {
        if (r.value < 0) {
          if (unbelievable.add(r.start)) { // a sentence is read more than once: warn once
            warnings.add("The count '" + abbreviate(a.text.substring(a.tokStart[r.start],
                a.tokEnd[r.end - 1])) + "' is not believable; it was left out.");
          }
          return null;
        }
        return r.value + coordinatedCount(r.end + 1, limit);
      }
      i = r.end - 1;
    }
    return null;
  }

  /**
   * Whether a number is part of something else than a count of people: a date ("July 30"), an
   * age ("aged 13", "a thirteen-year-old"), a price ("US$ 260").
   */
  private boolean notACount(Numbers.Read r) {
    for (TimeExpr t : sentenceDates) {
      if (t.start <= r.start && r.start < t.end) {
        return true;
      }
    }
    int before = r.start - 1;
    if (a.is(before, "-") && before > 0 && a.adjacent(before - 1, before)
        && a.adjacent(before, r.start)) {
      return true; // "COVID-19", "MiG-21": part of a name
    }
    for (int k = r.end; k < a.tokenCount && k < r.end + 3 && a.tokType[k] == TextAnalysis.WORD;
        k++) {
      if (words.has(k, IncidentWords.MEASURES)) {
        return true; // "two broad categories", "three long years"
      }
    }
    boolean price = before >= 0 && words.has(before, IncidentWords.CURRENCIES);
    boolean age = a.is(before, "aged") || a.is(before, "age")
        || a.is(r.end, "-") && a.is(r.end + 1, "year")
        || a.is(r.end, "year") && a.is(r.end + 1, "-")
        || a.is(r.end, "years") && a.is(r.end + 1, "old");
    return price || age;
  }

  /**
   * The second count of a coordination of counted groups: "killing two civilians and two
   * marines" counts four victims. Zero when the noun after the first count is not followed by
   * "and" and another counted noun.
   */
  private long coordinatedCount(int and, int limit) {
    if (!a.is(and, "and")) {
      return 0;
    }
    Numbers.Read next = Numbers.read(a, and + 1, limit);
    if (next == null || next.value < 0 || next.end >= limit || notACount(next)
        || a.tokType[next.end] != TextAnalysis.WORD || words.has(next.end, IncidentWords.UNITS)
        || a.isCapitalized(next.end)) {
      return 0;
    }
    return next.value;
  }

  /** "five Economic Ministry workers": a plural victim noun closes the capitalised words. */
  private boolean victimNounWithin(int from, int limit) {
    for (int k = from + 1; k < limit && k <= from + 3; k++) {
      if (words.has(k, IncidentWords.VICTIM_NOUNS) && !a.is(k, "north") && !a.is(k, "from")) {
        return true;
      }
      if (!a.isCapitalized(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Return the named or related persons a trigger is about, counted: "Park and her mother were
   * trafficked" (two), "killed his mother and brother" (two), "she died" (one). The subject counts
   * for a passive trigger and for what one does oneself (crossing, dying, disappearing); otherwise
   * the persons after the trigger do, the subject being its agent. Null when none is named.
   */
  Victim persons(IncidentType type, int trigger, int from, int limit,
      List<Mention> here) {
    boolean subject = passive(trigger, from) || type == IncidentType.CROSSING
        || words.has(trigger, IncidentWords.SELF_VERBS);
    int start = -1;
    int end = -1;
    int count = 0;
    // the subject: the last persons named before the trigger; the object: the first after it
    int stop = subject ? trigger : Math.min(limit, trigger + 1 + OBJECT_REACH);
    for (int i = subject ? from : trigger + 1; i < stop; i++) {
      int itemEnd = personAt(i, here);
      if (itemEnd < 0) {
        continue;
      }
      start = i;
      count = coordinated(itemEnd, limit, here, firstCount(i, itemEnd, here));
      end = chainEnd;
      if (!subject) {
        break;
      }
      i = end - 1;
    }
    if (start < 0 && subject && fronted(trigger, from)) {
      // "After fleeing North Korea, Park and her mother were trafficked": the clause's subject
      // is the main clause's, after the comma
      int comma = trigger + 1;
      while (comma < limit && !a.is(comma, ",")) {
        comma++;
      }
      int itemEnd = comma + 1 < limit ? personAt(comma + 1, here) : -1;
      if (itemEnd > 0) {
        start = comma + 1;
        count = coordinated(itemEnd, limit, here, firstCount(start, itemEnd, here));
        end = chainEnd;
      }
    }
    if (start < 0) {
      return null;
    }
    personsStart = start;
    definite = words.has(start, IncidentWords.PERSONAL_PRONOUNS) || definiteBefore(start + 1);
    String ref = null;
    for (Mention x : here) {
      if (x.start <= start && start < x.end && x.rec instanceof ActorRec) {
        ref = x.rec.id; // the person, or the relatives "his own mother and brother"
      }
    }
    return Victim.builder().ref(Optional.ofNullable(ref))
        .description(a.text.substring(a.tokStart[start], a.tokEnd[end - 1]))
        .count((long) count).build();
  }

  /**
   * Return uncounted victims named by a plural noun right before a passive trigger or right
   * after an active one ("the communist party officials were shot"), or null.
   */
  Victim plural(int trigger, int from, int limit) {
    boolean subject = passive(trigger, from);
    int head = -1;
    if (subject) {
      int k = trigger - 1;
      // "they were summoned to a meeting and arrested": back to the shared auxiliary
      while (k >= from && k > trigger - 8 && !words.has(k, IncidentWords.PASSIVE)
          && !a.is(k, ",")) {
        k--;
      }
      while (k >= from && words.has(k, IncidentWords.PASSIVE)) {
        k--;
      }
      head = k;
    } else {
      for (int k = trigger + 1; k < limit && k <= trigger + 4; k++) {
        if (a.tokType[k] != TextAnalysis.WORD) {
          break;
        }
        if (words.has(k, IncidentWords.VICTIM_NOUNS)) {
          head = k;
          break;
        }
      }
    }
    if (head >= from && a.is(head, "they")) {
      definite = true; // "they were arrested": the ones the text spoke of, uncounted
      return Victim.builder().description(a.token(head)).build();
    }
    if (head < from || !words.has(head, IncidentWords.VICTIM_NOUNS) || a.is(head, "north")
        || a.is(head, "from") || a.is(head, "others")) {
      return null;
    }
    int start = head;
    while (start - 1 >= from && start > head - 4 && a.tokType[start - 1] == TextAnalysis.WORD
        && !words.has(start - 1, IncidentWords.PASSIVE | IncidentWords.PHRASE_STOPS)
        && (a.tokFlags[start - 1] & Lexicon.TRIGGER) == 0) {
      start--;
    }
    definite = words.has(start, IncidentWords.DEFINITE);
    return Victim.builder().description(a.text.substring(a.tokStart[start], a.tokEnd[head]))
        .build();
  }

  /**
   * Whether a trigger opens its sentence as a participle clause ("After fleeing North Korea
   * and crossing the river, ..."), within a few words of the sentence's start.
   */
  private boolean fronted(int trigger, int from) {
    if (!a.tokNorm[trigger].endsWith("ing") || trigger - from > 6) {
      return false;
    }
    for (int k = from; k < trigger; k++) {
      if (a.is(k, ",")) {
        return false;
      }
    }
    return a.is(from, "after") || a.is(from, "before") || a.is(from, "while")
        || a.is(from, "since") || a.is(from, "upon") || a.is(from, "on") || trigger == from;
  }

  /**
   * How many persons the first item of a coordination names: a mention of relatives as many as
   * it lists ("his own mother and brother": 2), a relative as many as it is ("her parents": 2),
   * anyone else one.
   */
  private int firstCount(int i, int itemEnd, List<Mention> here) {
    Mention x = personMention(i, here, true);
    if (x != null) {
      Long n = relativesCount(x);
      return n == null ? 1 : n.intValue();
    }
    return Math.max(1, relatives(itemEnd - 1));
  }

  /** The persons a phrase of relatives names ("his mother and brother": 2), or null. */
  Long relativesCount(Mention x) {
    long n = 0;
    for (int k = x.start; k < x.end; k++) {
      int each = relatives(k);
      if (each == 0 && words.has(k, IncidentWords.PLURAL_RELATIVES)) {
        return null; // "their families": how many the text does not say here
      }
      n += each;
    }
    return n == 0 ? null : n;
  }

  /** Whether a trigger is a passive participle: "were trafficked", "was shot". */
  boolean passive(int i, int first) {
    if (!participle(i)) {
      return false;
    }
    if (i - 1 >= first && words.has(i - 1, IncidentWords.PASSIVE)
        || i - 2 >= first && words.has(i - 2, IncidentWords.PASSIVE)) {
      return true;
    }
    // "were summoned to a meeting and arrested": the second participle shares the auxiliary
    if (a.is(i - 1, "and")) {
      for (int k = i - 2; k - 1 >= first && k >= i - 8; k--) {
        if (a.is(k, ",") || a.is(k, ";")) {
          break;
        }
        if (participle(k) && words.has(k - 1, IncidentWords.PASSIVE)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean participle(int i) {
    return a.tokNorm[i].endsWith("ed") || words.has(i, IncidentWords.IRREGULAR_PAST)
        || a.is(i, "beaten");
  }

  /** Whether a pronoun names the subject of a passive trigger: "they were ... arrested". */
  boolean pronounSubject(int i, int first) {
    for (int k = i - 1; k >= first && k >= i - 8; k--) {
      if (a.is(k, "they") || a.is(k, "he") || a.is(k, "she")) {
        return true;
      }
      if (a.is(k, ",") || a.is(k, ";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Return the end of one person named at a token (a person's name, a pronoun, a relative with
   * or without a possessive: "her mother", "Park's uncle"), or -1.
   */
  int personAt(int i, List<Mention> here) {
    Mention x = personMention(i, here, false);
    if (x != null) {
      return x.end;
    }
    if (!a.has(i, Lexicon.PERSON_WORD)) {
      // no pronoun, article, possessive or relative: only a name coordinated with a relative
      return a.isCapitalized(i) ? nameWithRelative(i, here) : -1;
    }
    if (words.has(i, IncidentWords.PERSONAL_PRONOUNS)
        || a.is(i, "her") && i + 1 < a.tokenCount && words.has(i + 1, IncidentWords.AFTER_OBJECT)) {
      return i + 1;
    }
    if (words.has(i, IncidentWords.SINGULAR_DETERMINERS)) {
      // "the 47-year-old man", "a female South Korean tourist"
      for (int k = i + 1; k < a.tokenCount && k <= i + 6; k++) {
        if (words.has(k, IncidentWords.PERSON_NOUNS)) {
          return k + 1;
        }
        if (a.tokType[k] == TextAnalysis.PUNCT && !a.is(k, "-")) {
          break;
        }
      }
    }
    int k = words.has(i, IncidentWords.POSSESSIVES) ? i + 1 : i;
    if (k < a.tokenCount && relatives(k) > 0) {
      return k + 1;
    }
    return nameWithRelative(i, here);
  }

  /**
   * Return the first mention starting at a token of relatives or (unless {@code relativesOnly})
   * of a person, or null.
   */
  private Mention personMention(int i, List<Mention> here, boolean relativesOnly) {
    starts.of(here);
    if (!starts.sorted()) {
      for (Mention x : here) {
        if (x.start == i && isPerson(x, relativesOnly)) {
          return x;
        }
      }
      return null;
    }
    for (int k = starts.first(i); k >= 0 && k < here.size() && here.get(k).start == i; k++) {
      if (isPerson(here.get(k), relativesOnly)) {
        return here.get(k);
      }
    }
    return null;
  }

  private static boolean isPerson(Mention x, boolean relativesOnly) {
    if (!(x.rec instanceof ActorRec)) {
      return false;
    }
    ActorRec actor = (ActorRec) x.rec;
    return RelativeActors.KEY.equals(actor.key)
        || !relativesOnly && actor.kind == io.github.casefile.model.ActorKind.PERSON;
  }

  /**
   * Return the end of a name no mention covers that a relative follows ("Yeonmi Park and her
   * mother"): two or three capitalised words, or -1.
   */
  private int nameWithRelative(int i, List<Mention> here) {
    int end = i;
    while (end < a.tokenCount && end < i + 3 && a.tokType[end] == TextAnalysis.WORD
        && a.isCapitalized(end)) {
      end++;
    }
    if (end - i < 2 || end + 1 >= a.tokenCount || !a.is(end, "and")) {
      return -1;
    }
    for (Mention x : here) {
      if (x.start < end && i < x.end) {
        return -1;
      }
    }
    int k = words.has(end + 1, IncidentWords.POSSESSIVES) ? end + 2 : end + 1;
    return k < a.tokenCount && relatives(k) > 0 ? end : -1;
  }

  /** The number of persons in a coordination whose first item ends at a token. */
  /**
   * Return how many persons a coordination names ("Park and her mother", "his mother, father and
   * brother") from its first item, which ends at {@code itemEnd} and names {@code firstItem}; the
   * coordination's end is left in {@link #chainEnd}.
   */
  int coordinated(int itemEnd, int limit, List<Mention> here, int firstItem) {
    int n = firstItem;
    int end = itemEnd;
    while (end + 1 < limit && (a.is(end, "and") || a.is(end, ","))) {
      int k = a.is(end, ",") && a.is(end + 1, "and") ? end + 2 : end + 1;
      int next = k < limit ? relativeOrPersonAt(k, here) : -1;
      if (next < 0) {
        break;
      }
      n += Math.max(1, relatives(next - 1));
      end = next;
    }
    chainEnd = end;
    return n;
  }

  /** Like {@link #personAt} without pronouns, which do not continue a coordination. */
  private int relativeOrPersonAt(int i, List<Mention> here) {
    if (relatives(i) > 0) {
      return i + 1; // "her mother and brother"
    }
    return words.has(i, IncidentWords.PERSONAL_PRONOUNS) ? -1 : personAt(i, here);
  }

  /**
   * Whether a group's mention names one of it: a singular noun after an article ("a North
   * Korean soldier", "the defector"), not a plural or a collective ("the police").
   */
  boolean singularGroup(Mention x) {
    String head = a.tokNorm[x.end - 1];
    if (head.endsWith("s") || COLLECTIVES.contains(head)) {
      return false;
    }
    // "a North Korean soldier", "the last North Korean soldier", "a female South Korean tourist"
    for (int k = x.start - 1; k >= 0 && k >= x.start - 3; k--) {
      if (words.has(k, IncidentWords.SINGULAR_DETERMINERS)) {
        return true;
      }
      if (a.tokType[k] != TextAnalysis.WORD || a.isCapitalized(k)) {
        return false;
      }
    }
    return false;
  }

  String countedNoun(int first, int limit) {
    for (int i = first; i < limit; i++) {
      if (!number(i)) {
        continue;
      }
      Numbers.Read r = Numbers.read(a, i, limit);
      if (r != null && r.end < limit && a.tokType[r.end] == TextAnalysis.WORD) {
        int start = a.is(i - 1, "of") && a.is(i - 2, "group") ? Math.max(first, i - 3) : i;
        if (a.is(r.end, "from") && r.end + 1 < limit && a.isCapitalized(r.end + 1)) {
          int end = r.end + 1; // "a group of ten from North Pyongan Province"
          while (end < limit && end < r.end + 6 && a.isCapitalized(end)) {
            end++;
          }
          return a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
        }
        int end = r.end + 1;
        if (a.is(r.end, "north") || a.is(r.end, "south")) {
          end++;
        }
        return a.text.substring(a.tokStart[start], a.tokEnd[Math.min(end, limit) - 1]);
      }
      if (r != null) {
        i = r.end - 1;
      }
    }
    return "people";
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
