package io.github.casefile.model;

import java.util.List;
import java.util.Map;

/**
 * What {@link Actor}, {@link Agency} and {@link LegalInstrument} share: a stable id, names, links to
 * other datasets and the spans of the text that mention them.
 */
public interface Entity {
  /**
   * Return the entity's id: the knowledge-base id when the entity is known there (the same in every
   * article), else its kind and a slug of its name.
   *
   * @return such as {@code "agency:prk-mss"}
   */
  String id();

  /**
   * Return the other names the article uses for it.
   *
   * @return the aliases, possibly empty
   */
  List<String> aliases();

  /**
   * Return identifiers in other datasets, keyed by dataset.
   *
   * @return such as {@code {"wikidata": "Q1165946"}}, possibly empty
   */
  Map<String, String> refs();

  /**
   * Return the spans of the article text that mention the entity.
   *
   * @return the mentions in text order, possibly empty
   */
  List<Span> mentions();
}
