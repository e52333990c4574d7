package io.github.casefile.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known names in a token stream: a trie over normalised tokens (lower case, apostrophes
 * removed, so "North Korea's", "North Korea’s" and "North Koreas" meet), with case rules checked
 * at the end: an acronym ("MSS") matches only as written, a capitalised word ("Security") only
 * capitalised. Built once per knowledge base; immutable after building and safe to share.
 */
final class NameTrie<T> {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "of", "the", "and", "for", "on", "in", "to", "a", "an", "or", "against", "by", "with", "de");

  /** One name and what it names. */
  static final class Entry<T> {
    final T target;
    final String[] forms;
    /** Per form: EXACT (an acronym, matched as written), CAPITAL (a capitalised word) or ANY. */
    final byte[] rules;
    /** Per form: the form without apostrophes, which an EXACT form must equal. */
    final String[] bare;
    /** The target alone: the targets of a match of a name with this one entry. */
    final List<T> targetOnly;

    Entry(T target, String[] forms) {
      this.target = target;
      this.targetOnly = List.of(target);
      this.forms = forms;
      this.rules = new byte[forms.length];
      this.bare = new String[forms.length];
      for (int k = 0; k < forms.length; k++) {
        String form = forms[k];
        int upper = 0;
        for (int c = 0; c < form.length(); c++) {
          if (Character.isUpperCase(form.charAt(c))) {
            upper++;
          }
        }
        bare[k] = stripApostrophes(form);
        if (upper >= 2 || (upper == 1 && form.length() == 1)) {
          rules[k] = EXACT;
        } else if (upper == 1 && Character.isUpperCase(form.charAt(0))
            && !FUNCTION_WORDS.contains(form.toLowerCase(java.util.Locale.ROOT))) {
          rules[k] = CAPITAL;
        }
      }
    }
  }

  private static final byte EXACT = 1;
  private static final byte CAPITAL = 2;

  private static final class Node<T> {
    Map<String, Node<T>> next;
    List<Entry<T>> entries;
    /** After {@link #index}: the vocabulary ids of {@link #next}'s keys, ascending. */
    int[] ids;
    /** After {@link #index}: the node after each of {@link #ids}. */
    Node<T>[] kids;
  }

  /** A match: tokens {@code [start, end)} and the entries whose case rules hold. */
  static final class Match<T> {
    final int start;
    final int end;
    final List<T> targets;
    /**
     * Whether the name holds more than one entry: if not, no match of the same tokens, whatever
     * their case, has more than one target.
     */
    final boolean several;

    Match(int start, int end, List<T> targets, boolean several) {
      this.start = start;
      this.end = end;
      this.targets = targets;
      this.several = several;
    }
  }

  private final Node<T> root = new Node<>();
  private int maxDepth;
  /** The vocabulary {@link #index} numbered the names' tokens in; null before. */
  private Vocabulary vocabulary;
  /** After {@link #index}: the node after each vocabulary id that starts a name, else null. */
  private Node<T>[] firstById;
  /**
   * After {@link #index}: whether each vocabulary id is a name's second or later token. Most
   * tokens after a name's first word ("the", "north") are not, and end the walk here.
   */
  private boolean[] continues;
  /** After {@link #index}: whether each vocabulary id starts a name ({@link #firstById} not null). */
  private boolean[] startsById;

  /**
   * Add a name.
   *
   * @param name the name as written
   * @param target what it names
   */
  void add(String name, T target) {
    TextAnalysis a = TextAnalysis.of(name, Work.unbounded());
    if (a.tokenCount == 0) {
      return;
    }
    Node<T> node = root;
    String[] forms = new String[a.tokenCount];
    for (int i = 0; i < a.tokenCount; i++) {
      forms[i] = a.token(i);
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(a.tokNorm[i], k -> new Node<>());
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    for (Entry<T> e : node.entries) {
      if (e.target.equals(target) && java.util.Arrays.equals(e.forms, forms)) {
        return;
      }
    }
    node.entries.add(new Entry<>(target, forms));
    maxDepth = Math.max(maxDepth, a.tokenCount);
  }

  /**
   * Tell whether some name starts with a token.
   *
   * @param norm the normalised token
   * @return true if a name's first token is {@code norm}
   */
  boolean starts(String norm) {
    return root.next != null && root.next.containsKey(norm);
  }

  /**
   * Number every token of the names in a vocabulary, after the last {@link #add}: an analysis made
   * with the returned vocabulary is then matched by norm id (array reads instead of String hash
   * look-ups), and a token outside the vocabulary is known to start and continue no name.
   *
   * @param base the vocabulary to extend, or null to keep matching by norm
   * @return {@code base} with the names' tokens added, or null if {@code base} is null
   */
  Vocabulary index(Vocabulary base) {
    if (base == null) {
      return null;
    }
    List<String> norms = new ArrayList<>();
    List<Node<T>> pending = new ArrayList<>();
    pending.add(root);
    for (int k = 0; k < pending.size(); k++) {
      Node<T> node = pending.get(k);
      if (node.next != null) {
        norms.addAll(node.next.keySet());
        pending.addAll(node.next.values());
      }
    }
    Vocabulary v = base.with(norms);
    Node<T>[] first = newNodes(v.size);
    boolean[] later = new boolean[v.size];
    for (Node<T> node : pending) {
      if (node.next == null) {
        continue;
      }
      int[] ids = new int[node.next.size()];
      int n = 0;
      for (String norm : node.next.keySet()) {
        ids[n++] = v.idOf(norm);
      }
      java.util.Arrays.sort(ids);
      Node<T>[] kids = newNodes(ids.length);
      for (Map.Entry<String, Node<T>> e : node.next.entrySet()) {
        int id = v.idOf(e.getKey());
        kids[java.util.Arrays.binarySearch(ids, id)] = e.getValue();
        if (node == root) {
          first[id] = e.getValue();
        } else {
          later[id] = true;
        }
      }
      node.ids = ids;
      node.kids = kids;
    }
    boolean[] starts = new boolean[v.size];
    for (int id = 0; id < v.size; id++) {
      starts[id] = first[id] != null;
    }
    firstById = first;
    startsById = starts;
    continues = later;
    vocabulary = v;
    return v;
  }

  @SuppressWarnings("unchecked")
  private static <T> Node<T>[] newNodes(int n) {
    return (Node<T>[]) new Node<?>[n];
  }

  /**
   * Tell whether some name starts with a token.
   *
   * @param a the analysed text
   * @param i the token
   * @return true if a name's first token is token {@code i}'s norm
   */
  boolean starts(TextAnalysis a, int i) {
    return first(a, i) != null;
  }

  /**
   * Return, for an analysis made with this trie's vocabulary, whether each norm id below the
   * array's length starts a name (a token with a higher id starts none), so that a finder asks
   * this of every token with one array read; null for any other analysis.
   *
   * @param a the analysed text
   * @return the table, shared and not to be changed, or null
   */
  boolean[] startsById(TextAnalysis a) {
    return root.next != null && a.vocabulary == vocabulary && vocabulary != null
        ? startsById : null;
  }

  /** Return the trie node after token {@code i}'s norm, or null. */
  private Node<T> first(TextAnalysis a, int i) {
    if (root.next == null) {
      return null;
    }
    if (a.vocabulary == vocabulary && vocabulary != null) {
      int id = a.tokId[i];
      return id < vocabulary.size ? firstById[id] : null;
    }
    return root.next.get(a.tokNorm[i]);
  }

  /** Return the node after {@code node} and token {@code i}'s norm, or null. */
  private Node<T> next(Node<T> node, TextAnalysis a, int i) {
    if (a.vocabulary != vocabulary || vocabulary == null) {
      return node.next.get(a.tokNorm[i]);
    }
    int id = a.tokId[i];
    if (id >= continues.length || !continues[id]) {
      return null;
    }
    int[] ids = node.ids;
    if (ids.length <= 8) {
      for (int k = 0; k < ids.length; k++) {
        if (ids[k] == id) {
          return node.kids[k];
        }
      }
      return null;
    }
    int k = java.util.Arrays.binarySearch(ids, id);
    return k >= 0 ? node.kids[k] : null;
  }

  /**
   * Return the longest match starting at a token and ending before {@code limit}, or null.
   *
   * @param a the analysed text
   * @param start the first token
   * @param limit the token the match must end before
   * @return the match with every target whose case rules hold, or null
   */
  Match<T> longest(TextAnalysis a, int start, int limit) {
    Node<T> node = root;
    Match<T> best = null;
    int end = Math.min(limit, start + maxDepth);
    for (int i = start; i < end; i++) {
      a.work.step();
      if (node.next == null) {
        break;
      }
      node = i == start ? first(a, i) : next(node, a, i);
      if (node == null) {
        break;
      }
      List<Entry<T>> entries = node.entries;
      if (entries != null) {
        List<T> ok = null;
        if (entries.size() == 1) {
          // most names have one entry: its target list is made once, not per match
          if (caseHolds(a, start, entries.get(0))) {
            ok = entries.get(0).targetOnly;
          }
        } else {
          for (int k = 0; k < entries.size(); k++) {
            Entry<T> e = entries.get(k);
            if (caseHolds(a, start, e)) {
              if (ok == null) {
                ok = new ArrayList<>(2);
              }
              if (!ok.contains(e.target)) {
                ok.add(e.target);
              }
            }
          }
        }
        if (ok != null) {
          best = new Match<>(start, i + 1, ok, node.entries.size() > 1);
        }
      }
    }
    return best;
  }

  private static boolean caseHolds(TextAnalysis a, int start, Entry<?> e) {
    for (int k = 0; k < e.forms.length; k++) {
      a.work.step();
      int t = start + k;
      if (e.rules[k] == EXACT) {
        // the trie already matched the normalised token; the letters must match as written
        if (!sameLetters(a.chars, a.tokStart[t], a.tokEnd[t], e.bare[k])) {
          return false;
        }
      } else if (e.rules[k] == CAPITAL && !a.isCapitalized(t)
          && a.tokType[t] == TextAnalysis.WORD) {
        return false;
      }
    }
    return true;
  }

  /** Tell whether {@code text[start, end)} without its apostrophes equals {@code bare}. */
  private static boolean sameLetters(char[] text, int start, int end, String bare) {
    int j = 0;
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (TextAnalysis.isApostrophe(c)) {
        continue;
      }
      if (j == bare.length() || bare.charAt(j++) != c) {
        return false;
      }
    }
    return j == bare.length();
  }

  private static String stripApostrophes(String s) {
    boolean any = false;
    for (int i = 0; i < s.length() && !any; i++) {
      any = TextAnalysis.isApostrophe(s.charAt(i));
    }
    if (!any) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!TextAnalysis.isApostrophe(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
