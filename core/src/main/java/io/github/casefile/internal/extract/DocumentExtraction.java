package io.github.casefile.internal.extract;

import io.github.casefile.Limits;
import io.github.casefile.internal.extract.DateFinder.TimeExpr;
import io.github.casefile.internal.extract.Records.ActorRec;
import io.github.casefile.internal.extract.Records.AgencyRec;
import io.github.casefile.internal.extract.Records.InstrumentRec;
import io.github.casefile.internal.extract.Records.Rec;
import io.github.casefile.model.Actor;
import io.github.casefile.model.Agency;
import io.github.casefile.model.Article;
import io.github.casefile.model.Incident;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One article's extraction: analyse the text, find entities, dates, instrument facts, incidents. */
final class DocumentExtraction {
  private static final int MANY_ALIASES = 16;

  private final Knowledge kb;
  private final Article article;
  private final Limits limits;
  private final Work work;
  private final List<String> warnings = new ArrayList<>();

  DocumentExtraction(Knowledge kb, Article article, Limits limits, Work work) {
    this.kb = kb;
    this.article = article;
    this.limits = limits;
    this.work = work;
  }

  Article run() {
    String text = article.text();
    TextAnalysis a = TextAnalysis.of(text, work, kb.vocabulary);
    Records records = new Records(limits.maxEntities());
    EntityFinder entities = new EntityFinder(kb, a, records);
    entities.run();
    new RelativeActors(a, records, entities.mentions).run();
    PartialDateTime published = article.published().orElse(null);
    List<TimeExpr> dates = new DateFinder(a, published, warnings).findAll();
    new DescribedInstruments(a, records, entities.mentions, dates).run();
    new InstrumentFacts(a, entities.mentions, dates).run();
    IncidentFinder incidents = new IncidentFinder(a, entities.mentions, dates, warnings);
    int room = Math.max(0, limits.maxEntities() - records.agencies.size()
        - records.actors.size() - records.instruments.size());
    incidents.run(room);
    RelativeActors.keepVictims(records, incidents.incidents);
    if (records.overflowed() || incidents.truncated) {
      warnings.add("The article names more than " + limits.maxEntities()
          + " entities and incidents (limit maxEntities); the rest were left out.");
    }
    List<String> allWarnings = new ArrayList<>(article.warnings());
    allWarnings.addAll(warnings);
    return Article.builder().from(article)
        .agencies(agencies(records))
        .actors(actors(records))
        .legalInstruments(instruments(records))
        .incidents(incidents.incidents)
        .warnings(io.github.casefile.internal.Warnings.cap(allWarnings))
        .build();
  }

  private static <R extends Rec> List<R> ordered(java.util.Collection<R> recs) {
    List<R> out = new ArrayList<>();
    for (R r : recs) {
      if (!r.mentions.isEmpty()) {
        r.mentions.sort(Comparator.naturalOrder());
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt(r -> r.firstToken));
    return out;
  }

  /**
   * Return a record's surfaces other than its names, each once by its normalised form. Records have
   * a few surfaces, so the forms taken are kept in an array and scanned; a set only for many.
   */
  private static List<String> aliases(Rec r, String... names) {
    if (r.aliases.isEmpty()) {
      return List.of();
    }
    String[] taken = new String[names.length + r.aliases.size()];
    int count = 0;
    for (String n : names) {
      if (n != null) {
        taken[count++] = TextAnalysis.normalize(n); // lower case already
      }
    }
    Set<String> many = null;
    if (r.aliases.size() > MANY_ALIASES) {
      many = new HashSet<>(java.util.Arrays.asList(taken).subList(0, count));
    }
    List<String> out = new ArrayList<>(r.aliases.size());
    for (String alias : r.aliases) {
      String form = TextAnalysis.normalize(alias);
      boolean added = many != null ? many.add(form) : !contains(taken, count, form);
      if (added) {
        if (many == null) {
          taken[count++] = form;
        }
        out.add(alias);
      }
    }
    return out;
  }

  private static boolean contains(String[] forms, int count, String form) {
    for (int i = 0; i < count; i++) {
      if (forms[i].equals(form)) {
        return true;
      }
    }
    return false;
  }

  private List<Agency> agencies(Records records) {
    List<Agency> out = new ArrayList<>();
    for (AgencyRec r : ordered(records.agencies.values())) {
      out.add(Agency.builder().id(r.id).name(r.name).acronym(Optional.ofNullable(r.acronym))
          .kind(r.kind).country(Optional.ofNullable(r.country))
          .parent(Optional.ofNullable(r.parent != null && kb.agencies.containsKey(r.parent)
              ? r.parent : null))
          .aliases(aliases(r, r.name, r.acronym)).refs(r.refs).mentions(r.mentions).build());
    }
    return out;
  }

  private static List<Actor> actors(Records records) {
    List<Actor> out = new ArrayList<>();
    for (ActorRec r : ordered(records.actors.values())) {
      out.add(Actor.builder().id(r.id).name(r.name).kind(r.kind)
          .country(Optional.ofNullable(r.country)).aliases(aliases(r, r.name)).refs(r.refs)
          .mentions(r.mentions).build());
    }
    return out;
  }

  private static List<LegalInstrument> instruments(Records records) {
    List<LegalInstrument> out = new ArrayList<>();
    for (InstrumentRec r : ordered(records.instruments.values())) {
      r.provisions.sort(Comparator.comparing(p -> p.span()));
      r.actions.sort(Comparator.comparing((io.github.casefile.model.StateAction s) -> s.span()));
      out.add(LegalInstrument.builder().id(r.id).title(r.name).kind(r.kind)
          .year(Optional.ofNullable(r.year)).parties(r.parties).provisions(r.provisions)
          .actions(r.actions).aliases(aliases(r, r.name)).refs(r.refs).mentions(r.mentions)
          .build());
    }
    return out;
  }

  static Span span(TextAnalysis a, int start, int end) {
    return Span.of(a.tokStart[start], a.tokEnd[end - 1]);
  }
}
