package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One news article: its metadata, its body as paragraphs, and what the body reports, each record
 * tied by {@link Span}s to the characters of {@link #text()} that state it.
 *
 * <p>Building an article checks that it is consistent: paragraphs are non-empty with white space
 * collapsed, every span lies inside the text, ids are unique, and every reference of an incident
 * resolves to an entity of the same article. A violation throws {@link IllegalStateException}
 * naming the field.
 */
@Value.Immutable
public abstract class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most warnings an article carries; later ones are summarised in the last entry. */
  public static final int MAX_WARNINGS = 100;

  /** The separator between paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  Article() {}

  /**
   * Return the article's id: {@code article:} and 16 hex digits of a SHA-256 over its canonical URL,
   * or over its headline, publication date and text.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Return where the article came from.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Return the headline, which is not part of the text.
   *
   * @return the headline, or empty
   */
  public abstract Optional<String> headline();

  /**
   * Return the names of the authors, in byline order.
   *
   * @return the names, possibly empty
   */
  public abstract List<String> authors();

  /**
   * Return when the article was published, at the precision the source gives.
   *
   * @return the date or date-time, or empty
   */
  public abstract Optional<PartialDateTime> published();

  /**
   * Return the article's language, where the source or caller states it.
   *
   * @return a BCP 47 tag such as {@code "en"}, or empty
   */
  public abstract Optional<String> language();

  /**
   * Return the body's paragraphs: white space collapsed to single spaces, none at the ends, none
   * empty.
   *
   * @return the paragraphs in order
   */
  public abstract List<String> paragraphs();

  /**
   * Return the people and groups the body reports on.
   *
   * @return the actors, possibly empty
   */
  public abstract List<Actor> actors();

  /**
   * Return the organisations the body names.
   *
   * @return the agencies, possibly empty
   */
  public abstract List<Agency> agencies();

  /**
   * Return the treaties, agreements, resolutions, reports and laws the body cites.
   *
   * @return the instruments, possibly empty
   */
  public abstract List<LegalInstrument> legalInstruments();

  /**
   * Return the events and practices the body reports.
   *
   * @return the incidents in the order of their evidence, possibly empty
   */
  public abstract List<Incident> incidents();

  /**
   * Return what could not be read, as plain sentences.
   *
   * @return at most {@value #MAX_WARNINGS} warnings
   */
  public abstract List<String> warnings();

  /**
   * Return the article text that every span indexes: the paragraphs joined by a blank line.
   *
   * @return {@code String.join("\n\n", paragraphs())}
   */
  @JsonIgnore
  @Value.Lazy
  public String text() {
    return String.join(PARAGRAPH_SEPARATOR, paragraphs());
  }

  /**
   * Start building an article.
   *
   * @return a new builder
   */
  public static ImmutableArticle.Builder builder() {
    return ImmutableArticle.builder();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < paragraphs().size(); i++) {
      String paragraph = paragraphs().get(i);
      if (!Paragraphs.isNormalized(paragraph)) {
        throw new IllegalStateException("paragraphs[" + i + "] is empty or has white space that is"
            + " not collapsed: '" + PartialDateTime.abbreviate(paragraph) + "'");
      }
    }
    if (warnings().size() > MAX_WARNINGS) {
      throw new IllegalStateException(
          "warnings has " + warnings().size() + " entries; at most " + MAX_WARNINGS);
    }
    new ArticleCheck(this).run();
  }

  /** Checks spans and references of a built article. */
  private static final class ArticleCheck {
    private final Article article;
    private final int textLength;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> actorIds = new HashSet<>();
    private final Set<String> agencyIds = new HashSet<>();
    private final Set<String> instrumentIds = new HashSet<>();

    ArticleCheck(Article article) {
      this.article = article;
      int length = 0;
      for (String p : article.paragraphs()) {
        length += p.length();
      }
      this.textLength =
          length + Math.max(0, article.paragraphs().size() - 1) * PARAGRAPH_SEPARATOR.length();
    }

    // Field names are built only when a check fails, so a consistent article costs no strings.
    void run() {
      entities("actors", article.actors(), actorIds);
      entities("agencies", article.agencies(), agencyIds);
      entities("legalInstruments", article.legalInstruments(), instrumentIds);
      for (int i = 0; i < article.legalInstruments().size(); i++) {
        LegalInstrument instrument = article.legalInstruments().get(i);
        for (int j = 0; j < instrument.provisions().size(); j++) {
          Span span = instrument.provisions().get(j).span();
          if (!fits(span)) {
            throw outside("legalInstruments[" + i + "].provisions[" + j + "].span", span);
          }
        }
        for (int j = 0; j < instrument.actions().size(); j++) {
          Span span = instrument.actions().get(j).span();
          if (!fits(span)) {
            throw outside("legalInstruments[" + i + "].actions[" + j + "].span", span);
          }
        }
      }
      for (int i = 0; i < article.incidents().size(); i++) {
        incident(i, article.incidents().get(i));
      }
    }

    private void entities(String field, List<? extends Entity> entities, Set<String> kindIds) {
      for (int i = 0; i < entities.size(); i++) {
        Entity entity = entities.get(i);
        String id = entity.id();
        if (id.isBlank() || !ids.add(id)) {
          throw badId(field + "[" + i + "].id", id);
        }
        kindIds.add(id);
        for (int j = 0; j < entity.mentions().size(); j++) {
          Span span = entity.mentions().get(j);
          if (!fits(span)) {
            throw outside(field + "[" + i + "].mentions[" + j + "]", span);
          }
        }
      }
    }

    private void incident(int i, Incident incident) {
      String id = incident.id();
      if (id.isBlank() || !ids.add(id)) {
        throw badId(field(i, ".id"), id);
      }
      if (!fits(incident.evidence())) {
        throw outside(field(i, ".evidence"), incident.evidence());
      }
      if (incident.date().isPresent() && !fits(incident.date().get().span())) {
        throw outside(field(i, ".date.span"), incident.date().get().span());
      }
      if (incident.location().isPresent() && !fits(incident.location().get().span())) {
        throw outside(field(i, ".location.span"), incident.location().get().span());
      }
      for (int j = 0; j < incident.perpetrators().size(); j++) {
        String ref = incident.perpetrators().get(j);
        if (!agencyIds.contains(ref) && !actorIds.contains(ref)) {
          dangling(field(i, ".perpetrators[" + j + "]"), ref, "agency or actor");
        }
      }
      for (int j = 0; j < incident.victims().size(); j++) {
        String ref = incident.victims().get(j).ref().orElse(null);
        if (ref != null && !actorIds.contains(ref)) {
          dangling(field(i, ".victims[" + j + "].ref"), ref, "actor");
        }
      }
      for (int j = 0; j < incident.sources().size(); j++) {
        String ref = incident.sources().get(j).ref().orElse(null);
        if (ref != null && !agencyIds.contains(ref) && !actorIds.contains(ref)) {
          dangling(field(i, ".sources[" + j + "].ref"), ref, "agency or actor");
        }
      }
      for (int j = 0; j < incident.instruments().size(); j++) {
        String ref = incident.instruments().get(j);
        if (!instrumentIds.contains(ref)) {
          dangling(field(i, ".instruments[" + j + "]"), ref, "legal instrument");
        }
      }
    }

    private static String field(int incident, String rest) {
      return "incidents[" + incident + "]" + rest;
    }

    private static IllegalStateException badId(String field, String id) {
      return id.isBlank() ? new IllegalStateException(field + " must not be blank")
          : new IllegalStateException(field + " '" + id + "' is not unique in the article");
    }

    private boolean fits(Span span) {
      return span.fitsIn(textLength);
    }

    private IllegalStateException outside(String field, Span span) {
      return new IllegalStateException(
          field + " " + span + " lies outside the article text of length " + textLength);
    }

    private static void dangling(String field, String ref, String what) {
      throw new IllegalStateException(
          field + " '" + ref + "' does not name an " + what + " of the article");
    }
  }
}
