package io.github.casefile.internal.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.casefile.model.AgencyKind;
import io.github.casefile.model.Countries;
import io.github.casefile.model.InstrumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled knowledge base: the merged agencies, instruments, countries and places files, and one
 * name matcher over all their names. Immutable and thread-safe once built; build it once and share
 * it.
 */
public final class Knowledge {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SHIPPED = {"agencies.json", "instruments.json", "places.json"};
  private static volatile Knowledge defaults;

  // The merged source documents, kept so that extendedWith can merge more files.
  private final Map<String, ObjectNode> agencyNodes;
  private final Map<String, ObjectNode> instrumentNodes;
  private final Map<String, ObjectNode> countryNodes;
  private final Map<String, ObjectNode> placeNodes;
  private final Map<String, ObjectNode> genericNodes;

  final Map<String, AgencyInfo> agencies = new LinkedHashMap<>();
  final Map<String, InstrumentInfo> instruments = new LinkedHashMap<>();
  final Map<String, CountryInfo> countries = new LinkedHashMap<>();
  final Map<String, PlaceInfo> places = new LinkedHashMap<>();
  final Map<String, GenericInfo> generics = new LinkedHashMap<>();
  final NameTrie<Target> names = new NameTrie<>();
  /** The vocabulary to analyse texts with: {@link #names} then matches tokens by id. */
  final Vocabulary vocabulary;

  /** What a knowledge-base name names. */
  enum TargetKind { AGENCY, INSTRUMENT, COUNTRY, DEMONYM, ATTRIBUTIVE, POSSESSIVE, PLACE, GENERIC }

  /** A name's meaning: its kind and the id, country code or generic head it stands for. */
  static final class Target {
    final TargetKind kind;
    final String ref;

    Target(TargetKind kind, String ref) {
      this.kind = kind;
      this.ref = ref;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Target && ((Target) o).kind == kind && ((Target) o).ref.equals(ref);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + ref.hashCode();
    }

    @Override
    public String toString() {
      return kind + ":" + ref;
    }
  }

  static final class AgencyInfo {
    String id;
    String name;
    String acronym;
    AgencyKind kind;
    String country;
    String parent;
    Map<String, String> refs;
  }

  static final class InstrumentInfo {
    String id;
    String title;
    InstrumentKind kind;
    Integer year;
    List<String> parties;
    Map<String, String> refs;
  }

  static final class CountryInfo {
    String code;
    String name;
  }

  static final class PlaceInfo {
    String id;
    String name;
    List<String> countries;
  }

  static final class GenericInfo {
    String head;
    /** The key under which an article remembers what this head last meant: "generic:" + head. */
    String memoryKey;
    AgencyKind kind;
    Map<String, String> map;
  }

  private Knowledge(Map<String, ObjectNode> agencyNodes, Map<String, ObjectNode> instrumentNodes,
      Map<String, ObjectNode> countryNodes, Map<String, ObjectNode> placeNodes,
      Map<String, ObjectNode> genericNodes) {
    this.agencyNodes = agencyNodes;
    this.instrumentNodes = instrumentNodes;
    this.countryNodes = countryNodes;
    this.placeNodes = placeNodes;
    this.genericNodes = genericNodes;
    compile();
    this.vocabulary = names.index(Vocabulary.BASE);
  }

  /**
   * Return the knowledge base shipped in the core jar, loaded once.
   *
   * @return the shared default knowledge base
   */
  public static Knowledge defaults() {
    Knowledge k = defaults;
    if (k == null) {
      synchronized (Knowledge.class) {
        k = defaults;
        if (k == null) {
          List<byte[]> files = new ArrayList<>();
          for (String name : SHIPPED) {
            try (InputStream in = Knowledge.class.getResourceAsStream(
                "/io/github/casefile/kb/" + name)) {
              if (in == null) {
                throw new IllegalStateException("the core jar lacks kb/" + name);
              }
              files.add(in.readAllBytes());
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read the shipped kb/" + name, e);
            }
          }
          k = empty().extendedWith(files);
          defaults = k;
        }
      }
    }
    return k;
  }

