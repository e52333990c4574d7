package io.github.casefile;

import io.github.casefile.internal.extract.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The curated knowledge that extraction uses to identify and enrich what an article states:
 * agencies with their acronyms and aliases, legal instruments, countries with their demonyms and
 * possessives, and places. The default ships in the core jar (see {@code docs/knowledge-base.md}
 * for the format); a caller extends it with files of the same format or replaces it entirely, and
 * passes it to {@link Casefile.Builder#knowledgeBase(KnowledgeBase)}.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.defaults().extendedWith(Files.newInputStream(myAgencies));
 * Casefile casefile = Casefile.builder().knowledgeBase(kb).build();
 * }</pre>
 *
 * <p>A knowledge base is immutable and thread-safe; its names are compiled into a matcher once,
 * when it is built, so build it once and share it. It never adds to an article a mention, a
 * provision or a state action that the text does not state.
 */
public final class KnowledgeBase {
  private static final KnowledgeBase EMPTY = new KnowledgeBase(Knowledge.empty());
  private final Knowledge knowledge;

  private KnowledgeBase(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * Return the knowledge base shipped in the core jar. It is loaded once per class loader.
   *
   * @return the shared default
   * @throws IllegalStateException if the shipped files are missing or broken
   */
  public static KnowledgeBase defaults() {
    return new KnowledgeBase(Knowledge.defaults());
  }

  /**
   * Load a knowledge base from files alone, replacing the shipped one. Each stream is one JSON
   * document (agencies, instruments or places, version 1); later files merge into earlier ones by
   * id. The caller closes the streams.
   *
   * @param files the documents
   * @return the knowledge base
   * @throws IOException if a stream cannot be read
   * @throws IllegalArgumentException if a document is not of the knowledge-base format
   * @throws NullPointerException if {@code files} is or holds null
   */
  public static KnowledgeBase load(InputStream... files) throws IOException {
    return EMPTY.extendedWith(files);
  }

  /**
   * Return this knowledge base extended with more files: an entry whose id (or country code) is
   * known replaces the earlier one, a new one is added, generic heads merge per country, and an
   * entry {@code {"id": …, "deleted": true}} removes one. The caller closes the streams.
   *
   * @param files the documents
   * @return a new knowledge base; this one is unchanged
   * @throws IOException if a stream cannot be read
   * @throws IllegalArgumentException if a document is not of the knowledge-base format
   * @throws NullPointerException if {@code files} is or holds null
   */
  public KnowledgeBase extendedWith(InputStream... files) throws IOException {
    Objects.requireNonNull(files, "files");
    List<byte[]> bytes = new ArrayList<>(files.length);
    for (InputStream in : files) {
      bytes.add(Objects.requireNonNull(in, "file").readAllBytes());
    }
    return new KnowledgeBase(knowledge.extendedWith(bytes));
  }

  /**
   * Return how many agencies this knowledge base knows.
   *
   * @return the count
   */
  public int agencyCount() {
    return knowledge.agencyCount();
  }

  /**
   * Return how many legal instruments this knowledge base knows.
   *
   * @return the count
   */
  public int instrumentCount() {
    return knowledge.instrumentCount();
  }

  /**
   * Tell whether an id names an agency, instrument or place of this knowledge base.
   *
   * @param id such as {@code "agency:prk-mss"}
   * @return true if known
   */
  public boolean knows(String id) {
    return knowledge.knows(id);
  }

  Knowledge knowledge() {
    return knowledge;
  }
}
