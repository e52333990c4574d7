package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.Knowledge.AgencyInfo;
import io.github.casefile.internal.extract.Knowledge.GenericInfo;
import io.github.casefile.internal.extract.Knowledge.InstrumentInfo;
import io.github.casefile.internal.extract.Knowledge.Target;
import io.github.casefile.internal.extract.Knowledge.TargetKind;
import io.github.casefile.internal.extract.Records.ActorRec;
import io.github.casefile.internal.extract.Records.AgencyRec;
import io.github.casefile.internal.extract.Records.InstrumentRec;
import io.github.casefile.internal.extract.Records.Rec;
import io.github.casefile.model.ActorKind;
import io.github.casefile.model.AgencyKind;
import io.github.casefile.model.InstrumentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the agencies, actors, instruments, countries and places a text mentions, in one left-to-
 * right pass per sentence: knowledge-base names first, then country words before generic heads
 * ("Chinese police"), acronyms defined in parentheses, capitalised names ending in an organisation
 * or instrument head, titled person names and group nouns. What the article defines (an acronym, a
 * parenthesised name) overrides the knowledge base for the rest of the article.
 */
final class EntityFinder {
  /** A mention of something at tokens {@code [start, end)}. */
  static final class Mention implements BySentence.Item {
    final int start;
    final int end;
    final Rec rec;
    final List<String> countries;
    final String placeId;

    Mention(int start, int end, Rec rec, List<String> countries, String placeId) {
      this.start = start;
      this.end = end;
      this.rec = rec;
      this.countries = countries;
      this.placeId = placeId;
    }

    boolean isPlace() {
      return rec == null;
    }

    @Override
    public int firstToken() {
      return start;
    }
  }

