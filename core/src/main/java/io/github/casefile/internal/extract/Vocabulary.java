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
  /** The String hash of each norm. */
  final int[] hashes;
  /** Open-addressing table of ids (-1 for empty), at most half full, keyed by {@link #mix}. */
  final int[] slots;
  /**
   * Every norm's characters, one after another: norm {@code id} is {@code pool[offsets[id]]} to
   * {@code pool[offsets[id + 1]]}. A token is compared with a norm here, in one small array,
   * rather than through the norm's String and its byte array, two reads from anywhere in the heap.
   */
  final char[] pool;
  /** Where each norm starts in {@link #pool}; one more entry than there are norms. */
  final int[] offsets;

  private Vocabulary(String[] norms, int[] classes) {
    this.size = norms.length;
    for (int id = 0; id < size; id++) {
      // the JVM's one instance of each norm, which every string literal also is: a token that
      // matches a finder's literal ("said") is then the same instance, found by identity
      norms[id] = norms[id].intern();
    }
    this.norms = norms;
    this.offsets = new int[size + 1];
    for (int id = 0; id < size; id++) {
      offsets[id + 1] = offsets[id] + norms[id].length();
    }
    this.pool = new char[offsets[size]];
    for (int id = 0; id < size; id++) {
      norms[id].getChars(0, norms[id].length(), pool, offsets[id]);
    }
    this.classes = classes;
    this.hashes = new int[size];
    int capacity = 16;
    while (capacity < size * 2) {
      capacity *= 2;
    }
    this.slots = new int[capacity];
    Arrays.fill(slots, -1);
    for (int id = 0; id < size; id++) {
      hashes[id] = norms[id].hashCode();
      int slot = mix(hashes[id]) & (capacity - 1);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = id;
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
    int h = norm.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
      if (hashes[slots[slot]] == h && norms[slots[slot]].equals(norm)) {
        return slots[slot];
      }
    }
    return -1;
  }

  /** Spread a String hash over the low bits a power-of-two table uses. */
  static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
