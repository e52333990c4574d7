package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.DateFinder.TimeExpr;
import io.github.casefile.internal.extract.EntityFinder.Mention;
import io.github.casefile.internal.extract.Records.ActorRec;
import io.github.casefile.internal.extract.Records.AgencyRec;
import io.github.casefile.internal.extract.Records.InstrumentRec;
import io.github.casefile.model.Attribution;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentDate;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.Location;
import io.github.casefile.model.Span;
import io.github.casefile.model.Victim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds incidents: a sentence with a trigger word ("arrested", "raids", "repatriate", "executed")
 * states one, with the perpetrators, victims and counts, place, date, attribution and instruments
 * found in the same sentence. At most two incidents of different types come from one sentence.
 * Who the victims are and how many is read by {@link Victims}; an incident told again is found
 * and merged by {@link Retellings}.
 */
final class IncidentFinder {
  static final Map<String, IncidentType> TRIGGERS = Map.ofEntries(
      Map.entry("arrest", IncidentType.ARREST), Map.entry("arrested", IncidentType.ARREST),
      Map.entry("arresting", IncidentType.ARREST), Map.entry("arrests", IncidentType.ARREST),
      Map.entry("caught", IncidentType.ARREST), Map.entry("apprehended", IncidentType.ARREST),
      Map.entry("apprehend", IncidentType.ARREST), Map.entry("captured", IncidentType.ARREST),
      Map.entry("detained", IncidentType.DETENTION), Map.entry("detention", IncidentType.DETENTION),
      Map.entry("imprisoned", IncidentType.DETENTION), Map.entry("jailed", IncidentType.DETENTION),
      Map.entry("imprisonment", IncidentType.DETENTION),
      Map.entry("detaining", IncidentType.DETENTION),
      Map.entry("repatriate", IncidentType.REPATRIATION),
      Map.entry("repatriated", IncidentType.REPATRIATION),
      Map.entry("repatriation", IncidentType.REPATRIATION),
      Map.entry("repatriations", IncidentType.REPATRIATION),
      Map.entry("repatriating", IncidentType.REPATRIATION),
      Map.entry("deported", IncidentType.REPATRIATION),
      Map.entry("raid", IncidentType.RAID), Map.entry("raids", IncidentType.RAID),
      Map.entry("raided", IncidentType.RAID),
      Map.entry("surveillance", IncidentType.SURVEILLANCE),
      Map.entry("monitoring", IncidentType.SURVEILLANCE),
      Map.entry("patrols", IncidentType.SURVEILLANCE),
      Map.entry("spies", IncidentType.INFORMANT), Map.entry("informants", IncidentType.INFORMANT),
      Map.entry("informant", IncidentType.INFORMANT),
      Map.entry("reported", IncidentType.INFORMANT),
      Map.entry("report", IncidentType.INFORMANT),
      Map.entry("bribes", IncidentType.BRIBERY), Map.entry("bribe", IncidentType.BRIBERY),
      Map.entry("bribery", IncidentType.BRIBERY), Map.entry("bribed", IncidentType.BRIBERY),
      Map.entry("exchange", IncidentType.BRIBERY),
      Map.entry("crossed", IncidentType.CROSSING), Map.entry("defected", IncidentType.CROSSING),
      Map.entry("fled", IncidentType.CROSSING), Map.entry("escaped", IncidentType.CROSSING),
      Map.entry("trafficked", IncidentType.TRAFFICKING),
      Map.entry("trafficking", IncidentType.TRAFFICKING),
      Map.entry("sold", IncidentType.TRAFFICKING),
      Map.entry("punished", IncidentType.PUNISHMENT),
      Map.entry("punishment", IncidentType.PUNISHMENT),
      Map.entry("sentenced", IncidentType.PUNISHMENT),
      Map.entry("executed", IncidentType.EXECUTION),
      Map.entry("execution", IncidentType.EXECUTION),
      Map.entry("executions", IncidentType.EXECUTION),
      Map.entry("tortured", IncidentType.TORTURE), Map.entry("torture", IncidentType.TORTURE),
      Map.entry("beaten", IncidentType.TORTURE),
      Map.entry("labour", IncidentType.FORCED_LABOR), Map.entry("labor", IncidentType.FORCED_LABOR),
      Map.entry("died", IncidentType.DEATH), Map.entry("killed", IncidentType.DEATH),
      Map.entry("deaths", IncidentType.DEATH), Map.entry("killings", IncidentType.EXECUTION),
      Map.entry("starved", IncidentType.DEATH),
      Map.entry("disappeared", IncidentType.DISAPPEARANCE),
      Map.entry("disappearance", IncidentType.DISAPPEARANCE),
      Map.entry("disappearances", IncidentType.DISAPPEARANCE),
      Map.entry("abducted", IncidentType.DISAPPEARANCE),
      Map.entry("fleeing", IncidentType.CROSSING), Map.entry("crossing", IncidentType.CROSSING),
      Map.entry("escaping", IncidentType.CROSSING),
      Map.entry("executes", IncidentType.EXECUTION),
      Map.entry("executing", IncidentType.EXECUTION),
      Map.entry("shot", IncidentType.DEATH), Map.entry("gunned", IncidentType.DEATH),
      Map.entry("killing", IncidentType.DEATH), Map.entry("shootings", IncidentType.DEATH),
      Map.entry("beat", IncidentType.TORTURE),
      Map.entry("held", IncidentType.DETENTION), Map.entry("holds", IncidentType.DETENTION),
      Map.entry("hold", IncidentType.DETENTION), Map.entry("placed", IncidentType.DETENTION),
      Map.entry("sent", IncidentType.DETENTION),
      Map.entry("transferred", IncidentType.DETENTION),
      Map.entry("mobilised", IncidentType.FORCED_LABOR),
      Map.entry("mobilized", IncidentType.FORCED_LABOR),
      Map.entry("betrayed", IncidentType.INFORMANT),
      // present tense, as reports of a practice write them: "apprehends and imprisons"
      Map.entry("apprehends", IncidentType.ARREST), Map.entry("detains", IncidentType.DETENTION),
      Map.entry("imprisons", IncidentType.DETENTION),
      Map.entry("tortures", IncidentType.TORTURE), Map.entry("kills", IncidentType.DEATH),
      Map.entry("abducts", IncidentType.DISAPPEARANCE),
      Map.entry("kidnapped", IncidentType.DISAPPEARANCE),
      Map.entry("repatriates", IncidentType.REPATRIATION),
      Map.entry("deports", IncidentType.REPATRIATION),
      Map.entry("deport", IncidentType.REPATRIATION),
      Map.entry("deporting", IncidentType.REPATRIATION),
      Map.entry("refoulement", IncidentType.REPATRIATION),
      Map.entry("returned", IncidentType.REPATRIATION),
      Map.entry("return", IncidentType.REPATRIATION),
      Map.entry("returns", IncidentType.REPATRIATION),
      Map.entry("returning", IncidentType.REPATRIATION),
      Map.entry("send", IncidentType.DETENTION), Map.entry("sends", IncidentType.DETENTION),
      Map.entry("sending", IncidentType.DETENTION),
      Map.entry("slipped", IncidentType.CROSSING), Map.entry("kill", IncidentType.DEATH),
      Map.entry("escape", IncidentType.CROSSING),
      // abuses the vocabulary has no type for
      Map.entry("interrogated", IncidentType.OTHER),
      Map.entry("interrogation", IncidentType.OTHER),
      Map.entry("interrogations", IncidentType.OTHER),
      Map.entry("infanticide", IncidentType.OTHER), Map.entry("abortion", IncidentType.OTHER),
      Map.entry("abortions", IncidentType.OTHER),
      Map.entry("assassinated", IncidentType.OTHER),
      Map.entry("assassination", IncidentType.OTHER),
      Map.entry("assassinations", IncidentType.OTHER));
  /** Places of confinement: "held in camps", "sent to a prison camp", "placed in jail". */
  static final Set<String> CONFINEMENT = Set.of("camp", "camps", "prison", "prisons",
      "jail", "jails", "detention", "custody", "colony", "colonies", "cell", "cells", "gulag");
  /** Words that need a place of confinement after them to report a detention. */
  static final WordSet CONFINING_VERBS = WordSet.of("held", "holds", "hold", "placed",
      "sent", "send", "sends", "sending", "transferred", "deported", "deports", "deport",
      "deporting");
  /** Words after which "to" reports what was done: "managed to escape", "forced to kill". */
  static final WordSet DONE_TO = WordSet.of("managed", "forced", "made", "compelled",
      "able");
  /** Verbs of telling: who is named before them is the source, not the victim. */
  static final WordSet SPEECH = WordSet.of("told", "said", "says", "testified",
      "reported", "noted", "claimed", "described", "cited", "stated", "alleged");
  /** Participles after which "to" reports a fact as believed: "is believed to hold". */
  static final WordSet BELIEVED = WordSet.of("believed", "thought", "said",
      "reported", "estimated", "known", "alleged", "understood", "feared", "suspected");
  /** Verbs of holding whose place of confinement may come before them. */
  static final WordSet HOLDING = WordSet.of("held", "hold", "holds");
  /** Verbs of sending that report a repatriation with "back". */
  static final WordSet SENDING = WordSet.of("sent", "send", "sends", "sending");
  /** Verbs of happening after an event noun: "arbitrary arrest commonly occurred". */
  static final WordSet HAPPENING = WordSet.of("occurred", "occurs", "occur",
      "happened", "happens", "continued", "continues", "persisted", "persist", "persists",
      "increased", "rose");
  /** Verbs of returning that report a repatriation only when forced or towards the North. */
  static final WordSet RETURNING = WordSet.of("returned", "return", "returns",
      "returning");
  /** Victims whose killing by those who hold them is an execution: "detainees were killed". */
  static final WordSet CAPTIVES = WordSet.of("detainees", "prisoners", "inmates",
      "detainee", "prisoner", "inmate", "captives");
  /** Words just before a trigger that leave it unconfirmed: "not arrested", "risk repatriation". */
  static final WordSet UNCONFIRMING = WordSet.of("not", "danger", "risk", "avoid", "never",
      "fear", "abstain", "cease");
  /** Words after a name that make it the source of what is told: "the police said". */
  static final WordSet SOURCE_VERBS = WordSet.of("said", "says", "reported", "told", "learned",
      "previously");
  /** Pronouns that refer back to the victim of the incident before: "killing him instantly". */
  static final WordSet REFERRING_PRONOUNS = WordSet.of("he", "she", "him", "her", "they",
      "them");
  /** Words right after a trigger that name its victims: "to repatriate them", "killed people". */
  static final WordSet OBJECT_WORDS = WordSet.of("them", "him", "her", "individuals", "people");
  private static final int MAX_PER_SENTENCE = 2;
  /**
   * Words that make what follows them within a clause wanted, asked for, prevented or hypothetical
   * rather than reported: "efforts to arrest", "urged China to cease repatriations", "prevent the
   * police from repatriating", "so that the defectors are arrested".
   */
  static final Set<String> IRREALIS = Set.of(
      "encourage", "encouraged", "encouraging", "urge", "urged", "urging", "urges", "demand",
      "demanded", "demanding", "demands", "efforts", "effort", "want", "wants", "wanted", "seek",
      "seeks", "sought", "try", "tried", "trying", "tries", "lobby", "lobbied", "ask", "asked",
      "asking", "request", "requested", "requesting", "called", "calls", "prevent", "prevented",
      "preventing", "avoid", "abstain", "cease", "suspend", "stop", "halt", "end", "ending",
      "willing", "unwilling", "refuse", "refused", "would", "could", "might", "may", "should",
      "will", "can", "cannot", "plan", "plans", "planned", "threat", "threatened", "threatening",
      "possible", "possibly", "likely", "perhaps", "risk", "danger", "fear", "feared", "fears",
      "not", "never", "nt", "no", "without", "obligation", "obliged", "obliges", "forbids",
      "prohibits", "prohibited", "forbidden", "must", "allows", "allowed", "right", "protection",
      "against", "escape", "evade", "avoiding", "eluding", "order", "ordered", "orders",
      "promised", "vowed", "pledged");
  /** Words that make the rest of a sentence a guess or a denial: "sources suggested that". */
  static final Set<String> HEDGES = Set.of("likely", "suggested", "suggest", "suggests",
      "possible", "perhaps", "denied", "denies", "deny", "speculated", "rumoured", "rumored");
  /** Words that open a clause whose events are background, not what the sentence reports. */
  static final Set<String> CLAUSE_OPENERS = Set.of("if", "unless", "when", "whenever",
      "once", "lest");
  /** Nouns of time after which "when" opens a relative clause. */
  static final WordSet TIME_NOUNS = WordSet.of("month", "week", "year", "day", "night",
      "morning", "evening", "time", "incident", "moment", "weekend", "summer", "winter",
      "spring", "autumn");
  /** Words that end a clause for the look-behind of {@link #IRREALIS}. */
  static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "but", "who",
      "which", "(", ")", "\"", "\u201c", "\u201d");
  /** Words that refer back to the victims or event of the sentence before. */
  static final WordSet ANAPHORS = WordSet.of("them", "they", "the group", "these",
      "those", "he", "she", "him", "her", "his", "their");
  /** Norm verbs of a legal text: "Article 3 forbids", "the protocol makes it an obligation". */
  static final WordSet NORM_VERBS = WordSet.of("forbids", "prohibits", "requires",
      "obliges", "allows", "permits", "obligation", "states", "stipulates", "provides", "bans",
      "guarantees", "protects", "defines");
  static final Set<String> HABITUAL = Set.of(
      "sometimes", "often", "regularly", "routinely", "usually", "frequently", "continue",
      "continued", "continues", "widely", "numerous", "systematically", "tend", "tended",
      "typically", "generally", "increasingly", "many", "reports", "practice", "protocol",
      "commonly", "always",
      // present tense reads as a practice; "have" and "has" only before "been"
      "are", "is", "have", "has");
  static final WordSet PLACE_PREPOSITIONS = WordSet.of(
      "in", "near", "at", "inside", "along", "across", "on", "into", "from", "to");
  /** Words that modify an event noun without the suffixes of adjectives. */
  private static final Set<String> MODIFIERS = Set.of("first", "known", "latest", "last",
      "recent", "public", "secret", "mass", "same", "second", "third", "new", "such");
  /** How many sentences after a beating or an execution its victim's death may be told. */
  private static final int OUTCOME_REACH = 4;
  /** Words before a participle that make it describe a noun: "some repatriated defectors". */
  static final WordSet DESCRIBING = WordSet.of("some", "the", "many", "all", "of",
      "and", "or", "including", "these", "those", "other", "most", "few", "several", "for",
      "to", "with", "by", "recently", "newly", "forcibly");
  /** Nouns that make "detention" before them name a place. */
  static final WordSet PLACE_NOUNS = WordSet.of("centre", "center", "centres",
      "centers", "facility", "facilities", "camp", "camps", "house", "houses", "site", "sites");

  private final TextAnalysis a;
  /** The word sets of this class and of {@link Victims}, asked of the analysis's tokens. */
  private final IncidentWords words;
  private final Retellings retellings;
  /** Who the victims are and how many: one reader per article. */
  private final Victims reader;
  private final List<Mention> mentions;
  private final List<TimeExpr> dates;
  private final List<String> warnings;
  final List<Incident> incidents = new ArrayList<>();
  boolean truncated;

  IncidentFinder(TextAnalysis a, List<Mention> mentions, List<TimeExpr> dates,
      List<String> warnings) {
    this.a = a;
    this.retellings = new Retellings(a);
    this.words = new IncidentWords(a);
    this.reader = new Victims(a, words, warnings);
    this.mentions = mentions;
    this.dates = dates;
    this.warnings = warnings;
  }

  void run(int maxIncidents) {
    // mentions and dates are sorted by their first token: two cursors hand each sentence its own,
    // and only a sentence with a trigger gets a list of them
    BySentence<Mention> sentenceMentions = new BySentence<>(mentions);
    BySentence<TimeExpr> sentenceDates = new BySentence<>(dates);
    for (int s = 0; s < a.sentenceCount && incidents.size() < maxIncidents; s++) {
      int first = a.sentFirst[s];
      int limit = a.sentLast[s] + 1;
      sentenceMentions.advance(first, limit);
      sentenceDates.advance(first, limit);
      if (hasTrigger(first, limit)) {
        List<Mention> here = sentenceMentions.list();
        List<TimeExpr> when = sentenceDates.list();
        int before = incidents.size();
        int lastBefore = lastSentence;
        sentence(s, first, limit, here, when, maxIncidents);
        if (lastSentence != lastBefore || incidents.size() != before) {
          lastHere = here; // the lists are not changed after: kept, not copied
          lastWhen = when;
        }
      } // else most sentences: nothing to build, nothing to allocate
    }
    truncated = incidents.size() >= maxIncidents && maxIncidents > 0;
  }

  private void sentence(int s, int first, int limit, List<Mention> here, List<TimeExpr> when,
      int maxIncidents) {
    reader.sentence(when);
    if (background(first, limit) || legalNorm(first, limit, here) || caption(first, limit)) {
      return;
    }
    // the types found, in order, each once, and the trigger of each: at most two, in arrays
    IncidentType[] types = new IncidentType[MAX_PER_SENTENCE];
    int[] at = new int[MAX_PER_SENTENCE];
    int found = 0;
    for (int i = first; i < limit && found < MAX_PER_SENTENCE; i++) {
      a.work.step();
      IncidentType type = (a.tokFlags[i] & Lexicon.TRIGGER) == 0 ? null : typeOf(i, limit);
      if (type == null || among(type, types, found) || insideMention(i, here)
          // a second event needs its own verb: not "in exchange for repatriations", "repatriating"
          || found > 0 && (a.tokNorm[i].endsWith("ing") || a.is(i - 1, "for"))
          || listedAfterAnother(i, first) || attributive(i, limit)
          || a.is(i - 1, "of") && a.tokNorm[i].endsWith("ing") && when.isEmpty()
          || anaphoric(i, first, type)
          || !confirmed(type, i, first, limit) || !reported(i, first)
          || !hasParticipant(type, i, first, limit, here)) {
        continue;
      }
      types[found] = type;
      at[found++] = i;
    }
    for (int k = 0; k < found; k++) {
      IncidentType type = types[k];
      if (incidents.size() >= maxIncidents) {
        return;
      }
      int trigger = at[k];
      if (continues(type, s, first, limit)) {
        extendLast(s, first, limit, here, when, trigger);
        continue;
      }
      if (endsInDeath(type, s, first, limit)) {
        Incident last = incidents.get(incidents.size() - 1);
        IncidentType outcome = last.type() == IncidentType.EXECUTION ? last.type() : type;
        incidents.set(incidents.size() - 1, Incident.builder().from(last).type(outcome)
            .evidence(Span.of(last.evidence().start(), a.sentEnd[s])).build());
        retellings.remember(incidents.get(incidents.size() - 1));
        lastSentence = s;
        continue;
      }
      if (retellings.repeats(type, s)) {
        continue;
      }
      reader.definite = false;
      Incident built = build(type, trigger, s, s, first, limit, here, when);
      int same = reader.definite ? retellings.coreferent(incidents, built, s) : -1;
      if (same >= 0) {
        incidents.set(same, Retellings.merged(incidents.get(same), built));
        retellings.remember(incidents.get(same));
      } else if (Retellings.bare(built)) {
        continue; // the name of an abuse with no one, no time and no place: not an incident
      } else {
        incidents.add(built);
        retellings.remember(built.type(), s); // its evidence is sentence s
      }
      lastSentence = s;
    }
  }

  private static boolean among(IncidentType type, IncidentType[] types, int n) {
    for (int k = 0; k < n; k++) {
      if (types[k] == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of returning is a forced return to the North: "forcibly returned", "returned
   * them to North Korea", "returned to the DPRK".
   */
  private boolean forcedReturn(int i, int limit) {
    if (a.is(i - 1, "forcibly") || a.is(i - 2, "forcibly") || a.is(i + 1, "forcibly")) {
      return true;
    }
    for (int k = i + 1; k < limit && k <= i + 4; k++) {
      if (a.is(k, "dprk") || a.is(k, "north") && a.is(k + 1, "korea")) {
        return a.is(k - 1, "to") || a.is(k - 2, "to") && a.is(k - 1, "the");
      }
    }
    return false;
  }

  /** Whether captives are named just before a killing: "detainees ... were then killed". */
  private boolean captivesNear(int i, int limit) {
    int from = a.sentFirst[a.sentenceOf(i)];
    for (int k = Math.max(from, i - 12); k < Math.min(limit, i + 4); k++) {
      if (words.has(k, IncidentWords.CAPTIVES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a trigger noun is a later item of a list of abuses ("torture, starvation, forced
   * labour and other inhuman treatment"): the list reports one practice, not one event per item.
   */
  private boolean listedAfterAnother(int i, int first) {
    if (!noun(i)) {
      return false;
    }
    int k = i - 1;
    if (k >= first && a.tokType[k] == TextAnalysis.WORD && !a.is(k, "and") && !a.is(k, "or")) {
      k--; // "sexual violence, forced labour"
    }
    if (k < first || !(a.is(k, ",") || a.is(k, "and") || a.is(k, "or"))) {
      return false;
    }
    for (int j = k - 1; j >= first && j >= k - 4; j--) {
      if ((a.tokFlags[j] & Lexicon.TRIGGER) != 0 && noun(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a participle describes the victims rather than reports an event: "some repatriated
   * defectors", "the detained workers" (but "authorities detained citizens" is an event).
   */
  private boolean attributive(int i, int limit) {
    return a.tokNorm[i].endsWith("ed") && i + 1 < limit
        && words.has(i + 1, IncidentWords.VICTIM_NOUNS)
        && (words.has(Math.max(0, i - 1), IncidentWords.DESCRIBING) || a.is(i - 1, ","));
  }

  /** Whether a word can modify a noun between its article and it: "the first known killing". */
  private boolean modifier(int k) {
    String t = a.tokNorm[k];
    if (MODIFIERS.contains(t)) {
      return true;
    }
    return (a.tokFlags[k] & Lexicon.TRIGGER) == 0 && (t.endsWith("al") || t.endsWith("ous")
        || t.endsWith("ive") || t.endsWith("ic") || t.endsWith("ful") || t.endsWith("less")
        || t.endsWith("ed") && !t.equals("need"));
  }

  /** Whether a trigger is a noun rather than a verb: "executions", "torture", "killing". */
  private boolean noun(int i) {
    String t = a.tokNorm[i];
    return !t.endsWith("ed") && !Victims.IRREGULAR_PAST.contains(t)
        && !(t.endsWith("ing") && a.tokType[Math.max(0, i - 1)] == TextAnalysis.WORD
        && words.has(Math.max(0, i - 1), IncidentWords.PASSIVE));
  }

  /**
   * Whether a trigger noun refers back to an incident already read: "the shooting", "the alleged
   * executions" after the article has reported that killing.
   */
  private boolean anaphoric(int i, int first, IncidentType type) {
    if (!noun(i) || a.tokNorm[i].endsWith("ing") && !a.tokNorm[i].endsWith("ings")
        && !a.is(i, "killing") && !a.is(i, "shooting")) {
      return false;
    }
    // "the shooting", "the alleged executions", "the first known killing"
    boolean definite = false;
    for (int k = i - 1; k >= first && k >= i - 4; k--) {
      if (a.is(k, "the") || a.is(k, "these") || a.is(k, "this")) {
        definite = true;
        break;
      }
      if (a.tokType[k] != TextAnalysis.WORD || a.isCapitalized(k) || !modifier(k)) {
        break;
      }
    }
    if (!definite) {
      return false;
    }
    for (Incident x : incidents) {
      if (x.type() == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * Return the type a trigger reports in its context: "shot by firing squad" is an execution,
   * "deported to labour camps" a detention, "held" only with a place of confinement after it.
   */
  private IncidentType typeOf(int i, int limit) {
    IncidentType type = TRIGGERS.get(a.tokNorm[i]);
    boolean confined = false;
    for (int k = i + 1; k < limit && k <= i + 8; k++) {
      confined |= a.has(k, Lexicon.CONFINEMENT);
    }
    if (words.has(i, IncidentWords.HOLDING)) {
      // "camps ... hold 200,000 people", "in these colonies, families are held"
      int from = a.sentFirst[a.sentenceOf(i)];
      for (int k = Math.max(from, i - 8); k < i; k++) {
        confined |= a.has(k, Lexicon.CONFINEMENT);
      }
    }
    if (words.has(i, IncidentWords.SENDING) && (a.is(i + 1, "back") || a.is(i + 2, "back")
        || a.is(i + 3, "back"))) {
      return IncidentType.REPATRIATION; // "sending them back", "sent back to North Korea"
    }
    if (words.has(i, IncidentWords.CONFINING_VERBS)) {
      return confined ? IncidentType.DETENTION
          : type == IncidentType.REPATRIATION ? type : null;
    }
    if (words.has(i, IncidentWords.RETURNING)) {
      return forcedReturn(i, limit) ? IncidentType.REPATRIATION : null;
    }
    if ((a.is(i, "killed") || a.is(i, "shot")) && captivesNear(i, limit)) {
      return IncidentType.EXECUTION;
    }
    if (type == IncidentType.DEATH || type == IncidentType.EXECUTION) {
      for (int k = i + 1; k < limit && k <= i + 5; k++) {
        if (a.is(k, "squad") && a.is(k - 1, "firing")) {
          return IncidentType.EXECUTION;
        }
      }
    }
    return type;
  }

  /** The sentence of the last incident, to merge the next sentence into it when it goes on. */
  private int lastSentence = -10;
  private List<Mention> lastHere = List.of();
  private List<TimeExpr> lastWhen = List.of();

  /** A sentence that opens with a conditional or a look back ("In the past,"). */
  private boolean background(int first, int limit) {
    if (a.is(first, "if") || a.is(first, "unless") || a.is(first, "when")
        || a.is(first, "whenever") || a.is(first, "once")) {
      return true;
    }
    if (a.is(first, "as") && a.is(first + 1, "long") && a.is(first + 2, "as")) {
      return true;
    }
    boolean past = a.is(first, "in") && a.is(first + 1, "the") && a.is(first + 2, "past")
        && a.is(first + 3, ",");
    boolean previously = (a.is(first, "previously") || a.is(first, "historically"))
        && a.is(first + 1, ",");
    return past || previously;
  }

  private boolean hasTrigger(int first, int limit) {
    for (int i = first; i < limit; i++) {
      if ((a.tokFlags[i] & Lexicon.TRIGGER) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A photo caption left in the text ("Kim Jong-un (pictured) offered ...", "Pictured: ..."):
   * it retells the story beside a picture; the body tells its events.
   */
  private boolean caption(int first, int limit) {
    if (a.is(first, "pictured") && a.is(first + 1, ":")) {
      return true;
    }
    for (int i = first + 1; i + 1 < limit; i++) {
      if (a.is(i, "pictured") && a.is(i - 1, "(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that states what a legal text says: it opens with "Article N", or names an
   * instrument before a norm verb ("the Protocol ... makes it an obligation for China to arrest").
   */
  private boolean legalNorm(int first, int limit, List<Mention> here) {
    if ((a.is(first, "article") || a.is(first, "articles"))
        && a.tokType[Math.min(first + 1, limit - 1)] == TextAnalysis.NUMBER) {
      return true;
    }
    int instrumentEnd = -1;
    for (Mention x : here) {
      if (x.rec instanceof InstrumentRec) {
        instrumentEnd = x.end;
        break;
      }
    }
    if (instrumentEnd < 0) {
      return false;
    }
    for (int i = instrumentEnd; i < limit; i++) {
      if (words.has(i, IncidentWords.NORM_VERBS)) {
        return true;
      }
      if ((a.tokFlags[i] & Lexicon.TRIGGER) != 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean insideMention(int i, List<Mention> here) {
    for (Mention x : here) {
      if (x.start <= i && i < x.end && !x.isPlace() && !(x.rec instanceof ActorRec)) {
        return true; // "Punishment" in a convention's title, "Torture" in its short name
      }
    }
    return false;
  }

  /**
   * Whether the trigger reports something that happened or happens, rather than something
   * wanted, prevented, hypothetical, denied or in a purpose clause: looks back within its clause.
   */
  private boolean reported(int i, int first) {
    if (a.is(i - 1, "to") && !a.tokNorm[i].endsWith("ed") && !a.tokNorm[i].endsWith("ion")
        && !a.tokNorm[i].endsWith("ance") && !a.tokNorm[i].endsWith("s")
        && !forAgentTo(i - 1, first)) {
      if (!(a.is(i - 2, "subject") || a.is(i - 2, "subjected")
          || words.has(Math.max(0, i - 2), IncidentWords.BELIEVED)
          || words.has(Math.max(0, i - 2), IncidentWords.DONE_TO))) {
        return false; // "to arrest defectors": a purpose, not an arrest
      }
    }
    for (int k = i - 1; k >= first && k >= i - 8; k--) {
      if (a.has(k, Lexicon.CLAUSE_END)) {
        break;
      }
      if (a.is(k, "when") && k - 1 >= first && words.has(k - 1, IncidentWords.TIME_NOUNS)) {
        break; // "an incident last month when guards shot": a relative clause, not a condition
      }
      if (a.has(k, Lexicon.IRREALIS)) {
        return false;
      }
      if (a.is(k, "that") && a.is(k - 1, "so")) {
        return false;
      }
    }
    for (int k = first; k + 1 < i; k++) {
      if (a.is(k, "not") && a.is(k + 1, "true") || a.has(k, Lexicon.HEDGE)) {
        return false;
      }
    }
    return true;
  }

  /** "protocol for China to repatriate them": the infinitive has its agent; it is a practice. */
  private boolean forAgentTo(int to, int first) {
    for (int k = to - 1; k >= first && k >= to - 5; k--) {
      if (a.is(k, "for")) {
        return k < to - 1 && (a.isCapitalized(k + 1) || a.is(k + 1, "the"));
      }
    }
    return false;
  }

  /**
   * Whether the trigger has a participant in its sentence: a victim (a group, a count, a named
   * person, "them") or a perpetrator in the agent's place: before an active trigger, after "by"
   * for a passive one, anywhere for a noun ("raids by the police").
   */
  private boolean hasParticipant(IncidentType type, int i, int first, int limit,
      List<Mention> here) {
    boolean passive = reader.passive(i, first);
    boolean verb = a.tokNorm[i].endsWith("ed") || a.tokNorm[i].endsWith("ing")
        || a.is(i, "caught");
    for (Mention x : here) {
      if (x.rec instanceof ActorRec) {
        ActorRec actor = (ActorRec) x.rec;
        if (actor.kind == io.github.casefile.model.ActorKind.GROUP
            || actor.kind == io.github.casefile.model.ActorKind.PERSON) {
          return true;
        }
      } else if (x.rec instanceof AgencyRec || x.isPlace() && x.placeId == null) {
        boolean byAgent = x.start > i && (a.is(x.start - 1, "by") || a.is(x.start - 2, "by"));
        boolean agentPlace = !verb || byAgent || !passive && x.end <= i;
        if (agentPlace && !(x.rec instanceof AgencyRec && isBystander((AgencyRec) x.rec))) {
          return true;
        }
      }
    }
    if (reader.count(first, limit) != null) {
      return true;
    }
    if (noun(i) && (words.has(Math.min(i + 1, limit - 1), IncidentWords.HAPPENING)
        || i + 2 < limit && words.has(i + 2, IncidentWords.HAPPENING))) {
      return true; // "arbitrary arrest commonly occurred": the event is the subject
    }
    if (reader.persons(type, i, first, limit, here) != null
        || reader.plural(i, first, limit) != null || passive && reader.pronounSubject(i, first)) {
      return true; // "Park and her mother were trafficked", "their families were transferred"
    }
    for (int k = i + 1; k < limit && k <= i + 3; k++) {
      if (words.has(k, IncidentWords.OBJECT_WORDS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBystander(AgencyRec ag) {
    return ag.kind == io.github.casefile.model.AgencyKind.MEDIA
        || ag.kind == io.github.casefile.model.AgencyKind.NGO;
  }

  /**
   * Whether a trigger of the same type in the sentence right after the last incident goes on with
   * the same event: it refers back to it ("arresting them", "the group").
   */
  private boolean continues(IncidentType type, int s, int first, int limit) {
    if (incidents.isEmpty() || lastSentence != s - 1
        || incidents.get(incidents.size() - 1).type() != type) {
      return false;
    }
    for (int k = first; k < limit && k < first + 12; k++) {
      if (words.has(k, IncidentWords.ANAPHORS) || a.is(k, "group") && a.is(k - 1, "the")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a death told right after a beating or an execution, of someone the text refers back
   * to ("The first hit him in the head, killing him instantly", "She died later that evening"),
   * is how that incident ended rather than a new one.
   */
  private boolean endsInDeath(IncidentType type, int s, int first, int limit) {
    if (type != IncidentType.DEATH || incidents.isEmpty() || lastSentence < s - OUTCOME_REACH) {
      return false;
    }
    IncidentType before = incidents.get(incidents.size() - 1).type();
    if (before != IncidentType.TORTURE && before != IncidentType.EXECUTION) {
      return false;
    }
    for (int k = first; k < limit && k < first + 12; k++) {
      if (words.has(k, IncidentWords.REFERRING_PRONOUNS)) {
        return true;
      }
    }
    return false;
  }

  private void extendLast(int s, int first, int limit, List<Mention> here, List<TimeExpr> when,
      int trigger) {
    Incident last = incidents.remove(incidents.size() - 1);
    List<Mention> both = new ArrayList<>(lastHere);
    both.addAll(here);
    List<TimeExpr> allWhen = new ArrayList<>(lastWhen);
    allWhen.addAll(when);
    int from = a.sentFirst[s - 1];
    incidents.add(build(last.type(), trigger, s - 1, s, from, limit, both, allWhen));
    retellings.remember(last.type(), s - 1); // its evidence starts sentence s - 1
    lastSentence = s;
  }

  private boolean confirmed(IncidentType type, int i, int first, int limit) {
    for (int k = Math.max(first, i - 3); k < i; k++) {
      if (words.has(k, IncidentWords.UNCONFIRMING)) {
        return false;
      }
    }
    String t = a.tokNorm[i];
    switch (type) {
      case FORCED_LABOR:
        return a.is(i - 1, "forced") || a.is(i - 1, "hard") || a.is(i - 1, "slave")
            || t.startsWith("mobili");
      case INFORMANT:
        if (t.equals("report") || t.equals("reported")) {
          return a.is(i + 1, "on") && !a.is(i - 1, "to");
        }
        return true;
      case BRIBERY:
        return !t.equals("exchange") || (a.is(i - 1, "in") && a.is(i + 1, "for")
            && hasNear(i, limit, "gold", "money", "cash", "rewards", "compensation"));
      case DETENTION:
        // "a detention centre", "detention facilities": a place, not the act
        return !(t.equals("detention") && words.has(Math.min(i + 1,
            limit - 1), IncidentWords.PLACE_NOUNS));
      case CROSSING:
        if (t.equals("escape")) {
          return a.is(i - 1, "to"); // the verb ("managed to escape"), not "a successful escape"
        }
        // "slipped across the border", "slipped back into the town"; not "slipped on the ice"
        return !t.equals("slipped") || a.is(i + 1, "across") || a.is(i + 1, "back")
            || a.is(i + 1, "into") || a.is(i + 1, "over") || a.is(i + 1, "out");
      default:
        return true;
    }
  }

  private boolean hasNear(int i, int limit, String... words) {
    for (int k = Math.max(0, i - 15); k < Math.min(limit, i + 15); k++) {
      for (String w : words) {
        if (a.is(k, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private Incident build(IncidentType type, int trigger, int s, int sLast, int first, int limit,
      List<Mention> here, List<TimeExpr> when) {
    io.github.casefile.model.ImmutableIncident.Builder b = Incident.builder()
        .id("incident:" + (incidents.size() + 1))
        .type(type)
        .evidence(Span.of(a.sentStart[s], a.sentEnd[sLast]));
    reader.sentence(when);
    TimeExpr date = null;
    for (TimeExpr t : when) {
      if (date == null || Math.abs(t.start - trigger) < Math.abs(date.start - trigger)) {
        date = t;
      }
    }
    if (date != null) {
      b.date(IncidentDate.builder().value(Optional.ofNullable(date.value))
          .text(a.text.substring(a.tokStart[date.start], a.tokEnd[date.end - 1]))
          .span(Span.of(a.tokStart[date.start], a.tokEnd[date.end - 1])).build());
    }
    Location location = location(here, limit);
    if (location != null) {
      b.location(location);
    }
    Set<String> perpetrators = new LinkedHashSet<>();
    Set<String> sourceIds = new LinkedHashSet<>();
    List<Attribution> sources = attributions(first, limit, here, sourceIds);
    List<Victim> victims = new ArrayList<>();
    boolean victimBefore = false;
    // a person right next to the trigger is its victim: "abducted the Reverend Kim Dong-shik"
    Victim adjacent = noun(trigger) ? null : reader.persons(type, trigger, first, limit, here);
    if (adjacent != null && Math.abs(reader.personsStart - trigger) <= 3) {
      victims.add(adjacent);
    }
    boolean adjacentPerson = !victims.isEmpty();
    // who crosses, dies or is acted upon in the passive is named before the trigger
    boolean subjectVictim = reader.passive(trigger, first) || type == IncidentType.CROSSING
        || words.has(trigger, IncidentWords.SELF_VERBS);
    Set<String> instruments = new LinkedHashSet<>();
    for (Mention x : here) {
      if (x.rec instanceof InstrumentRec) {
        instruments.add(x.rec.id);
      } else if (x.rec instanceof AgencyRec && !sourceIds.contains(x.rec.id)) {
        AgencyRec ag = (AgencyRec) x.rec;
        switch (ag.kind) {
          case MEDIA:
          case NGO:
          case INTERGOVERNMENTAL:
            break;
          default:
            perpetrators.add(ag.id);
        }
      } else if (x.rec instanceof ActorRec && !sourceIds.contains(x.rec.id)) {
        ActorRec actor = (ActorRec) x.rec;
        String key = actor.key == null ? "" : actor.key;
        if (key.equals("brokers") || key.equals("spies") || key.equals("traffickers")
            || key.equals("smugglers")) {
          perpetrators.add(actor.id);
        } else if (actor.kind == io.github.casefile.model.ActorKind.GROUP && !adjacentPerson
            && !speaker(x, trigger) && (victims.isEmpty()
            || x.start > trigger && victimBefore && !subjectVictim)) {
          // the patient after the trigger wins over a group named before it (often the source)
          victims.clear();
          victimBefore = x.start < trigger;
          reader.definite = reader.definiteBefore(x.start);
          Long n = reader.count(Math.max(first, x.start - 4), x.end);
          if (n == null && RelativeActors.KEY.equals(actor.key)) {
            n = reader.relativesCount(x);
          } else if (n == null && reader.singularGroup(x)) {
            n = (long) reader.coordinated(x.end, limit, here, 1);
          }
          victims.add(Victim.builder().ref(actor.id)
              .description(a.text.substring(a.tokStart[x.start], a.tokEnd[x.end - 1]))
              .count(Optional.ofNullable(n != null ? n : reader.count(first, limit))).build());
        }
      }
    }
    if (victims.isEmpty()) {
      int from = first;
      for (int k = first; k < trigger; k++) {
        if (words.has(k, IncidentWords.SPEECH)) {
          from = k + 1; // what the speaker counted before this is not the victims
        }
      }
      Long n = reader.count(from, limit);
      if (n != null) {
        victims.add(Victim.builder().description(reader.countedNoun(from, limit)).count(n).build());
      } else {
        Victim persons = reader.persons(type, trigger, from, limit, here);
        if (persons == null) {
          persons = reader.plural(trigger, from, limit);
        }
        if (persons == null && (a.is(trigger + 1, "them") || a.is(trigger + 2, "them"))) {
          // "to repatriate them": victims the text named before, uncounted here
          int them = a.is(trigger + 1, "them") ? trigger + 1 : trigger + 2;
          persons = Victim.builder().description(a.token(them)).build();
        }
        if (persons != null) {
          victims.add(persons);
        }
      }
    }
    boolean dated = date != null && date.value != null && !date.value.isInterval();
    boolean counted = !victims.isEmpty() && victims.get(0).count().isPresent();
    // the sentence is read for a practice only when the incident would otherwise be specific
    b.specific((dated || counted || location != null && pastTense(trigger))
        && !habitual(first, limit));
    return b.perpetrators(perpetrators).victims(victims).sources(sources)
        .instruments(instruments).build();
  }

  /** Whether a sentence tells of a practice: "often", "routinely", "are", "is", "have been". */
  private boolean habitual(int first, int limit) {
    for (int i = first; i < limit; i++) {
      if ((a.tokFlags[i] & Lexicon.HABITUAL) != 0
          && (!a.is(i, "have") && !a.is(i, "has") || a.is(i + 1, "been"))) {
        return true;
      }
    }
    return false;
  }

  /** A group named before a speech verb that comes before the trigger: the source, not a victim. */
  private boolean speaker(Mention x, int trigger) {
    for (int k = x.end; k < trigger; k++) {
      if (words.has(k, IncidentWords.SPEECH)) {
        return true;
      }
    }
    return false;
  }

  private boolean pastTense(int i) {
    return a.tokNorm[i].endsWith("ed") || a.is(i, "caught") || a.is(i, "fled");
  }

  private Location location(List<Mention> here, int limit) {
    for (Mention x : here) {
      if (!x.isPlace() || x.countries.isEmpty()) {
        continue;
      }
      int start = x.start;
      int floor = a.sentFirst[a.sentenceOf(x.start)];
      int k = x.start - 1;
      if (k >= floor && a.is(k, "the")) {
        k--;
      }
      if (k >= floor && words.has(k, IncidentWords.PLACE_PREPOSITIONS)) {
        start = k;
      }
      if (start == x.start && !x.countries.isEmpty() && x.placeId == null) {
        continue; // a bare country name is usually the actor, not the place
      }
      Span span = Span.of(a.tokStart[start], a.tokEnd[x.end - 1]);
      return Location.builder().text(span.textOf(a.text)).countries(x.countries).span(span)
          .build();
    }
    return null;
  }

  private List<Attribution> attributions(int first, int limit, List<Mention> here,
      Set<String> ids) {
    List<Attribution> out = new ArrayList<>();
    for (int i = first; i + 1 < limit; i++) {
      if (a.is(i, "according") && a.is(i + 1, "to")) {
        int end = i + 2;
        while (end < limit && end < i + 14 && !a.is(end, ",") && !a.is(end, ".")) {
          end++;
        }
        if (end > i + 2) {
          String ref = null;
          for (Mention x : here) {
            if ((x.rec instanceof AgencyRec || x.rec instanceof ActorRec) && x.start >= i + 2
                && x.start < end) {
              ref = x.rec.id;
              ids.add(ref);
              break;
            }
          }
          out.add(Attribution.builder().text(a.text.substring(a.tokStart[i + 2],
              a.tokEnd[end - 1])).ref(Optional.ofNullable(ref)).build());
        }
      }
    }
    for (Mention x : here) {
      if ((x.rec instanceof AgencyRec || x.rec instanceof ActorRec) && x.end < limit
          && words.has(x.end, IncidentWords.SOURCE_VERBS)) {
        if (ids.add(x.rec.id)) {
          out.add(Attribution.builder().text(a.text.substring(a.tokStart[x.start],
              a.tokEnd[x.end - 1])).ref(x.rec.id).build());
        }
      }
    }
    return out;
  }
}