  private static final int MAX_RUN = 16;
  static final Set<String> CONNECTORS = Set.of(
      "of", "the", "for", "and", "on", "against", "relating", "to", "in", "or", "by", "&");
  private static final Map<String, AgencyKind> ORG_HEADS = Map.ofEntries(
      Map.entry("ministry", AgencyKind.MINISTRY), Map.entry("commission", AgencyKind.GOVERNMENT),
      Map.entry("bureau", AgencyKind.GOVERNMENT), Map.entry("department", AgencyKind.GOVERNMENT),
      Map.entry("agency", AgencyKind.GOVERNMENT), Map.entry("council", AgencyKind.GOVERNMENT),
      Map.entry("committee", AgencyKind.GOVERNMENT), Map.entry("office", AgencyKind.GOVERNMENT),
      Map.entry("court", AgencyKind.COURT), Map.entry("command", AgencyKind.MILITARY),
      Map.entry("center", AgencyKind.OTHER), Map.entry("centre", AgencyKind.OTHER),
      Map.entry("institute", AgencyKind.OTHER), Map.entry("university", AgencyKind.OTHER),
      Map.entry("association", AgencyKind.NGO), Map.entry("church", AgencyKind.OTHER),
      Map.entry("club", AgencyKind.OTHER), Map.entry("foundation", AgencyKind.NGO),
      Map.entry("coalition", AgencyKind.NGO), Map.entry("network", AgencyKind.NGO),
      Map.entry("alliance", AgencyKind.NGO), Map.entry("organization", AgencyKind.OTHER),
      Map.entry("organisation", AgencyKind.OTHER), Map.entry("party", AgencyKind.PARTY),
      Map.entry("assembly", AgencyKind.LEGISLATURE), Map.entry("service", AgencyKind.GOVERNMENT),
      Map.entry("police", AgencyKind.POLICE), Map.entry("guards", AgencyKind.BORDER_GUARD),
      Map.entry("army", AgencyKind.MILITARY), Map.entry("forces", AgencyKind.MILITARY),
      Map.entry("group", AgencyKind.NGO), Map.entry("watch", AgencyKind.NGO),
      Map.entry("news", AgencyKind.MEDIA), Map.entry("times", AgencyKind.MEDIA),
      Map.entry("post", AgencyKind.MEDIA), Map.entry("daily", AgencyKind.MEDIA));
  static final Map<String, InstrumentKind> INSTRUMENT_HEADS = Map.ofEntries(
      Map.entry("convention", InstrumentKind.TREATY), Map.entry("protocol", InstrumentKind.TREATY),
      Map.entry("treaty", InstrumentKind.TREATY), Map.entry("covenant", InstrumentKind.TREATY),
      Map.entry("agreement", InstrumentKind.BILATERAL_AGREEMENT),
      Map.entry("act", InstrumentKind.DOMESTIC_LAW), Map.entry("law", InstrumentKind.DOMESTIC_LAW),
      Map.entry("code", InstrumentKind.DOMESTIC_LAW),
      Map.entry("resolution", InstrumentKind.RESOLUTION),
      Map.entry("resolutions", InstrumentKind.RESOLUTION),
      Map.entry("declaration", InstrumentKind.OTHER), Map.entry("report", InstrumentKind.REPORT),
      Map.entry("charter", InstrumentKind.TREATY), Map.entry("statute", InstrumentKind.TREATY),
      Map.entry("paper", InstrumentKind.REPORT));
  /** The heads of both tables as word sets: asked of every token of capitalised runs. */
  private static final HeadWords ORG_HEAD_WORDS = new HeadWords(ORG_HEADS.keySet());
  private static final HeadWords INSTRUMENT_HEAD_WORDS = new HeadWords(INSTRUMENT_HEADS.keySet());
  /** Group nouns and the group each names; singular and plural forms name the same group. */
  static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry("defectors", "defectors"), Map.entry("defector", "defectors"),
      Map.entry("escapees", "defectors"), Map.entry("escapee", "defectors"),
      Map.entry("refugees", "defectors"), Map.entry("escapers", "defectors"),
      Map.entry("brokers", "brokers"), Map.entry("broker", "brokers"),
      Map.entry("missionaries", "missionaries"), Map.entry("missionary", "missionaries"),
      Map.entry("spies", "spies"), Map.entry("informants", "spies"),
      Map.entry("traffickers", "traffickers"), Map.entry("trafficker", "traffickers"),
      Map.entry("smugglers", "smugglers"), Map.entry("prisoners", "prisoners"),
      Map.entry("inmates", "prisoners"), Map.entry("detainees", "prisoners"),
      Map.entry("survivors", "survivors"));
  /** Group nouns that name a group only with a country word before them ("North Korean women"). */
  private static final Map<String, String> COUNTRY_GROUPS = Map.of(
      "residents", "residents", "agents", "spies", "women", "women", "workers", "workers",
      "citizens", "citizens", "nationals", "citizens", "soldier", "soldier");
  private static final WordSet COUNTRY_GROUP_WORDS = wordSet(COUNTRY_GROUPS.keySet());
  static final Set<String> TITLES = Set.of(
      "leader", "president", "minister", "mr", "mrs", "ms", "dr", "reverend", "rev", "general",
      "gen", "chairman", "ambassador", "secretary", "defector", "activist", "dictator", "senator",
      "judge", "professor", "prof", "spokesman", "spokeswoman", "lawyer", "author", "director",
      "envoy", "rapporteur", "commissioner", "chief", "founder", "pastor", "father", "miss",
      "sir", "lord", "colonel", "lieutenant", "captain", "sergeant", "marshal", "premier",
      "investigator", "researcher", "analyst", "official", "officer", "student", "survivor");
  static final Set<String> SURNAMES = Set.of(
      "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han",
      "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong", "ko", "moon", "yang", "son", "bae",
      "baek", "heo", "yoo", "nam", "noh", "ha", "kwak", "cha", "joo", "ryu", "jin", "ji", "chae",
      "chun", "hyun", "ham", "ri", "pak", "jo", "choe", "youn", "suh", "seo", "oh", "jee", "yun");
  static final Set<String> SPEECH = Set.of(
      "said", "says", "told", "added", "wrote", "explained", "recalled", "stated", "reported",
      "claimed", "testified", "noted", "warned", "urged",
      // the present tense of magazine style ("reckons Andrei Lankov"), where the form is no noun
      "tells", "adds", "writes", "explains", "recalls", "claims", "warns", "urges", "argues",
      "argued", "insists", "insisted", "reckons", "recounts", "recounted");
  static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "after", "before",
      "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "it", "he",
      "she", "they", "we", "i", "you", "as", "for", "from", "with", "by", "of", "to", "since",
      "while", "although", "however", "according", "last", "there", "some", "many", "most",
      "north", "south", "east", "west", "camp", "province", "city", "county", "river", "border",
      "human", "rights", "day", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "korea", "korean",
      "koreans", "china", "chinese", "god", "mail", "online", "daily", "published", "updated",
      "read", "more", "click", "photo", "getty", "images", "reuters", "ap", "advertisement");
  /** Words that belong to a group's description before its noun. */
  private static final WordSet GROUP_MODIFIERS = WordSet.of("camp", "prison", "political",
      "other", "senior", "former", "fellow", "hundreds", "thousands", "dozens", "tens");
  private static final WordSet LOCAL_ADJECTIVES = WordSet.of(
      "local", "provincial", "regional", "municipal", "senior", "top", "former", "own", "new");

  private final Knowledge kb;
  private final TextAnalysis a;
  private final Records records;
  final List<Mention> mentions = new ArrayList<>();
  /** Names the article itself defined: normalised text to record. */
  private final Map<String, Rec> defined = new HashMap<>();
  /** The same names keyed by norm ids: a knowledge-base match is looked up without a String. */
  private final Map<NormIds, Rec> definedIds = new HashMap<>();
  /**
   * The agency each knowledge-base name of several agencies last meant in this article, by the
   * name's norm ids (a defined name, in {@link #definedIds}, keeps its definition).
   */
  private final Map<NormIds, Rec> agencyByName = new HashMap<>();
  /** The record a bare name or generic head last meant in this article. */
  private final Map<String, Rec> memory = new HashMap<>();
  /**
   * What the article's own names meant, by the names' norm ids (equal exactly when the joined
   * norms are, so no key String is built per mention): organisation names ending in a head...
   */
  private final Map<NormIds, AgencyRec> namedAgencies = new HashMap<>();
  /** ...and instrument titles. */
  private final Map<NormIds, InstrumentRec> titledInstruments = new HashMap<>();
  /**
   * The groups named: group() by the group's name ("defectors"), groupNamed() by the norms of a
   * run ending in "officers", "agents" or "officials" (one table, as the two shared a key prefix).
   */
  private final Map<String, ActorRec> groups = new HashMap<>();
  /** The agency a generic head with a country stood for: by the country's code, then the head. */
  private final Map<String, Map<String, AgencyRec>> genericAgencies = new HashMap<>();
  private final Map<String, ActorRec> persons = new HashMap<>();
  /** Whether each norm id starts a knowledge-base name (see NameTrie.startsById), or null. */
  private final boolean[] startsName;
  /** The person each full name (its joined norms, a possessive's "s" dropped) last meant. */
  private final Map<String, ActorRec> personByName = new HashMap<>();

  private static WordSet wordSet(Set<String> words) {
    return WordSet.of(words.toArray(new String[0]));
  }

  EntityFinder(Knowledge kb, TextAnalysis a, Records records) {
    this.kb = kb;
    this.a = a;
    this.records = records;
    this.startsName = kb.names.startsById(a);
  }

  void run() {
    for (int s = 0; s < a.sentenceCount; s++) {
      int limit = a.sentLast[s] + 1;
      int i = a.sentFirst[s];
      while (i < limit) {
        // most tokens start nothing: passed over here, without a call, one step each
        int from = i;
        while (i < limit && startsNothing(i)) {
          i++;
        }
        a.work.add(i - from);
        if (i == limit) {
          break;
        }
        a.work.step();
        int next = at(i, limit);
        i = Math.max(next, i + 1);
      }
    }
  }

  /**
   * Tell whether token i surely starts nothing: punctuation, and lower-case words that start no
   * known or defined name, no title and no group noun (most tokens).
   */
  private boolean startsNothing(int i) {
    return a.tokType[i] == TextAnalysis.PUNCT || a.tokType[i] == TextAnalysis.WORD
        && (a.tokFlags[i] & (TextAnalysis.CAP | Lexicon.TITLE | Lexicon.GROUP)) == 0
        && !startsName(i) && (defined.isEmpty() || !defined.containsKey(a.tokNorm[i]));
  }

  /**
   * Return the longest knowledge-base name from token i, ending before limit, or null: most
   * tokens asked start none, which the starters table tells without walking the trie (with the
   * one step of work the walk would count).
   */
  private NameTrie.Match<Target> longest(int i, int limit) {
    if (i < limit && startsName != null && !startsName(i)) {
      a.work.step();
      return null;
    }
    return kb.names.longest(a, i, limit);
  }

  /** Tell whether some knowledge-base name starts with token i's norm. */
  private boolean startsName(int i) {
    if (startsName == null) {
      return kb.names.starts(a, i);
    }
    int id = a.tokId[i];
    return id < startsName.length && startsName[id];
  }

  private String key(int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (a.tokType[k] != TextAnalysis.PUNCT || a.tokNorm[k].equals("-")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(a.tokNorm[k]);
      }
    }
    return b.toString();
  }

  /** The norm ids of the tokens {@link #key} joins: every word, number and hyphen. */
  private NormIds ids(int start, int end) {
    int[] ids = new int[end - start];
    int n = 0;
    for (int k = start; k < end; k++) {
      if (a.tokType[k] != TextAnalysis.PUNCT || a.tokNorm[k].equals("-")) {
        ids[n++] = a.tokId[k];
      }
    }
    return new NormIds(n == ids.length ? ids : Arrays.copyOf(ids, n));
  }

  /**
   * A sequence of norm ids of one analysis: equal exactly when {@link #key} of the same tokens is
   * equal, since norms hold no spaces and each norm has one id.
   */
  private static final class NormIds {
    private final int[] ids;
    private final int hash;

    NormIds(int[] ids) {
      this.ids = ids;
      this.hash = Arrays.hashCode(ids);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NormIds && Arrays.equals(ids, ((NormIds) o).ids);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Find what token i starts (run() has passed over the tokens that start nothing). */
  private int at(int i, int limit) {
    // 1. what the article defined wins: an acronym or a parenthesised name
    Rec local = defined.isEmpty() ? null : defined.get(a.tokNorm[i]);
    NameTrie.Match<Target> m = longest(i, limit);
    if (m != null && !defined.isEmpty()) {
      Rec over = definedIds.get(ids(m.start, m.end));
      if (over != null) {
        return record(over, i, m.end, limit);
      }
    }
    if (local != null && (m == null || m.end == i + 1)) {
      return record(local, i, i + 1, limit);
    }
    // 2. a capitalised title or name that runs past the knowledge-base match
    int run = capitalRun(i, limit);
    if (run > i + 1 && (m == null || run > m.end || onlyPlaces(m))) {
      int done = titled(i, run, limit);
      if (done > i) {
        return done;
      }
    }
    if (m != null) {
      int done = known(m, limit);
      if (done > i) {
        return done;
      }
    }
    int done = person(i, limit);
    if (done > i) {
      return done;
    }
    return group(i, i, limit, null);
  }

  private boolean onlyPlaces(NameTrie.Match<Target> m) {
    for (Target t : m.targets) {
      if (t.kind == TargetKind.AGENCY || t.kind == TargetKind.INSTRUMENT
          || t.kind == TargetKind.GENERIC) {
        return false;
      }
    }
    return true;
  }

  private int known(NameTrie.Match<Target> m, int limit) {
    sortTargets(m);
    Target country = sorted(DEMONYM_FIRST);
    Target place = sortedTargets[TargetKind.PLACE.ordinal()];
    Target agency = sortedTargets[TargetKind.AGENCY.ordinal()];
    Target instrument = sortedTargets[TargetKind.INSTRUMENT.ordinal()];
    Target generic = sortedTargets[TargetKind.GENERIC.ordinal()];
    List<String> codes = null;
    if (country != null || place != null) {
      codes = country != null ? List.of(country.ref) : kb.places.get(place.ref).countries;
      if (codes.size() == 1 && m.end < limit) {
        int done = modified(m.start, m.end, codes.get(0), limit);
        if (done > m.end) {
          return done;
        }
      }
    }
    if (agency != null) {
      AgencyRec rec = chooseAgency(m, null);
      return record(rec, m.start, m.end, limit);
    }
    if (instrument != null) {
      return record(instrumentFromKb(instrument.ref), m.start, m.end, limit);
    }
    if (generic != null) {
      GenericInfo g = kb.generics.get(generic.ref);
      String in = countryAfter(m.end, limit);
      if (in != null) {
        AgencyRec rec = genericAgency(g, in, m.start, m.end);
        return rec == null ? m.end : record(rec, m.start, m.end, limit);
      }
      Rec remembered = memory.get(g.memoryKey);
      if (remembered != null) {
        return record(remembered, m.start, m.end, limit);
      }
      return m.end;
    }
    if (codes != null) {
      mentions.add(new Mention(m.start, m.end, null, codes, place == null ? null : place.ref));
      return m.end;
    }
    return m.end;
  }

  /** A country or place word at [start, end) followed by a head: "Chinese police". */
  private int modified(int start, int end, String code, int limit) {
    int j = end;
    if (j < limit && LOCAL_ADJECTIVES.has(a, j) && !a.isCapitalized(j)) {
      j++;
    }
    if (j >= limit) {
      return end;
    }
    NameTrie.Match<Target> n = longest(j, limit);
    if (n != null) {
      Target generic = first(n, TargetKind.GENERIC);
      Target agency = first(n, TargetKind.AGENCY);
      if (agency != null) {
        AgencyRec rec = chooseAgency(n, code);
        if (rec != null && (rec.country == null || rec.country.equals(code))) {
          return record(rec, start, n.end, limit);
        }
      }
      if (generic != null) {
        AgencyRec rec = genericAgency(kb.generics.get(generic.ref), code, start, n.end);
        if (rec != null) {
          return record(rec, start, n.end, limit);
        }
      }
    }
    int run = capitalRun(j, limit);
    if (run > j && ORG_HEAD_WORDS.has(a, run - 1) && run - j >= 1
        && !INSTRUMENT_HEAD_WORDS.has(a, run - 1)) {
      AgencyRec rec = patternAgency(start, run, code);
      if (rec != null) {
        return record(rec, start, run, limit);
      }
    }
    if (!a.isCapitalized(j)) {
      String group = a.has(j, Lexicon.GROUP) ? GROUPS.get(a.tokNorm[j]) : null;
      if (group == null && COUNTRY_GROUP_WORDS.has(a, j)) {
        group = COUNTRY_GROUPS.get(a.tokNorm[j]);
      }
      if (group != null) {
        return group(start, j, limit, code);
      }
    }
    if (j < limit && a.has(j, Lexicon.TITLE)) {
      int done = titledPerson(start, j, limit, code);
      if (done > j) {
        return done;
      }
    }
    return end;
  }

  private String countryAfter(int j, int limit) {
    if (j + 1 < limit && a.is(j, "in")) {
      NameTrie.Match<Target> n = longest(j + 1, limit);
      if (n != null) {
        Target c = first(n, TargetKind.COUNTRY);
        if (c != null) {
          return c.ref;
        }
        Target p = first(n, TargetKind.PLACE);
        if (p != null && kb.places.get(p.ref).countries.size() == 1) {
          return kb.places.get(p.ref).countries.get(0);
        }
      }
    }
    return null;
  }

  private AgencyRec genericAgency(GenericInfo g, String code, int start, int end) {
    String id = g.map.get(code);
    AgencyRec rec;
    if (id != null) {
      rec = kbAgency(kb.agencies.get(id));
    } else {
      String name = a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
      Map<String, AgencyRec> byHead = genericAgencies.computeIfAbsent(code, c -> new HashMap<>());
      rec = localAgency(byHead, g.head.toLowerCase(), name, g.kind, code);
    }
    if (rec != null) {
      memory.put(g.memoryKey, rec);
    }
    return rec;
  }

  private AgencyRec chooseAgency(NameTrie.Match<Target> m, String code) {
    // most names name one agency: it is chosen unless a country is asked for that it is not of
    AgencyInfo only = null;
    List<AgencyInfo> candidates = null;
    for (int k = 0; k < m.targets.size(); k++) {
      Target t = m.targets.get(k);
      if (t.kind == TargetKind.AGENCY) {
        AgencyInfo info = kb.agencies.get(t.ref);
        if (only == null && candidates == null) {
          only = info;
        } else {
          if (candidates == null) {
            candidates = new ArrayList<>();
            candidates.add(only);
          }
          candidates.add(info);
        }
      }
    }
    if (candidates == null) {
      return code != null && !code.equals(only.country) ? null : rememberAgency(m, only);
    }
    AgencyInfo chosen = null;
    if (code != null) {
      for (AgencyInfo c : candidates) {
        if (code.equals(c.country)) {
          chosen = c;
          break;
        }
      }
    }
    if (chosen == null && candidates.size() > 1) {
      Rec remembered = agencyByName.get(ids(m.start, m.end));
      if (remembered instanceof AgencyRec && code == null) {
        return (AgencyRec) remembered; // and it stays what the name means
      }
      String near = countryInSentence(m.start);
      for (AgencyInfo c : candidates) {
        if (near != null && near.equals(c.country)) {
          chosen = c;
          break;
        }
      }
    }
    if (chosen == null) {
      if (code != null) {
        return null;
      }
      chosen = candidates.get(0);
    }
    return rememberAgency(m, chosen);
  }

  /** Return the record of a knowledge-base agency a name was taken to mean, remembered so. */
  private AgencyRec rememberAgency(NameTrie.Match<Target> m, AgencyInfo chosen) {
    AgencyRec rec = kbAgency(chosen);
    // remembered only for a name of several entries: only such a name is asked for above
    if (rec != null && m.several) {
      NormIds surface = ids(m.start, m.end);
      if (!definedIds.containsKey(surface)) {
        agencyByName.put(surface, rec);
      }
    }
    return rec;
  }

  private String countryInSentence(int token) {
    int s = a.sentenceOf(token);
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention mention = mentions.get(k);
      if (a.sentenceOf(mention.start) != s) {
        break;
      }
      if (mention.isPlace() && mention.countries.size() == 1) {
        return mention.countries.get(0);
      }
    }
    return null;
  }

  /** Country kinds in the order a match's country is chosen: demonyms first, or names first. */
  private static final TargetKind[] DEMONYM_FIRST = {TargetKind.DEMONYM, TargetKind.POSSESSIVE,
      TargetKind.ATTRIBUTIVE, TargetKind.COUNTRY};
  private static final TargetKind[] COUNTRY_FIRST = {TargetKind.COUNTRY, TargetKind.POSSESSIVE,
      TargetKind.ATTRIBUTIVE, TargetKind.DEMONYM};

  /** The first target of each kind of the match {@link #sortTargets} was last given, by ordinal. */
  private final Target[] sortedTargets = new Target[TargetKind.values().length];

  /** Sort a match's targets by kind in one pass: known() asks for up to seven kinds. */
  private void sortTargets(NameTrie.Match<Target> m) {
    Arrays.fill(sortedTargets, null);
    for (int k = m.targets.size() - 1; k >= 0; k--) {
      Target t = m.targets.get(k);
      sortedTargets[t.kind.ordinal()] = t; // from the end: the first of a kind stays
    }
  }

  /** Return the sorted match's first target of the first of {@code kinds} it has, or null. */
  private Target sorted(TargetKind[] kinds) {
    for (TargetKind k : kinds) {
      if (sortedTargets[k.ordinal()] != null) {
        return sortedTargets[k.ordinal()];
      }
    }
    return null;
  }

  /** Return the first target of the first of {@code kinds} the match has, or null. */
  private static Target first(NameTrie.Match<Target> m, TargetKind[] kinds) {
    for (TargetKind k : kinds) {
      Target t = first(m, k);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** Return the match's first target of a kind, or null (no varargs array per call). */
  private static Target first(NameTrie.Match<Target> m, TargetKind kind) {
    for (Target t : m.targets) {
      if (t.kind == kind) {
        return t;
      }
    }
    return null;
  }

  /** Record a mention of a record and take a definition in parentheses after it. */
  private int record(Rec rec, int start, int end, int limit) {
    if (rec == null) {
      return end;
    }
    rec.mention(a, start, end);
    mentions.add(new Mention(start, end, rec, rec.country == null ? List.of()
        : List.of(rec.country), null));
    if (end + 2 < limit && a.is(end, "(") && !(rec instanceof ActorRec)) {
      int close = -1;
      for (int k = end + 1; k < Math.min(limit, end + 14); k++) {
        if (a.is(k, ")")) {
          close = k;
          break;
        }
      }
      NameTrie.Match<Target> inner = close > end + 1 ? longest(end + 1, close) : null;
      Target country = inner == null || inner.end != close ? null
          : first(inner, TargetKind.COUNTRY);
      if (country != null) {
        // "the situation of human rights in the Democratic People's Republic of Korea (DPRK)":
        // the acronym names the country at the end of the name, not the name's owner
        mentions.add(new Mention(end + 1, close, null, List.of(country.ref), null));
        return close + 1;
      }
      if (close > end + 1 && nameLike(end + 1, close)) {
        String surface = key(end + 1, close);
        defined.put(surface, rec);
        definedIds.put(ids(end + 1, close), rec);
        if (close == end + 2 && a.isAllCaps(end + 1) && rec instanceof AgencyRec
            && ((AgencyRec) rec).acronym == null) {
          ((AgencyRec) rec).acronym = a.token(end + 1);
        }
        rec.mention(a, end + 1, close);
        mentions.add(new Mention(end + 1, close, rec, List.of(), null));
        return close + 1;
      }
    }
    return end;
  }

  private boolean nameLike(int start, int end) {
    if (!a.isCapitalized(start)) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (a.tokType[k] == TextAnalysis.PUNCT && !a.is(k, "-") && !a.is(k, ".")) {
        return false;
      }
      if (a.tokType[k] == TextAnalysis.WORD && !a.isCapitalized(k)
          && !a.has(k, Lexicon.CONNECTOR)) {
        return false;
      }
    }
    return true;
  }

  /** Return the end of a run of capitalised words joined by connectors, from token i. */
  private int capitalRun(int i, int limit) {
    int k = i;
    if (k < limit && a.tokType[k] == TextAnalysis.NUMBER && a.tokNorm[k].length() == 4) {
      k++; // "1951 UN Convention", "2014 Commission of Inquiry Report"
    }
    if (k >= limit || !a.isCapitalized(k)) {
      return i;
    }
    int end = i;
    int max = Math.min(limit, i + MAX_RUN);
    while (k < max) {
      a.work.step();
      if (k > i && a.isCapitalized(k) && (a.has(k, Lexicon.MONTH) || isDayName(k))) {
        break; // "the Convention on October 4": a date is not part of a title
      }
      if (a.isCapitalized(k)
          || (a.tokType[k] == TextAnalysis.NUMBER && k > i && a.isCapitalized(k - 1))) {
        k++;
        end = k;
      } else if (a.tokType[k] == TextAnalysis.PUNCT) {
        // no word or number is "-", ".", "'" or ",": only punctuation is asked
        if ((a.is(k, "-") || a.is(k, ".") || a.is(k, "'")) && a.adjacent(k - 1, k)
            && k + 1 < max && a.adjacent(k, k + 1)) {
          k++;
        } else if (a.is(k, ",") && k + 1 < max && a.isCapitalized(k + 1) && end > i
            && INSTRUMENT_HEAD_WORDS.has(a, i == end ? i : firstContent(i))) {
          k++;
        } else {
          break;
        }
      } else if (a.tokType[k] == TextAnalysis.WORD && a.has(k, Lexicon.CONNECTOR)
          && !a.isCapitalized(k)) {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Tell whether token k's norm is longer than five letters and ends in "day" ("Monday",
   * "Holiday"); a token of five characters or fewer has no such norm and is not read.
   */
  private boolean isDayName(int k) {
    return a.tokEnd[k] - a.tokStart[k] > 5 && a.tokNorm[k].length() > 5
        && a.tokNorm[k].endsWith("day");
  }

  private int firstContent(int i) {
    return a.tokType[i] == TextAnalysis.NUMBER ? i + 1 : i;
  }

  /** A capitalised run [i, run): an instrument title or an organisation name. */
  private int titled(int i, int run, int limit) {
    int head = -1;
    for (int k = i; k < run; k++) {
      if (a.isCapitalized(k) && INSTRUMENT_HEAD_WORDS.has(a, k)) {
        head = k;
        break;
      }
    }
    if (head >= 0) {
      // a known instrument inside the title names it; else the title is a new instrument
      for (int k = i; k < run; k++) {
        NameTrie.Match<Target> n = longest(k, run);
        Target t = n == null ? null : first(n, TargetKind.INSTRUMENT);
        if (t != null) {
          int start = k > i && a.is(i, "the") ? i + 1 : i;
          return record(instrumentFromKb(t.ref), start, n.end, limit);
        }
      }
      if (head == i && run - i < 2) {
        return i;
      }
      int start = a.tokNorm[i].equals("the") ? i + 1 : i;
      InstrumentRec rec = patternInstrument(start, run, INSTRUMENT_HEADS.get(a.tokNorm[head]));
      return rec == null ? i : record(rec, start, run, limit);
    }
    String last = a.tokNorm[run - 1];
    if ((last.equals("officers") || last.equals("agents") || last.equals("officials"))
        && run - i >= 3 && !a.is(i, "the")) {
      return groupNamed(i, run, limit);
    }
    boolean ministryOf = a.is(i, "ministry") && a.is(i + 1, "of");
    if ((ORG_HEAD_WORDS.has(a, run - 1) || ministryOf) && run - i >= 2) {
      // A known agency covering the whole run would win, but at() asks this only when the
      // knowledge base's match from i ends before the run or names places only
      int start = a.is(i, "the") ? i + 1 : i;
      if (start >= run - 1 || a.has(start, Lexicon.NOT_NAME)) {
        return i;
      }
      // a known country word at its start gives the country
      String code = null;
      NameTrie.Match<Target> c = longest(start, run);
      if (c != null) {
        Target t = first(c, COUNTRY_FIRST);
        code = t == null ? null : t.ref;
        if (first(c, TargetKind.AGENCY) != null || first(c, TargetKind.INSTRUMENT) != null) {
          return i;
        }
        if (code != null) {
          int done = modified(start, c.end, code, limit);
          if (done > c.end) {
            return done; // "Chinas Foreign Ministry": the country's own ministry
          }
        }
      }
      AgencyRec rec = patternAgency(start, run, code);
      return rec == null ? i : record(rec, start, run, limit);
    }
    return i;
  }

  private AgencyRec patternAgency(int start, int end, String code) {
    String name = a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
    AgencyKind kind = ORG_HEADS.getOrDefault(a.tokNorm[end - 1], AgencyKind.GOVERNMENT);
    if (a.is(start, "ministry")) {
      kind = AgencyKind.MINISTRY;
    }
    if (a.is(start, "un") || a.is(start, "united") && a.is(start + 1, "nations")) {
      kind = AgencyKind.INTERGOVERNMENTAL;
    }
    return localAgency(namedAgencies, ids(start, end), name, kind, code);
  }

  /** Return the agency the article named by {@code key} before, else a new one remembered so. */
  private <K> AgencyRec localAgency(Map<K, AgencyRec> known, K key, String name, AgencyKind kind,
      String code) {
    AgencyRec before = known.get(key);
    if (before != null) {
      return before;
    }
    if (!records.room()) {
      return null;
    }
    AgencyRec rec = new AgencyRec();
    rec.name = name;
    rec.kind = kind;
    rec.country = code;
    rec.id = records.claim("agency", null, name);
    records.agencies.put(rec.id, rec);
    known.put(key, rec);
    return rec;
  }

  private AgencyRec kbAgency(AgencyInfo info) {
    AgencyRec rec = records.agencies.get(info.id);
    if (rec != null) {
      return rec;
    }
    if (!records.room()) {
      return null;
    }
    rec = new AgencyRec();
    rec.kbId = info.id;
    rec.id = records.claim("agency", info.id, info.name);
    rec.name = info.name;
    rec.acronym = info.acronym;
    rec.kind = info.kind;
    rec.country = info.country;
    rec.parent = info.parent;
    rec.refs = info.refs;
    records.agencies.put(rec.id, rec);
    return rec;
  }

  private InstrumentRec instrumentFromKb(String id) {
    InstrumentRec rec = records.instruments.get(id);
    if (rec != null) {
      return rec;
    }
    if (!records.room()) {
      return null;
    }
    InstrumentInfo info = kb.instruments.get(id);
    rec = new InstrumentRec();
    rec.id = records.claim("instrument", id, info.title);
    rec.name = info.title;
    rec.kind = info.kind;
    rec.year = info.year;
    rec.parties = info.parties;
    rec.refs = info.refs;
    records.instruments.put(rec.id, rec);
    return rec;
  }

  private InstrumentRec patternInstrument(int start, int end, InstrumentKind kind) {
    NormIds key = ids(start, end);
    InstrumentRec known = titledInstruments.get(key);
    if (known != null) {
      return known;
    }
    if (!records.room()) {
      return null;
    }
    InstrumentRec rec = new InstrumentRec();
    int titleStart = start;
    if (a.tokType[start] == TextAnalysis.NUMBER && a.tokNorm[start].length() == 4) {
      int y = Numbers.plainInt(a.tokNorm[start]);
      rec.year = y >= 1800 && y <= 2999 ? y : null;
    }
    rec.name = a.text.substring(a.tokStart[titleStart], a.tokEnd[end - 1]);
    rec.kind = kind;
    rec.id = records.claim("instrument", null, rec.name);
    records.instruments.put(rec.id, rec);
    titledInstruments.put(key, rec);
    return rec;
  }

  /** A person: a title or role and a capitalised name, or a Korean surname and given names. */
  private int person(int i, int limit) {
    if (a.has(i, Lexicon.TITLE) && !a.isAllCaps(i)) {
      int done = titledPerson(i, i, limit, null);
      if (done > i) {
        return done;
      }
    }
    if (!a.isCapitalized(i) || a.has(i, Lexicon.NOT_NAME) && !a.has(i, Lexicon.SURNAME)) {
      return i;
    }
    int end = nameEnd(i, limit);
    if (end <= i) {
      return i;
    }
    int words = wordCount(i, end);
    boolean korean = a.has(i, Lexicon.SURNAME) && words >= 2;
    // asked only of a name of two or more words that is not Korean
    boolean speech = words >= 2 && !korean && ((end < limit && a.has(end, Lexicon.SPEECH))
        || (end + 1 < limit && a.is(end, ",") && (a.is(end + 1, "a") || a.is(end + 1, "the")
            || a.is(end + 1, "who")))
        || (i >= 1 && a.has(i - 1, Lexicon.SPEECH))
        || (i >= 2 && a.is(i - 2, "according") && a.is(i - 1, "to")));
    if (words >= 2 && (korean || speech)) {
      if (!korean && a.is(i - 1, "the")) {
        // a person's name takes no article: "at The Simple Dollar explains" names a publication,
        // "the Pacific Islands Forum, the …" a body; the whole run is passed over, so that no
        // shorter run inside it ("Islands Forum") is read as a name either
        return end;
      }
      return personRec(i, end, i, null, limit);
    }
    // a bare surname or given name of a person already named
    ActorRec known = persons.get(a.tokNorm[i]);
    if (known == null && a.isPossessive(i)) {
      known = persons.get(a.tokNorm[i].substring(0, a.tokNorm[i].length() - 1));
    }
    if (known != null && words == 1) {
      return record(known, i, end, limit);
    }
    return i;
  }

  private int titledPerson(int start, int title, int limit, String code) {
    int j = title + 1;
    if (j < limit && a.is(j, ".")) {
      j++;
    }
    if (j < limit && a.has(j, Lexicon.TITLE) && !a.isCapitalized(title)) {
      j++; // foreign minister
    }
    if (j >= limit || !a.isCapitalized(j) || a.has(j, Lexicon.NOT_NAME)) {
      return title;
    }
    NameTrie.Match<Target> n = longest(j, limit);
    if (n != null && !onlyPlaces(n)) {
      return title;
    }
    int end = nameEnd(j, limit);
    if (end <= j) {
      return title;
    }
    if (wordCount(j, end) == 1) {
      ActorRec known = persons.get(a.tokNorm[j]);
      if (known != null) {
        return record(known, start, end, limit);
      }
      boolean honorific = a.tokNorm[title].equals("mr") || a.tokNorm[title].equals("ms")
          || a.tokNorm[title].equals("mrs") || a.tokNorm[title].equals("dr");
      if (!honorific && !a.isCapitalized(title)) {
        return title;
      }
    }
    return personRec(j, end, start, code, limit);
  }

  private int nameEnd(int i, int limit) {
    int k = i;
    int words = 0;
    while (k < limit && words < 4) {
      a.work.step();
      if (a.isCapitalized(k) && !a.has(k, Lexicon.NOT_NAME) && !a.isAllCaps(k)
          || (words > 0 && a.has(k, Lexicon.SURNAME) && a.isCapitalized(k))) {
        k++;
        words++;
        if (k + 1 < limit && a.is(k, "-") && a.adjacent(k - 1, k) && a.adjacent(k, k + 1)
            && a.tokType[k + 1] == TextAnalysis.WORD) {
          k += 2;
        }
      } else {
        break;
      }
    }
    if (k > i && words > 1 && ORG_HEAD_WORDS.has(a, k - 1)) {
      return i;
    }
    return k;
  }

  private int wordCount(int start, int end) {
    int n = 0;
    for (int k = start; k < end; k++) {
      if (a.tokType[k] == TextAnalysis.WORD && !a.is(k - 1, "-")) {
        n++;
      }
    }
    return n;
  }

  private int personRec(int nameStart, int end, int mentionStart, String code, int limit) {
    String key = key(nameStart, end);
    boolean possessive = a.isPossessive(end - 1);
    if (possessive) {
      // "Kim Jong-Un's policies": the person is Kim Jong-Un
      key = key.substring(0, key.length() - 1);
    }
    ActorRec known = personByName.get(key);
    ActorRec rec;
    if (known != null) {
      rec = known;
    } else {
      ActorRec byPart = wordCount(nameStart, end) == 1 ? persons.get(possessive
          ? key : a.tokNorm[nameStart]) : null;
      if (byPart != null) {
        rec = byPart;
      } else {
        if (!records.room()) {
          return end;
        }
        String name = a.text.substring(a.tokStart[nameStart], a.tokEnd[end - 1]);
        if (possessive) {
          name = name.substring(0, name.length() - 2);
        }
        rec = new ActorRec();
        rec.name = name;
        rec.kind = ActorKind.PERSON;
        rec.country = code;
        rec.id = records.claim("actor", null, name);
        records.actors.put(rec.id, rec);
      }
      personByName.put(key, rec);
    }
    for (int k = nameStart; k < end; k++) {
      if (a.tokType[k] == TextAnalysis.WORD && a.tokNorm[k].length() > 1) {
        String word = a.tokNorm[k];
        persons.put(k == end - 1 && possessive ? word.substring(0, word.length() - 1) : word,
            rec);
      }
    }
    return record(rec, mentionStart, end, limit);
  }

  private int groupNamed(int start, int end, int limit) {
    String name = a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
    String key = key(start, end);
    Rec known = groups.get(key);
    if (known == null) {
      if (!records.room()) {
        return end;
      }
      ActorRec rec = new ActorRec();
      rec.name = name;
      rec.kind = ActorKind.GROUP;
      rec.id = records.claim("actor", null, name);
      records.actors.put(rec.id, rec);
      groups.put(key, rec);
      known = rec;
    }
    return record(known, start, end, limit);
  }

  /** A group noun at {@code head}, with its modifiers from {@code start}: "eight defectors". */
  private int group(int start, int head, int limit, String code) {
    if (head >= limit || a.tokType[head] != TextAnalysis.WORD) {
      return start;
    }
    String group = a.has(head, Lexicon.GROUP) ? GROUPS.get(a.tokNorm[head]) : null;
    if (group == null && code != null) {
      group = COUNTRY_GROUPS.get(a.tokNorm[head]);
    }
    if (group == null || (a.isCapitalized(head) && head > a.sentFirst[a.sentenceOf(head)])) {
      return start;
    }
    int end = head + 1;
    // the group's own words before it: "two North Korean camp survivors", "hundreds of defectors"
    int k = start - 1;
    int floor = a.sentFirst[a.sentenceOf(head)];
    while (k >= floor && head - k <= 6) {
      Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
      if (last != null && last.end == k + 1 && last.isPlace() && last.placeId == null
          && last.countries.size() == 1) {
        code = code == null ? last.countries.get(0) : code;
        k = last.start - 1;
      } else if (a.tokType[k] == TextAnalysis.NUMBER || a.has(k, Lexicon.NUMBER_WORD)
          || GROUP_MODIFIERS.has(a, k) && !a.isCapitalized(k)
          || a.is(k, "of") && (a.is(k - 1, "hundreds") || a.is(k - 1, "thousands")
          || a.is(k - 1, "dozens") || a.is(k - 1, "tens"))) {
        k--;
      } else {
        break;
      }
    }
    start = k + 1;
    ActorRec known = groups.get(group);
    ActorRec rec;
    if (known != null) {
      rec = known;
      if (rec.country == null && code != null) {
        rec.country = code;
      }
    } else {
      if (!records.room()) {
        return end;
      }
      rec = new ActorRec();
      rec.name = group;
      rec.key = group;
      rec.kind = ActorKind.GROUP;
      rec.country = code;
      rec.id = records.claim("actor", null, group);
      records.actors.put(rec.id, rec);
      groups.put(group, rec);
    }
    return record(rec, start, end, limit);
  }
}
