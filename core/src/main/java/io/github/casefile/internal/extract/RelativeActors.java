package io.github.casefile.internal.extract;

import io.github.casefile.internal.extract.EntityFinder.Mention;
import io.github.casefile.internal.extract.Records.ActorRec;
import io.github.casefile.model.ActorKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people an article names by their relation to someone: "her mother", "Ms Park's
 * father", "his own mother and brother", "their families", "his two uncles". In this reporting
 * they are victims of collective punishment, detention and repatriation as often as the people
 * named by name, and the annotators code them as actors. A singular relative is a person; a
 * plural or a coordination of relatives is a group.
 */
final class RelativeActors {
  /** Relatives, with how many persons each names (0: a group of unknown size). */
  static final Map<String, Integer> RELATIVES = Map.ofEntries(
      Map.entry("mother", 1), Map.entry("father", 1), Map.entry("brother", 1),
      Map.entry("sister", 1), Map.entry("son", 1), Map.entry("daughter", 1),
      Map.entry("wife", 1), Map.entry("husband", 1), Map.entry("grandmother", 1),
      Map.entry("grandfather", 1), Map.entry("uncle", 1), Map.entry("aunt", 1),
      Map.entry("cousin", 1), Map.entry("niece", 1), Map.entry("nephew", 1),
      Map.entry("baby", 1), Map.entry("parents", 2), Map.entry("grandparents", 2));
  /** Plural relatives: a group whose size the phrase may give ("his two uncles"). */
  static final WordSet PLURAL_RELATIVES = WordSet.of("families", "relatives", "brothers",
      "sisters", "sons", "daughters", "uncles", "aunts", "cousins", "siblings", "children",
      "family");
  /** Words that make the relative someone's: "her mother", "their families". */
  static final WordSet POSSESSIVES = WordSet.of("his", "her", "their", "my", "our", "its",
      "your");

  private final TextAnalysis a;
  private final Records records;
  private final List<Mention> mentions;
  private final Map<String, ActorRec> byName = new HashMap<>();

  RelativeActors(TextAnalysis a, Records records, List<Mention> mentions) {
    this.a = a;
    this.records = records;
    this.mentions = mentions;
  }

  /** Add an actor and a mention for every relative phrase no other mention covers. */
  void run() {
    List<Mention> found = new ArrayList<>();
    int covered = 0;
    int m = 0;
    for (int i = 0; i < a.tokenCount; i++) {
      a.work.step();
      while (m < mentions.size() && mentions.get(m).start <= i) {
        covered = Math.max(covered, mentions.get(m).end);
        m++;
      }
      if (i < covered || !isRelative(i)) {
        continue;
      }
      int start = owner(i);
      if (start < 0) {
        continue;
      }
      int end = coordinationEnd(i + 1);
      if (a.isPossessive(end - 1)) {
        continue; // "his uncle's head": the relative owns something; the phrase goes on
      }
      boolean group = end > i + 1 || !RELATIVES.containsKey(a.tokNorm[i])
          || RELATIVES.get(a.tokNorm[i]) > 1;
      Mention x = mention(start, end, group);
      if (x == null) {
        break; // no room for more entities
      }
      found.add(x);
      i = end - 1;
    }
    if (!found.isEmpty()) {
      mentions.addAll(found);
      mentions.sort(Comparator.comparingInt(x -> x.start));
    }
  }

  private boolean isRelative(int i) {
    if (!a.has(i, Lexicon.RELATIVE)) {
      return false; // one bit test for the words that are no relative, nearly all of them
    }
    String t = a.tokNorm[i];
    return a.tokType[i] == TextAnalysis.WORD && !a.isCapitalized(i)
        && (RELATIVES.containsKey(t) || PLURAL_RELATIVES.contains(t)
        && !(t.equals("family") && !a.is(i + 1, "members") && !POSSESSIVES.has(a, Math.max(0, i - 1))));
  }

  /**
   * Return the first token of the relative's owner before it ("her", "their", "Ms Park's",
   * through "own" and a count: "his own", "his two"), or -1 when the phrase names no owner.
   */
  private int owner(int i) {
    int sentence = a.sentFirst[a.sentenceOf(i)];
    int k = i - 1;
    while (k >= sentence && k >= i - 3 && (a.is(k, "own") || a.has(k, Lexicon.NUMBER_WORD)
        || a.tokType[k] == TextAnalysis.NUMBER)) {
      k--;
    }
    if (k < sentence) {
      return -1;
    }
    if (POSSESSIVES.has(a, k)) {
      return k;
    }
    if (a.tokType[k] == TextAnalysis.WORD && a.isCapitalized(k) && a.isPossessive(k)) {
      int start = k;
      while (start - 1 >= sentence && a.tokType[start - 1] == TextAnalysis.WORD
          && a.isCapitalized(start - 1) && start > k - 3) {
        start--; // "Ms Park's father"
      }
      return start;
    }
    return a.is(i, "family") && a.is(i + 1, "members") ? i : -1;
  }

  /** Return the end of "mother and brother", "grandmother and uncle" from after the first. */
  private int coordinationEnd(int after) {
    int end = after;
    if (a.is(end, "members")) {
      end++;
    }
    while (end + 1 < a.tokenCount && a.is(end, "and")) {
      int k = POSSESSIVES.has(a, end + 1) ? end + 2 : end + 1;
      if (k < a.tokenCount && RELATIVES.containsKey(a.tokNorm[k])) {
        end = k + 1;
      } else {
        break;
      }
    }
    return end;
  }

  private Mention mention(int start, int end, boolean group) {
    String name = a.text.substring(a.tokStart[start], a.tokEnd[end - 1]);
    String key = name.toLowerCase(Locale.ROOT);
    ActorRec rec = byName.get(key);
    if (rec == null) {
      if (!records.room()) {
        return null;
      }
      rec = new ActorRec();
      rec.name = name;
      rec.key = KEY;
      rec.kind = group ? ActorKind.GROUP : ActorKind.PERSON;
      rec.id = records.claim("actor", null, name);
      records.actors.put(rec.id, rec);
      byName.put(key, rec);
    }
    rec.mention(a, start, end);
    return new Mention(start, end, rec, List.of(), null);
  }

  /** The key of every actor this pass adds, so that the incident pass can count them. */
  static final String KEY = "relatives";

  /**
   * Drop the relatives no incident names as its victims: a relative mentioned in passing ("her
   * son lives in Seoul") is not an actor of the article's events.
   *
   * @param records the article's records
   * @param incidents the incidents found
   */
  static void keepVictims(Records records, List<io.github.casefile.model.Incident> incidents) {
    java.util.Set<String> named = new java.util.HashSet<>();
    List<String> described = new ArrayList<>();
    for (io.github.casefile.model.Incident x : incidents) {
      for (io.github.casefile.model.Victim v : x.victims()) {
        v.ref().ifPresent(named::add);
        described.add(v.description().toLowerCase(Locale.ROOT));
      }
    }
    // kept when an incident refers to them, or names them among its victims ("Park and her mother")
    records.actors.values().removeIf(r -> KEY.equals(r.key) && !named.contains(r.id)
        && !among(described, r.name.toLowerCase(Locale.ROOT)));
  }

  private static boolean among(List<String> descriptions, String name) {
    for (String d : descriptions) {
      if (d.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
