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

    Entry(T target, String[] forms) {
      this.target = target;
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
  }

  /** A match: tokens {@code [start, end)} and the entries whose case rules hold. */
  static final class Match<T> {
    final int start;
    final int end;
    final List<T> targets;

    Match(int start, int end, List<T> targets) {
      this.start = start;
      this.end = end;
      this.targets = targets;
    }
  }

  private final Node<T> root = new Node<>();
  private int maxDepth;

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
   * Tell whether some name starts with a token, looking its norm up once per distinct norm of the
   * text (the answer is kept in the analysis by norm id).
   *
   * @param a the analysed text
   * @param i the token
   * @return true if a name's first token is token {@code i}'s norm
   */
  boolean starts(TextAnalysis a, int i) {
    return first(a, i) != null;
  }

  /** Return the trie node after token {@code i}'s norm, memoised per norm id in the analysis. */
  private Node<T> first(TextAnalysis a, int i) {
    if (root.next == null) {
      return null;
    }
    Object[] memo = a.memo(this);
    int id = a.tokId[i];
    Object node = memo[id];
    if (node == null) {
      Node<T> found = root.next.get(a.tokNorm[i]);
      memo[id] = found == null ? NONE : found;
      return found;
    }
    @SuppressWarnings("unchecked")
    Node<T> known = node == NONE ? null : (Node<T>) node;
    return known;
  }

  private static final Object NONE = new Object();

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
      node = i == start ? first(a, i) : node.next.get(a.tokNorm[i]);
      if (node == null) {
        break;
      }
      if (node.entries != null) {
        List<T> ok = null;
        for (Entry<T> e : node.entries) {
          if (caseHolds(a, start, e)) {
            if (ok == null) {
              ok = new ArrayList<>(2);
            }
            if (!ok.contains(e.target)) {
              ok.add(e.target);
            }
          }
        }
        if (ok != null) {
          best = new Match<>(start, i + 1, ok);
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
        if (!sameLetters(a.text, a.tokStart[t], a.tokEnd[t], e.bare[k])) {
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
  private static boolean sameLetters(String text, int start, int end, String bare) {
    int j = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
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
