package io.github.casefile.testkit;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.casefile.model.Actor;
import io.github.casefile.model.ActorKind;
import io.github.casefile.model.Agency;
import io.github.casefile.model.AgencyKind;
import io.github.casefile.model.Article;
import io.github.casefile.model.Attribution;
import io.github.casefile.model.Edtf;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentDate;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.InstrumentKind;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.Location;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Provision;
import io.github.casefile.model.Source;
import io.github.casefile.model.Span;
import io.github.casefile.model.StateAction;
import io.github.casefile.model.StateActionType;
import io.github.casefile.model.Victim;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for every Casefile model type. {@link #articles()} builds whole
 * articles that are valid by construction: every span covers whole words of the article's own
 * text (so no span splits a surrogate pair), ids are unique, every reference resolves, and
 * lists are often empty and optional values often absent. Nested types have generators of their
 * own over a given text ({@link Text}) for JSON round trips of single values.
 */
public final class ModelGenerators {
  private static final List<String> COUNTRIES =
      List.copyOf(new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
  private static final List<String> NEAR_COUNTRIES =
      List.of("PRK", "CHN", "KOR", "RUS", "LAO", "THA", "VNM", "MNG", "JPN", "USA");
  private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC,
      ZoneOffset.ofHours(9), ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30),
      ZoneOffset.ofHoursMinutes(-3, -30), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
      ZoneOffset.ofHoursMinutes(5, 45));
  private static final List<String> FORMATS =
      List.of("text", "html", "wordpress", "wordpress-json", "rss", "atom", "front-matter", "warc");
  private static final List<String> LANGUAGES =
      List.of("en", "ko", "zh-Hans", "ar", "he", "en-GB", "fr", "ja", "ru", "und");
  private static final List<String> URIS = List.of("seeds/x.txt", "dir with spaces/a b.html",
      "/abs/path/탈북.txt", "C:\\Users\\me\\page.htm", "-", "https://www.dailynk.com/english/x/",
      "https://example.org/news?id=1&lang=en#top", "urn:uuid:0e4a1c36-5a0c-4c52-9c8b-4c4c0a0b9d11");
  private static final List<String> KB_AGENCIES =
      List.of("agency:prk-wpk", "agency:prk-mss", "agency:chn-mps", "agency:un");

  private ModelGenerators() {}

  /**
   * An article text with its word spans, grouped by paragraph; nested generators choose spans
   * from it.
   *
   * @param paragraphs the normalised paragraphs
   * @param words for each paragraph, the spans of its words in the joined text
   */
  public record Text(List<String> paragraphs, List<List<Span>> words) {
    /**
     * Index the words of paragraphs.
     *
     * @param paragraphs the normalised paragraphs, at least one
     * @return the text with its word spans
     */
    public static Text of(List<String> paragraphs) {
      List<List<Span>> words = new ArrayList<>(paragraphs.size());
      int offset = 0;
      for (String paragraph : paragraphs) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= paragraph.length(); i++) {
          if (i == paragraph.length() || paragraph.charAt(i) == ' ') {
            spans.add(Span.of(offset + start, offset + i));
            start = i + 1;
          }
        }
        words.add(List.copyOf(spans));
        offset += paragraph.length() + Article.PARAGRAPH_SEPARATOR.length();
      }
      return new Text(List.copyOf(paragraphs), List.copyOf(words));
    }

    /**
     * Return the joined text that spans index.
     *
     * @return the paragraphs joined by a blank line
     */
    public String joined() {
      return String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    }
  }

  /**
   * Generate article texts of one to twelve paragraphs.
   *
   * @return a generator of indexed texts
   */
  public static Gen<Text> texts() {
    return lists(TextGenerators.paragraphs(), frequency(
        Pair.of(3, constant(1)), Pair.of(6, range(2, 6)), Pair.of(1, range(7, 12))))
        .map(Text::of);
  }

  /**
   * Generate spans of one to four consecutive words of one paragraph of a text.
   *
   * @param text the text
   * @return a generator of spans inside the text
   */
  public static Gen<Span> spans(Text text) {
    return in -> {
      List<Span> words = text.words().get(range(0, text.words().size() - 1).generate(in));
      int first = range(0, words.size() - 1).generate(in);
      int last = Math.min(words.size() - 1, first + range(0, 3).generate(in));
      return Span.of(words.get(first).start(), words.get(last).end());
    };
  }

  /**
   * Generate spans of whole sentences or paragraphs, as incident evidence is: a run of words of one
   * paragraph, a whole paragraph, or consecutive whole paragraphs.
   *
   * @param text the text
   * @return a generator of spans inside the text
   */
  public static Gen<Span> evidence(Text text) {
    return in -> {
      int p = range(0, text.words().size() - 1).generate(in);
      List<Span> words = text.words().get(p);
      switch (range(0, 2).generate(in)) {
        case 0:
          int first = range(0, words.size() - 1).generate(in);
          int last = range(first, words.size() - 1).generate(in);
          return Span.of(words.get(first).start(), words.get(last).end());
        case 1:
          return Span.of(words.get(0).start(), words.get(words.size() - 1).end());
        default:
          int q = range(p, Math.min(p + 2, text.words().size() - 1)).generate(in);
          List<Span> end = text.words().get(q);
          return Span.of(words.get(0).start(), end.get(end.size() - 1).end());
      }
    };
  }

  /**
   * Generate spans alone, over a text of their own (for JSON round trips of spans).
   *
   * @return a generator of spans, including empty ones and ones far into a text
   */
  public static Gen<Span> spans() {
    return range(0, 1_000_000).zip(range(0, 5_000), (start, length) -> Span.of(start,
        start + length));
  }

  /**
   * Generate EDTF values: days, months, years, seasons, decades, centuries, unspecified months and
   * days, qualified dates, and intervals with known, open ({@code ..}) or unknown (empty) ends.
   *
   * @return a generator of EDTF values
   */
  public static Gen<Edtf> edtfs() {
    return frequency(Pair.of(3, edtfDates()), Pair.of(2, edtfIntervals()));
  }

  /**
   * Generate single EDTF dates (no intervals).
   *
   * @return a generator of single dates of every precision, sometimes qualified
   */
  public static Gen<Edtf> edtfDates() {
    Gen<String> qualifier = frequency(Pair.of(6, constant("")), Pair.of(1, constant("?")),
        Pair.of(1, constant("~")), Pair.of(1, constant("%")));
    Gen<String> bare = in -> {
      int year = years().generate(in);
      String y = pad(year, 4);
      switch (range(0, 8).generate(in)) {
        case 0:
          return y;
        case 1:
          return y + "-" + pad(range(1, 12).generate(in), 2);
        case 2:
          return y + "-" + pad(range(21, 24).generate(in), 2);
        case 3:
          return y.substring(0, 3) + "X";
        case 4:
          return y.substring(0, 2) + "XX";
        case 5:
          return y + "-XX" + (booleans().generate(in) ? "-XX" : "");
        case 6:
          return y + "-" + pad(range(1, 12).generate(in), 2) + "-XX";
        default:
          return days().generate(in).toString();
      }
    };
    return bare.zip(qualifier, (b, q) -> Edtf.parse(b + q));
  }

  /**
   * Generate EDTF intervals; a start that would follow the end is swapped with it.
   *
   * @return a generator of intervals
   */
  public static Gen<Edtf> edtfIntervals() {
    Gen<Edtf> dates = edtfDates();
    Gen<String> endKind = frequency(Pair.of(4, constant("known")), Pair.of(1, constant("..")),
        Pair.of(1, constant("")));
    return in -> {
      Edtf a = dates.generate(in);
      Edtf b = dates.generate(in);
      if (a.earliestDay().orElseThrow().isAfter(b.latestDay().orElseThrow())) {
        Edtf swap = a;
        a = b;
        b = swap;
      }
      String startKind = endKind.generate(in);
      String stopKind = startKind.equals("known") ? endKind.generate(in) : "known";
      String left = startKind.equals("known") ? a.toString() : startKind;
      String right = stopKind.equals("known") ? b.toString() : stopKind;
      return Edtf.parse(left + "/" + right);
    };
  }

  /**
   * Generate ISO-8601 dates and date-times of every precision: year, month, day, minute and
   * second, the last two with or without an offset.
   *
   * @return a generator of partial date-times
   */
  public static Gen<PartialDateTime> partialDateTimes() {
    Gen<Optional<ZoneOffset>> offsets =
        frequency(Pair.of(2, constant(Optional.<ZoneOffset>empty())),
            Pair.of(1, pick(OFFSETS).map(Optional::of)));
    Gen<LocalTime> times = range(0, 86_399).map(s -> LocalTime.ofSecondOfDay(s));
    return in -> {
      LocalDate day = days().generate(in);
      switch (range(0, 4).generate(in)) {
        case 0:
          return PartialDateTime.ofYear(day.getYear());
        case 1:
          return PartialDateTime.ofMonth(day.getYear(), day.getMonthValue());
        case 2:
          return PartialDateTime.of(day);
        default:
          LocalDateTime dateTime = LocalDateTime.of(day, times.generate(in));
          boolean seconds = booleans().generate(in);
          return PartialDateTime.of(dateTime, seconds, offsets.generate(in).orElse(null));
      }
    };
  }

  /**
   * Generate sources: every format name, relative and absolute paths, URLs, and absent optional
   * values.
   *
   * @return a generator of sources
   */
  public static Gen<Source> sources() {
    return in -> Source.builder()
        .format(pick(FORMATS).generate(in))
        .uri(maybe(pick(URIS)).generate(in))
        .canonicalUrl(maybe(canonicalUrls()).generate(in))
        .outlet(maybe(TextGenerators.outlets()).generate(in))
        .retrieved(maybe(partialDateTimes()).generate(in))
        .build();
  }

  /**
   * Generate canonical URLs, some with non-ASCII paths, queries and fragments.
   *
   * @return a generator of URLs
   */
  public static Gen<String> canonicalUrls() {
    Gen<String> slug = TextGenerators.codePoints('a', 'z', 1, 20);
    return pick(List.of("https://www.dailynk.com/english/", "http://example.org/",
        "https://news.example.com/2017/10/27/", "https://example.org/탈북/"))
        .zip(slug, pick(List.of("/", "", ".html", "?p=123", "#section-2", "/?a=1&b=2")),
            (base, s, tail) -> base + s + tail);
  }

  /**
   * Generate actors over a text: the name often the text of the first mention.
   *
   * @param text the text the mentions index
   * @param id the actor's id
   * @return a generator of actors
   */
  public static Gen<Actor> actors(Text text, String id) {
    return in -> {
      List<Span> mentions = lists(spans(text), counts()).generate(in);
      return Actor.builder().id(id)
          .name(name(text, mentions, in))
          .kind(enumValues(ActorKind.class).generate(in))
          .country(maybe(countries()).generate(in))
          .aliases(lists(TextGenerators.names(), range(0, 2)).generate(in))
          .refs(refs().generate(in))
          .mentions(mentions)
          .build();
    };
  }

  /**
   * Generate agencies over a text.
   *
   * @param text the text the mentions index
   * @param id the agency's id
   * @return a generator of agencies
   */
  public static Gen<Agency> agencies(Text text, String id) {
    return in -> {
      List<Span> mentions = lists(spans(text), counts()).generate(in);
      return Agency.builder().id(id)
          .name(name(text, mentions, in))
          .acronym(maybe(TextGenerators.codePoints('A', 'Z', 2, 5)).generate(in))
          .kind(enumValues(AgencyKind.class).generate(in))
          .country(maybe(countries()).generate(in))
          .parent(maybe(pick(KB_AGENCIES)).generate(in))
          .aliases(lists(TextGenerators.names(), range(0, 2)).generate(in))
          .refs(refs().generate(in))
          .mentions(mentions)
          .build();
    };
  }

  /**
   * Generate legal instruments over a text, with provisions and state actions.
   *
   * @param text the text the spans index
   * @param id the instrument's id
   * @return a generator of legal instruments
   */
  public static Gen<LegalInstrument> legalInstruments(Text text, String id) {
    return in -> {
      List<Span> mentions = lists(spans(text), counts()).generate(in);
      return LegalInstrument.builder().id(id)
          .title(name(text, mentions, in))
          .kind(enumValues(InstrumentKind.class).generate(in))
          .year(maybe(range(1900, 2030)).generate(in))
          .parties(lists(countries(), range(0, 4)).generate(in))
          .provisions(lists(provisions(text), counts()).generate(in))
          .actions(lists(stateActions(text), counts()).generate(in))
          .aliases(lists(TextGenerators.names(), range(0, 2)).generate(in))
          .refs(refs().generate(in))
          .mentions(mentions)
          .build();
    };
  }

  /**
   * Generate provisions over a text.
   *
   * @param text the text the spans index
   * @return a generator of provisions labelled like {@code "Article 33"}
   */
  public static Gen<Provision> provisions(Text text) {
    return pick(List.of("Article ", "Art. ", "Section ", "Paragraph ", "Rule "))
        .zip(range(1, 120), spans(text), (kind, n, span) -> Provision.of(kind + n, span));
  }

  /**
   * Generate state actions over a text.
   *
   * @param text the text the spans index
   * @return a generator of state actions, with and without dates
   */
  public static Gen<StateAction> stateActions(Text text) {
    return in -> StateAction.builder()
        .state(countries().generate(in))
        .action(enumValues(StateActionType.class).generate(in))
        .date(maybe(edtfs()).generate(in))
        .span(spans(text).generate(in))
        .build();
  }

  /**
   * Generate incident dates over a text: the text is the span's words.
   *
   * @param text the text the span indexes
   * @return a generator of incident dates, sometimes without a value
   */
  public static Gen<IncidentDate> incidentDates(Text text) {
    return in -> {
      Span span = spans(text).generate(in);
      return IncidentDate.builder()
          .value(maybe(edtfs()).generate(in))
          .text(span.textOf(text.joined()))
          .span(span)
          .build();
    };
  }

  /**
   * Generate incident locations over a text.
   *
   * @param text the text the span indexes
   * @return a generator of locations with zero to three countries
   */
  public static Gen<Location> locations(Text text) {
    return in -> {
      Span span = spans(text).generate(in);
      return Location.builder()
          .text(span.textOf(text.joined()))
          .countries(lists(countries(), range(0, 3)).generate(in))
          .span(span)
          .build();
    };
  }

  /**
   * Generate victims that refer to one of the given actor ids or to none.
   *
   * @param actorIds the ids a victim may refer to
   * @return a generator of victims
   */
  public static Gen<Victim> victims(List<String> actorIds) {
    return in -> Victim.builder()
        .ref(actorIds.isEmpty() ? Optional.empty() : maybe(pick(actorIds)).generate(in))
        .description(TextGenerators.names().generate(in))
        .count(maybe(frequency(Pair.of(3, longRange(0, 20)),
            Pair.of(1, longRange(0, Long.MAX_VALUE)))).generate(in))
        .build();
  }

  /**
   * Generate attributions that refer to one of the given ids or to none.
   *
   * @param refIds the agency and actor ids a source may refer to
   * @return a generator of attributions
   */
  public static Gen<Attribution> attributions(List<String> refIds) {
    return in -> Attribution.builder()
        .text(TextGenerators.sentences().generate(in))
        .ref(refIds.isEmpty() ? Optional.empty() : maybe(pick(refIds)).generate(in))
        .build();
  }

  /**
   * Generate incidents over a text whose references resolve to the given ids.
   *
   * @param text the text the spans index
   * @param id the incident's id
   * @param actorIds the actor ids of the article
   * @param agencyIds the agency ids of the article
   * @param instrumentIds the legal instrument ids of the article
   * @return a generator of incidents
   */
  public static Gen<Incident> incidents(Text text, String id, List<String> actorIds,
      List<String> agencyIds, List<String> instrumentIds) {
    List<String> parties = new ArrayList<>(agencyIds);
    parties.addAll(actorIds);
    return in -> Incident.builder().id(id)
        .type(enumValues(IncidentType.class).generate(in))
        .specific(booleans().generate(in))
        .date(maybe(incidentDates(text)).generate(in))
        .location(maybe(locations(text)).generate(in))
        .perpetrators(subset(parties).generate(in))
        .victims(lists(victims(actorIds), range(0, 3)).generate(in))
        .sources(lists(attributions(parties), range(0, 2)).generate(in))
        .instruments(subset(instrumentIds).generate(in))
        .evidence(evidence(text).generate(in))
        .build();
  }

  /**
   * Generate whole articles, valid by construction, with zero to four of each kind of record.
   *
   * @return a generator of articles
   */
  public static Gen<Article> articles() {
    return in -> {
      Text text = texts().generate(in);
      List<Actor> actors = entities(in, text, "actor:", ModelGenerators::actors);
      List<Agency> agencies = entities(in, text, "agency:", ModelGenerators::agencies);
      List<LegalInstrument> instruments =
          entities(in, text, "instrument:", ModelGenerators::legalInstruments);
      List<String> actorIds = actors.stream().map(Actor::id).toList();
      List<String> agencyIds = agencies.stream().map(Agency::id).toList();
      List<String> instrumentIds = instruments.stream().map(LegalInstrument::id).toList();
      int incidentCount = counts().generate(in);
      List<Incident> incidents = new ArrayList<>(incidentCount);
      for (int i = 1; i <= incidentCount; i++) {
        incidents.add(incidents(text, "incident:" + i, actorIds, agencyIds, instrumentIds)
            .generate(in));
      }
      // Incidents come in the order of their evidence; renumber after sorting.
      incidents.sort((a, b) -> a.evidence().compareTo(b.evidence()));
      for (int i = 0; i < incidents.size(); i++) {
        incidents.set(i, Incident.builder().from(incidents.get(i)).id("incident:" + (i + 1))
            .build());
      }
      return Article.builder()
          .id("article:" + String.format("%016x", longRange(Long.MIN_VALUE, Long.MAX_VALUE)
              .generate(in)))
          .source(sources().generate(in))
          .headline(maybe(TextGenerators.headlines()).generate(in))
          .authors(distinct(lists(TextGenerators.names(), range(0, 3)).generate(in)))
          .published(maybe(partialDateTimes()).generate(in))
          .language(maybe(pick(LANGUAGES)).generate(in))
          .paragraphs(text.paragraphs())
          .actors(actors)
          .agencies(agencies)
          .legalInstruments(instruments)
          .incidents(incidents)
          .warnings(lists(TextGenerators.sentences(), frequency(Pair.of(3, constant(0)),
              Pair.of(1, range(1, 3)))).generate(in))
          .build();
    };
  }

  /**
   * Generate ISO 3166-1 alpha-3 codes, mostly of the region the seed reports on.
   *
   * @return a generator of country codes
   */
  public static Gen<String> countries() {
    return frequency(Pair.of(3, pick(NEAR_COUNTRIES)), Pair.of(1, pick(COUNTRIES)));
  }

  /**
   * Generate an optional value: absent a third of the time.
   *
   * @param values the generator of present values
   * @param <T> the type of value
   * @return a generator of optional values
   */
  public static <T> Gen<Optional<T>> maybe(Gen<T> values) {
    return in -> range(0, 2).generate(in) == 0 ? Optional.empty()
        : Optional.of(values.generate(in));
  }

  /**
   * Generate lists whose sizes come from a generator.
   *
   * @param values the elements
   * @param sizes the sizes
   * @param <T> the type of element
   * @return a generator of lists
   */
  public static <T> Gen<List<T>> lists(Gen<T> values, Gen<Integer> sizes) {
    return in -> {
      int n = sizes.generate(in);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(values.generate(in));
      }
      return out;
    };
  }

  private static Gen<Integer> counts() {
    return frequency(Pair.of(2, constant(0)), Pair.of(4, range(1, 2)), Pair.of(1, range(3, 4)));
  }

  private static Gen<Map<String, String>> refs() {
    Gen<Map.Entry<String, String>> entry = pick(List.of("wikidata", "viaf", "geonames", "un"))
        .zip(range(1, 9_999_999), (k, n) -> Map.entry(k, (k.equals("wikidata") ? "Q" : "") + n));
    return in -> {
      Map<String, String> refs = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : lists(entry, range(0, 2)).generate(in)) {
        refs.put(e.getKey(), e.getValue());
      }
      return refs;
    };
  }

  private static <T> Gen<List<T>> subset(List<T> values) {
    return in -> {
      List<T> out = new ArrayList<>();
      for (T value : values) {
        if (range(0, 2).generate(in) == 0) {
          out.add(value);
        }
      }
      return out;
    };
  }

  private static <E> List<E> entities(RandomnessSource in, Text text, String prefix,
      BiFunction<Text, String, Gen<E>> generator) {
    int n = counts().generate(in);
    List<E> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      out.add(generator.apply(text, prefix + "g" + i).generate(in));
    }
    return out;
  }

  private static String name(Text text, List<Span> mentions, RandomnessSource in) {
    return !mentions.isEmpty() && booleans().generate(in)
        ? mentions.get(0).textOf(text.joined())
        : TextGenerators.names().generate(in);
  }

  private static Gen<Integer> years() {
    return frequency(Pair.of(8, range(1900, 2030)), Pair.of(1, range(0, 9999)),
        Pair.of(1, pick(List.of(0, 1, 999, 1000, 9998, 9999))));
  }

  private static Gen<LocalDate> days() {
    return years().zip(range(0, 365), (y, d) -> {
      LocalDate first = LocalDate.of(y, 1, 1);
      return first.plusDays(Math.min(d, first.lengthOfYear() - 1));
    });
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static <T> List<T> distinct(List<T> values) {
    return values.stream().distinct().toList();
  }
}
