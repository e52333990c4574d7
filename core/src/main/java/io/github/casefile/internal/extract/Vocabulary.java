package io.github.casefile.internal.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The norms every analysis starts with, numbered 0 to {@link #size} - 1: the {@link Lexicon}'s
 * words and frequent words ({@link #BASE}), and for a knowledge base also every token of its names
 * ({@link #with}). Immutable and shared: an analysis reads it and keeps only the norms it does
 * not hold in a table of its own, so starting an analysis copies nothing, and a token whose norm
 * is here costs no String. A norm outside the vocabulary starts no knowledge-base name, which the
 * name matcher answers from the id alone.
 */
final class Vocabulary {
  /** The Lexicon's words and frequent words, hashed once; null while the finders' classes load. */
  static final Vocabulary BASE = base();

  final int size;
  final String[] norms;
  /** The {@link Lexicon#classes} of each norm. */
  final int[] classes;
  /** The String hash of each norm, by id: what an analysis keeps per token without reading it. */
  final int[] hashes;
  /**
   * Open-addressing table of the norms, at most half full, keyed by {@link #mix} of the
   * norm's String hash; {@link #ENTRY} ints per slot, read by {@link #find}.
   */
  final int[] table;
  /**
   * Every norm's characters, one after another, where {@link #table} says. A token is compared
   * with a norm here, in one small array, rather than through the norm's String and its byte
   * array, two reads from anywhere in the heap.
   */
  final char[] pool;

  /**
   * The ints of one slot of a norm table: the norm's String hash, its id plus one (0 for an empty
   * slot), where its characters start in the pool and how many there are. One probe reads one
   * slot, which a cache line holds, instead of an id, then the id's hash, then its offsets.
   */
  static final int ENTRY = 4;
  static final int HASH = 0;
  static final int ID = 1;
  static final int FROM = 2;
  static final int LENGTH = 3;

  private Vocabulary(String[] norms, int[] classes) {
    this.size = norms.length;
    for (int id = 0; id < size; id++) {
      // the JVM's one instance of each norm, which every string literal also is: a token that
      // matches a finder's literal ("said") is then the same instance, found by identity
      norms[id] = norms[id].intern();
    }
    this.norms = norms;
    this.classes = classes;
    this.hashes = new int[size];
    int chars = 0;
    for (String norm : norms) {
      chars += norm.length();
    }
    this.pool = new char[chars];
    int capacity = 16;
    while (capacity < size * 2) {
      capacity *= 2;
    }
    this.table = new int[capacity * ENTRY];
    int from = 0;
    for (int id = 0; id < size; id++) {
      String norm = norms[id];
      norm.getChars(0, norm.length(), pool, from);
      int at = -1 - find(table, pool, norm.hashCode(), norm);
      table[at + HASH] = norm.hashCode();
      hashes[id] = norm.hashCode();
      table[at + ID] = id + 1;
      table[at + FROM] = from;
      table[at + LENGTH] = norm.length();
      from += norm.length();
    }
  }

  private static Vocabulary base() {
    Collection<Lexicon.Word> words = Lexicon.vocabulary();
    String[] norms = new String[words.size()];
    int[] classes = new int[norms.length];
    int id = 0;
    for (Lexicon.Word w : words) {
      norms[id] = w.text;
      classes[id++] = w.classes;
    }
    return new Vocabulary(norms, classes);
  }

  /**
   * Return this vocabulary with more norms after its own (the ids of its norms stay the same).
   *
   * @param more norms, possibly already present
   * @return the larger vocabulary, or this one if nothing is new
   */
  Vocabulary with(Collection<String> more) {
    String[] all = Arrays.copyOf(norms, size + more.size());
    int[] allClasses = Arrays.copyOf(classes, all.length);
    java.util.Set<String> seen = new java.util.HashSet<>(Arrays.asList(norms));
    int n = size;
    for (String norm : more) {
      if (seen.add(norm)) {
        all[n] = norm;
        allClasses[n++] = Lexicon.classes(norm);
      }
    }
    return n == size ? this
        : new Vocabulary(Arrays.copyOf(all, n), Arrays.copyOf(allClasses, n));
  }

  /**
   * Return a norm's id.
   *
   * @param norm a norm
   * @return its id, or -1 if this vocabulary does not hold it
   */
  int idOf(String norm) {
    int found = find(table, pool, norm.hashCode(), norm);
    return found >= 0 ? found : -1;
  }

  /**
   * Return the id of a norm in a norm table (see {@link #ENTRY}), or -1 minus the index of the
   * empty slot where it would go.
   *
   * @param table the table
   * @param pool the characters of the table's norms
   * @param h the norm's String hash
   * @param norm the norm
   * @return its id, or -1 minus a free slot's index
   */
  static int find(int[] table, char[] pool, int h, String norm) {
    int mask = table.length - ENTRY;
    int length = norm.length();
    int at = (mix(h) * ENTRY) & mask;
    for (int id = table[at + ID]; id != 0; id = table[at + ID]) {
      if (table[at + HASH] == h && table[at + LENGTH] == length
          && sameChars(pool, table[at + FROM], norm)) {
        return id - 1;
      }
      at = (at + ENTRY) & mask;
    }
    return -1 - at;
  }

  /** Tell whether {@code norm} is written at {@code pool[from]} (which holds as many chars). */
  static boolean sameChars(char[] pool, int from, String norm) {
    for (int k = 0; k < norm.length(); k++) {
      if (pool[from + k] != norm.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Spread a String hash over the low bits a power-of-two table uses. */
  static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