  /**
   * Return a knowledge base that knows nothing.
   *
   * @return the empty knowledge base
   */
  public static Knowledge empty() {
    return new Knowledge(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /**
   * Return this knowledge base merged with more files of the same format: an entry with a known id
   * (or country code) replaces the earlier one, a new one is added, generic heads merge per
   * country, and {@code {"id": …, "deleted": true}} removes an entry.
   *
   * @param files the JSON files, each an agencies, instruments or places document
   * @return the merged knowledge base
   * @throws IllegalArgumentException if a file is not JSON of that format or a reference does not
   *     resolve
   */
  public Knowledge extendedWith(List<byte[]> files) {
    Map<String, ObjectNode> ag = new LinkedHashMap<>(agencyNodes);
    Map<String, ObjectNode> in = new LinkedHashMap<>(instrumentNodes);
    Map<String, ObjectNode> co = new LinkedHashMap<>(countryNodes);
    Map<String, ObjectNode> pl = new LinkedHashMap<>(placeNodes);
    Map<String, ObjectNode> ge = new LinkedHashMap<>(genericNodes);
    int index = 0;
    for (byte[] file : files) {
      Objects.requireNonNull(file, "file");
      JsonNode root;
      try {
        root = JSON.readTree(file);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "knowledge-base file " + index + " is not JSON: " + e.getMessage(), e);
      }
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("knowledge-base file " + index + " is not an object");
      }
      String version = root.path("version").asText("");
      if (!version.equals("1")) {
        throw new IllegalArgumentException("knowledge-base file " + index
            + " has version '" + version + "'; this library reads version 1");
      }
      boolean known = false;
      known |= merge(root, "agencies", "id", ag);
      known |= merge(root, "instruments", "id", in);
      known |= merge(root, "countries", "code", co);
      known |= merge(root, "places", "id", pl);
      if (root.has("generic")) {
        known = true;
        for (JsonNode g : array(root, "generic")) {
          String head = text(g, "head", true).toLowerCase(Locale.ROOT);
          ObjectNode before = ge.get(head);
          if (before == null) {
            ge.put(head, (ObjectNode) g.deepCopy());
          } else {
            ObjectNode merged = before.deepCopy();
            ObjectNode map = merged.withObjectProperty("map");
            g.path("map").properties().forEach(f -> map.set(f.getKey(), f.getValue()));
            if (g.has("kind")) {
              merged.set("kind", g.get("kind"));
            }
            ge.put(head, merged);
          }
        }
      }
      if (!known) {
        throw new IllegalArgumentException("knowledge-base file " + index + " has none of the"
            + " lists agencies, generic, instruments, countries or places");
      }
      index++;
    }
    return new Knowledge(ag, in, co, pl, ge);
  }

  private static boolean merge(JsonNode root, String list, String key,
      Map<String, ObjectNode> into) {
    if (!root.has(list)) {
      return false;
    }
    for (JsonNode entry : array(root, list)) {
      String id = text(entry, key, true);
      if (entry.path("deleted").asBoolean(false)) {
        into.remove(id);
      } else {
        into.put(id, (ObjectNode) entry.deepCopy());
      }
    }
    return true;
  }

