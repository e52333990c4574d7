package io.github.casefile.internal.extract;

import io.github.casefile.model.ActorKind;
import io.github.casefile.model.AgencyKind;
import io.github.casefile.model.InstrumentKind;
import io.github.casefile.model.Provision;
import io.github.casefile.model.Span;
import io.github.casefile.model.StateAction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The article's entities while they are being found: one record per agency, actor, instrument. */
final class Records {
  /** What agencies, actors and instruments share while they are built. */
  abstract static class Rec {
    String id;
    String name;
    String country;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Span> mentions = new ArrayList<>();
    /** The spans of {@link #mentions}: a repeat is found in constant time, not by a list scan. */
    private final Set<Span> mentioned = new HashSet<>();
    Map<String, String> refs = Map.of();
    int firstToken = Integer.MAX_VALUE;

    void mention(TextAnalysis a, int start, int end) {
      Span span = Span.of(a.tokStart[start], a.tokEnd[end - 1]);
      if (mentioned.add(span)) {
        mentions.add(span); // an article naming one agency n times costs n, not n squared
      }
      firstToken = Math.min(firstToken, start);
      int from = a.tokStart[start];
      int to = a.tokEnd[end - 1];
      if (to - from <= 200 && !hasAlias(a.text, from, to)) {
        aliases.add(a.text.substring(from, to));
      }
    }

    /**
     * Tell whether the text between two offsets is an alias already, without copying it: most
     * mentions repeat a surface, and a record has few.
     */
    private boolean hasAlias(String text, int from, int to) {
      if (aliases.size() > 16) {
        return aliases.contains(text.substring(from, to)); // many surfaces: hash, not scan
      }
      for (String alias : aliases) {
        if (alias.length() == to - from && text.startsWith(alias, from)) {
          return true;
        }
      }
      return false;
    }
  }

  static final class AgencyRec extends Rec {
    String acronym;
    AgencyKind kind;
    String parent;
    String kbId;
  }

  static final class ActorRec extends Rec {
    ActorKind kind;
    String key;
  }

  static final class InstrumentRec extends Rec {
    InstrumentKind kind;
    Integer year;
    List<String> parties = List.of();
    final List<Provision> provisions = new ArrayList<>();
    final List<StateAction> actions = new ArrayList<>();
    // the lists' elements again, so that a repeat is found in constant time: an article citing
    // "Article 1" n times costs n, not n squared
    private final Set<Provision> provisionSet = new HashSet<>();
    private final Set<StateAction> actionSet = new HashSet<>();

    /** Add a provision unless it is there already. */
    void provision(Provision p) {
      if (provisionSet.add(p)) {
        provisions.add(p);
      }
    }

    /** Add a state action unless it is there already. */
    void action(StateAction action) {
      if (actionSet.add(action)) {
        actions.add(action);
      }
    }
  }

  final Map<String, AgencyRec> agencies = new LinkedHashMap<>();
  final Map<String, ActorRec> actors = new LinkedHashMap<>();
  final Map<String, InstrumentRec> instruments = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final int maxEntities;
  private boolean full;

  Records(int maxEntities) {
    this.maxEntities = maxEntities;
  }

  /** Return whether another entity may be added, or false once the limit is reached. */
  boolean room() {
    if (agencies.size() + actors.size() + instruments.size() >= maxEntities) {
      full = true;
      return false;
    }
    return true;
  }

  boolean overflowed() {
    return full;
  }

  /** Return an id not used yet: the knowledge-base id, or the kind plus a slug, with -2 on a clash. */
  String claim(String prefix, String kbId, String name) {
    if (kbId != null && ids.add(kbId)) {
      return kbId;
    }
    String base = prefix + ":" + slug(name);
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  static String slug(String name) {
    // ASCII is its own NFKD form, and most names are ASCII: skip the normaliser for them
    String ascii = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < ascii.length() && out.length() < 60; i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        dash = false;
      } else if (!TextAnalysis.isApostrophe(c) && Character.getType(c) != Character.NON_SPACING_MARK
          && !dash && out.length() > 0) {
        out.append('-');
        dash = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "unnamed" : out.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