  private static ArrayNode array(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (!(node instanceof ArrayNode)) {
      throw new IllegalArgumentException("knowledge-base field '" + field + "' is not a list");
    }
    for (JsonNode entry : node) {
      if (!entry.isObject()) {
        throw new IllegalArgumentException(
            "knowledge-base field '" + field + "' holds a non-object: " + abbreviate(entry));
      }
    }
    return (ArrayNode) node;
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(
            "knowledge-base entry lacks '" + field + "': " + abbreviate(node));
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(
          "knowledge-base field '" + field + "' is not a non-empty string: " + abbreviate(node));
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(
          "knowledge-base field '" + field + "' is not a list: " + abbreviate(node));
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode s : v) {
      if (s.isTextual() && !s.asText().isBlank()) {
        out.add(s.asText());
      }
    }
    return out;
  }

  private static Map<String, String> refs(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.path("refs").properties().forEach(f -> {
      if (f.getValue().isTextual()) {
        out.put(f.getKey(), f.getValue().asText());
      }
    });
    return Collections.unmodifiableMap(out);
  }

  private static String country(JsonNode node, String field) {
    String code = text(node, field, false);
    if (code != null && !Countries.isAlpha3(code)) {
      throw new IllegalArgumentException("knowledge-base field '" + field + "' is not an ISO"
          + " 3166-1 alpha-3 code: " + abbreviate(node));
    }
    return code;
  }

  private static <E extends Enum<E>> E kind(JsonNode node, Class<E> type) {
    String wire = text(node, "kind", true);
    String constant = wire.toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Enum.valueOf(type, constant);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "knowledge-base kind '" + wire + "' is not known: " + abbreviate(node), e);
    }
  }

  private static String abbreviate(JsonNode node) {
    String s;
    try {
      s = JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      s = String.valueOf(node);
    }
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private void compile() {
    for (ObjectNode n : countryNodes.values()) {
      CountryInfo c = new CountryInfo();
      c.code = country(n, "code");
      c.name = text(n, "name", true);
      countries.put(c.code, c);
      names.add(c.name, new Target(TargetKind.COUNTRY, c.code));
      for (String s : strings(n, "aliases")) {
        names.add(s, new Target(TargetKind.COUNTRY, c.code));
      }
      for (String s : strings(n, "metonyms")) {
        names.add(s, new Target(TargetKind.COUNTRY, c.code));
      }
      for (String s : strings(n, "demonyms")) {
        names.add(s, new Target(TargetKind.DEMONYM, c.code));
      }
      for (String s : strings(n, "attributives")) {
        names.add(s, new Target(TargetKind.ATTRIBUTIVE, c.code));
      }
      for (String s : strings(n, "possessives")) {
        names.add(s, new Target(TargetKind.POSSESSIVE, c.code));
      }
    }
    for (ObjectNode n : placeNodes.values()) {
      PlaceInfo p = new PlaceInfo();
      p.id = text(n, "id", true);
      p.name = text(n, "name", true);
      List<String> cs = new ArrayList<>();
      for (String code : strings(n, "countries")) {
        if (Countries.isAlpha3(code)) {
          cs.add(code);
        }
      }
      String one = country(n, "country");
      if (cs.isEmpty() && one != null) {
        cs.add(one);
      }
      p.countries = List.copyOf(cs);
      places.put(p.id, p);
      names.add(p.name, new Target(TargetKind.PLACE, p.id));
      for (String s : strings(n, "aliases")) {
        names.add(s, new Target(TargetKind.PLACE, p.id));
      }
    }
    for (ObjectNode n : agencyNodes.values()) {
      AgencyInfo a = new AgencyInfo();
      a.id = text(n, "id", true);
      a.name = text(n, "name", true);
      a.acronym = text(n, "acronym", false);
      a.kind = kind(n, AgencyKind.class);
      a.country = country(n, "country");
      a.parent = text(n, "parent", false);
      a.refs = refs(n);
      agencies.put(a.id, a);
      Target t = new Target(TargetKind.AGENCY, a.id);
      names.add(a.name, t);
      if (a.acronym != null) {
        names.add(a.acronym, t);
      }
      for (String s : strings(n, "aliases")) {
        names.add(s, t);
      }
    }
    for (AgencyInfo a : agencies.values()) {
      if (a.parent != null && !agencies.containsKey(a.parent)) {
        a.parent = null; // a replaced or deleted parent must not leave a dangling reference
      }
    }
    for (ObjectNode n : genericNodes.values()) {
      GenericInfo g = new GenericInfo();
      g.head = text(n, "head", true);
      g.memoryKey = "generic:" + g.head.toLowerCase(Locale.ROOT);
      g.kind = kind(n, AgencyKind.class);
      Map<String, String> map = new LinkedHashMap<>();
      n.path("map").properties().forEach(f -> {
        if (Countries.isAlpha3(f.getKey()) && agencies.containsKey(f.getValue().asText())) {
          map.put(f.getKey(), f.getValue().asText());
        }
      });
      g.map = Collections.unmodifiableMap(map);
      generics.put(g.head.toLowerCase(Locale.ROOT), g);
      names.add(g.head, new Target(TargetKind.GENERIC, g.head.toLowerCase(Locale.ROOT)));
    }
    for (ObjectNode n : instrumentNodes.values()) {
      InstrumentInfo i = new InstrumentInfo();
      i.id = text(n, "id", true);
      i.title = text(n, "title", true);
      i.kind = kind(n, InstrumentKind.class);
      i.year = n.path("year").isInt() ? n.get("year").asInt() : null;
      List<String> parties = new ArrayList<>();
      for (String code : strings(n, "parties")) {
        if (Countries.isAlpha3(code)) {
          parties.add(code);
        }
      }
      i.parties = List.copyOf(parties);
      i.refs = refs(n);
      instruments.put(i.id, i);
      Target t = new Target(TargetKind.INSTRUMENT, i.id);
      names.add(i.title, t);
      for (String s : strings(n, "aliases")) {
        names.add(s, t);
      }
    }
  }

  /**
   * Return how many agencies are known.
   *
   * @return the count
   */
  public int agencyCount() {
    return agencies.size();
  }

  /**
   * Return how many legal instruments are known.
   *
   * @return the count
   */
  public int instrumentCount() {
    return instruments.size();
  }

  /**
   * Return how many countries and places are known.
   *
   * @return the count
   */
  public int placeCount() {
    return countries.size() + places.size();
  }

  /**
   * Tell whether an id names a known agency, instrument or place.
   *
   * @param id such as {@code agency:prk-mss}
   * @return true if known
   */
  public boolean knows(String id) {
    return agencies.containsKey(id) || instruments.containsKey(id) || places.containsKey(id);
  }
}
