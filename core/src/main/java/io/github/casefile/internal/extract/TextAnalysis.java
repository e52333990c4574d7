package io.github.casefile.internal.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article text into paragraphs, sentences and tokens in one linear pass, keeping every
 * piece's offsets in the text. Tokens are runs of letters and digits (with inner apostrophes, and
 * decimal points or thousands separators inside numbers) or single punctuation characters.
 */
final class TextAnalysis {
  static final int WORD = 1;
  static final int NUMBER = 2;
  static final int PUNCT = 3;

  /** Token flag: the token is a word whose first letter is upper case. */
  static final int CAP = 1;
  /** Token flag: the token is a word of two or more characters whose letters are all upper case. */
  static final int ALL_CAPS = 2;

  /** A sentence longer than this many tokens is cut, which bounds every per-sentence window. */
  static final int MAX_SENTENCE_TOKENS = 250;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "rev", "st", "jr",
      "sr", "prof", "gov", "sen", "rep", "no", "nos", "art", "arts", "vs", "etc", "inc", "ltd",
      "co", "corp", "mt", "ft", "approx", "para", "paras", "vol", "cf", "al", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr", "brig", "hon",
      "pres", "dept", "univ", "est", "fig", "pp", "ch", "sec", "secs", "u.s", "messrs");
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "He", "She", "It", "They", "We", "I", "In", "But", "This", "That", "These", "Those",
      "A", "An", "His", "Her", "Their", "Its", "After", "When", "On", "At", "According", "However",
      "Some", "Many", "Most", "There", "As", "If", "While", "Since", "Last", "Meanwhile");

  final String text;
  final Work work;
  int tokenCount;
  int[] tokStart = new int[64];
  int[] tokEnd = new int[64];
  byte[] tokType = new byte[64];
  /** Shape flags ({@link #CAP}, {@link #ALL_CAPS}) and the {@link Lexicon} classes of each token. */
  int[] tokFlags = new int[64];
  String[] tokNorm = new String[64];
  /**
   * The id of each token's norm: equal norms have equal ids, so tokens compare with one int test;
   * {@code norms[tokId[i]] == tokNorm[i]}.
   */
  int[] tokId = new int[64];
  /** The distinct norms of the text, by id; each String instance is shared by all its tokens. */
  String[] norms = new String[64];
  int normCount;
  /** The shape-free classes of each distinct norm ({@link Lexicon#classes}), by id. */
  private int[] normClasses = new int[64];
  private int[] normHash = new int[64];
  /** Open-addressing table of norm ids (-1 for empty), keyed by the norm's String hash. */
  private int[] slots = emptySlots(256);
  int[] tokSentence = new int[64];
  int sentenceCount;
  int[] sentFirst = new int[16];
  int[] sentLast = new int[16];
  int[] sentStart = new int[16];
  int[] sentEnd = new int[16];
  int[] sentParagraph = new int[16];

  private Object memoOwner;
  private Object[] memo;

  /**
   * Return an array indexed by norm id where {@code owner} (one matcher) keeps what it computed
   * per distinct norm of this text, so that it looks each norm up once; empty slots are null.
   * A second owner takes the array over, starting empty.
   *
   * @param owner the matcher
   * @return the owner's array, at least {@link #normCount} long
   */
  Object[] memo(Object owner) {
    if (memoOwner != owner || memo.length < normCount) {
      memoOwner = owner;
      memo = new Object[normCount];
    }
    return memo;
  }

  /** The norms every analysis starts with: the {@link Lexicon#vocabulary()}, hashed once. */
  private static final TextAnalysis KNOWN = known();

  private TextAnalysis(String text, Work work) {
    this.text = text;
    this.work = work;
    if (KNOWN != null) {
      normCount = KNOWN.normCount;
      norms = Arrays.copyOf(KNOWN.norms, Math.max(64, normCount * 2));
      normClasses = Arrays.copyOf(KNOWN.normClasses, norms.length);
      normHash = Arrays.copyOf(KNOWN.normHash, norms.length);
      slots = KNOWN.slots.clone();
    }
  }

  private static TextAnalysis known() {
    TextAnalysis a = new TextAnalysis("", Work.unbounded());
    for (Lexicon.Word w : Lexicon.vocabulary()) {
      a.addNorm(w.text, w.classes, w.text.hashCode(), -1);
    }
    return a;
  }

  /**
   * Analyse a text.
   *
   * @param text the article text, paragraphs joined by a blank line
   * @param work counts the steps taken
   * @return the analysis
   */
  static TextAnalysis of(String text, Work work) {
    TextAnalysis a = new TextAnalysis(text, work);
    a.tokenize();
    a.splitSentences();
    return a;
  }

  String token(int i) {
    return text.substring(tokStart[i], tokEnd[i]);
  }

  char firstChar(int i) {
    return text.charAt(tokStart[i]);
  }

  boolean isCapitalized(int i) {
    return (tokFlags[i] & CAP) != 0;
  }

  boolean isAllCaps(int i) {
    return (tokFlags[i] & ALL_CAPS) != 0;
  }

  /** Return whether token {@code i} exists and has any of the flags. */
  boolean has(int i, int flags) {
    return i >= 0 && i < tokenCount && (tokFlags[i] & flags) != 0;
  }

  private int shape(int start, int end, int type) {
    if (type != WORD) {
      return 0;
    }
    char c0 = text.charAt(start);
    int first = c0 < 128 ? c0 : text.codePointAt(start);
    if (first >= '0' && first <= '9') {
      return Lexicon.DATE_CUE; // "1990s"
    }
    if (first < 128 ? first < 'A' || first > 'Z' : !Character.isUpperCase(first)) {
      return 0;
    }
    if (end - start < 2) {
      return CAP;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && !Character.isUpperCase(c)) {
        return CAP;
      }
    }
    return CAP | ALL_CAPS;
  }

  boolean is(int i, String norm) {
    return i >= 0 && i < tokenCount && tokNorm[i].equals(norm);
  }

  /** Return whether tokens {@code a} and {@code b} touch, with no space between them. */
  boolean adjacent(int a, int b) {
    return tokEnd[a] == tokStart[b];
  }

  int sentenceOf(int token) {
    return tokSentence[token];
  }

  private void tokenize() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      work.step();
      char ch = text.charAt(i);
      if (ch < 128 && !ASCII_WORD[ch]) {
        // ASCII space or punctuation, the commonest characters after letters
        if (!Character.isWhitespace(ch)) {
          add(i, i + 1, PUNCT);
        }
        i++;
        continue;
      }
      int cp = ch < 128 ? ch : text.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp < 128 ? Character.isWhitespace(cp)
          : Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
        continue;
      }
      if (isLetterOrDigit(cp)) {
        int start = i;
        boolean digitsOnly = cp >= '0' && cp <= '9';
        i += len;
        while (i < n) {
          work.step();
          int c = text.charAt(i);
          if (c < 128) {
            if (ASCII_WORD[c]) {
              digitsOnly &= c >= '0' && c <= '9';
              i++;
              continue;
            }
          } else {
            c = text.codePointAt(i);
          }
          if (isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            digitsOnly &= c >= '0' && c <= '9';
            i += Character.charCount(c);
          } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && !digitsOnly) {
            i += 1;
          } else if (isApostrophe(c) && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
              && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))
              && i - start > 2 && !digitsOnly) {
            i += 1; // plural possessive: Workers' Party
            break;
          } else if (digitsOnly && (c == '.' || c == ',') && i + 1 < n
              && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9'
              && (c == '.' || groupOfThree(i + 1))) {
            i += 1;
          } else {
            break;
          }
        }
        add(start, i, digitsOnly ? NUMBER : WORD);
        continue;
      }
      add(i, i + len, PUNCT);
      i += len;
    }
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[c - 'a' + 'A'] = true;
    }
  }

  private static boolean isLetterOrDigit(int c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  private boolean groupOfThree(int at) {
    int k = at;
    while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    return k - at == 3;
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4';
  }

  static String normalize(CharSequence s) {
    boolean plain = true;
    for (int k = 0; k < s.length() && plain; k++) {
      char c = s.charAt(k);
      plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.';
    }
    if (plain) {
      return s.toString(); // the common case: already lower case, nothing to drop
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (isApostrophe(c)) {
        continue;
      }
      if (c == ',' && out.length() > 0) {
        continue; // 34,000 and 34000 are the same number
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private void add(int start, int end, int type) {
    if (tokenCount == tokStart.length) {
      int size = tokStart.length * 2;
      tokStart = Arrays.copyOf(tokStart, size);
      tokEnd = Arrays.copyOf(tokEnd, size);
      tokType = Arrays.copyOf(tokType, size);
      tokFlags = Arrays.copyOf(tokFlags, size);
      tokNorm = Arrays.copyOf(tokNorm, size);
      tokId = Arrays.copyOf(tokId, size);
      tokSentence = Arrays.copyOf(tokSentence, size);
    }
    tokStart[tokenCount] = start;
    tokEnd[tokenCount] = end;
    tokType[tokenCount] = (byte) type;
    int id = intern(start, end, type);
    tokId[tokenCount] = id;
    tokNorm[tokenCount] = norms[id];
    tokFlags[tokenCount] = shape(start, end, type) | normClasses[id];
    tokenCount++;
  }

  /**
   * Return the id of a token's norm, hashing and comparing the characters in place so that a word
   * seen before costs no String, no lower-casing and no map look-up.
   */
  private int intern(int start, int end, int type) {
    // the hash String.hashCode gives the norm, computed from the text for ASCII tokens
    int h = 0;
    int length = 0;
    boolean ascii = true;
    for (int k = start; k < end && ascii; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        ascii = false;
      } else if (type == PUNCT) {
        h = 31 * h + c;
        length++;
      } else if (c != '\'' && c != '`' && (c != ',' || length == 0)) {
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        length++;
      }
    }
    String norm = null;
    if (!ascii) {
      norm = type == PUNCT ? punctuation(start, end) : normalize(text.subSequence(start, end));
      h = norm.hashCode();
    }
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    for (int id = slots[slot]; id >= 0; id = slots[slot]) {
      if (normHash[id] == h && (ascii ? sameNorm(norms[id], length, start, end, type)
          : norms[id].equals(norm))) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    if (norm == null) {
      norm = type == PUNCT ? punctuation(start, end) : asciiNorm(start, end, length);
    }
    // every word of the Lexicon is interned already, so a new norm has no class (unless a finder's
    // class initialiser analyses text before KNOWN is built)
    return addNorm(norm, KNOWN == null ? Lexicon.classes(norm) : 0, h, slot);
  }

  /** Add a norm not in the table yet at a free slot (-1: find one), and return its id. */
  private int addNorm(String norm, int classes, int h, int free) {
    int slot = free;
    if (slot < 0) {
      slot = mix(h) & (slots.length - 1);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
    }
    if (normCount == norms.length) {
      norms = Arrays.copyOf(norms, normCount * 2);
      normClasses = Arrays.copyOf(normClasses, normCount * 2);
      normHash = Arrays.copyOf(normHash, normCount * 2);
    }
    int id = normCount++;
    norms[id] = norm;
    normClasses[id] = classes;
    normHash[id] = h;
    slots[slot] = id;
    if (normCount * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  /** Build an ASCII word's norm, {@code length} characters, as {@link #normalize} would. */
  private String asciiNorm(int start, int end, int length) {
    char[] out = new char[length];
    int j = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\'' || c == '`' || c == ',' && j > 0) {
        continue;
      }
      out[j++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }

  /** Tell whether an ASCII token's norm, {@code length} characters long, equals {@code norm}. */
  private boolean sameNorm(String norm, int length, int start, int end, int type) {
    if (norm.length() != length) {
      return false;
    }
    int j = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (type != PUNCT) {
        if (c == '\'' || c == '`' || c == ',' && j > 0) {
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
      }
      if (norm.charAt(j++) != c) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }

  private void rehash() {
    slots = emptySlots(slots.length * 2);
    int mask = slots.length - 1;
    for (int id = 0; id < normCount; id++) {
      int slot = mix(normHash[id]) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  private static int[] emptySlots(int size) {
    int[] table = new int[size];
    Arrays.fill(table, -1);
    return table;
  }

  private String punctuation(int start, int end) {
    char c = text.charAt(start);
    // one shared string per ASCII mark instead of a new one per token
    return end == start + 1 && c < 128 ? ASCII_MARKS[c] : text.substring(start, end);
  }

  private static final String[] ASCII_MARKS = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
    }
  }

  private void splitSentences() {
    int first = 0;
    int paragraph = 0;
    for (int i = 0; i < tokenCount; i++) {
      work.step();
      boolean newParagraph = i + 1 < tokenCount && paragraphBreak(tokEnd[i], tokStart[i + 1]);
      boolean end = newParagraph || i + 1 == tokenCount || i - first + 1 >= MAX_SENTENCE_TOKENS;
      int last = i;
      if (!end && tokType[i] == PUNCT && isTerminator(i)) {
        last = i;
        while (last + 1 < tokenCount && isCloser(last + 1)
            && !paragraphBreak(tokEnd[last], tokStart[last + 1])) {
          last++;
        }
        end = last + 1 >= tokenCount || startsSentence(last + 1);
        if (end) {
          newParagraph = last + 1 < tokenCount && paragraphBreak(tokEnd[last], tokStart[last + 1]);
          i = last;
        }
      }
      if (end) {
        addSentence(first, i, paragraph);
        if (newParagraph) {
          paragraph++;
        }
        first = i + 1;
      }
    }
  }

  private boolean paragraphBreak(int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  private boolean isTerminator(int i) {
    char c = text.charAt(tokStart[i]);
    if (c == '!' || c == '?' || c == '\u2026') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    if (i == 0 || tokType[i - 1] == PUNCT || !adjacent(i - 1, i)) {
      return true;
    }
    String before = tokNorm[i - 1];
    if (ABBREVIATIONS.contains(before)) {
      return false;
    }
    boolean initial = tokType[i - 1] == WORD && tokEnd[i - 1] - tokStart[i - 1] == 1
        && Character.isUpperCase(text.charAt(tokStart[i - 1]));
    if (initial) {
      // "U.S. He said": a dotted acronym before a common sentence opener ends the sentence
      boolean dotted = i >= 2 && text.charAt(tokStart[i - 2]) == '.';
      return dotted && i + 1 < tokenCount && SENTENCE_STARTERS.contains(token(i + 1));
    }
    return true;
  }

  private boolean isCloser(int i) {
    if (tokType[i] != PUNCT) {
      return false;
    }
    char c = text.charAt(tokStart[i]);
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']'
        || c == '.' || c == '!' || c == '?' || c == '\u00bb';
  }

  private boolean startsSentence(int i) {
    int cp = text.codePointAt(tokStart[i]);
    if (Character.isLowerCase(cp)) {
      return false;
    }
    return tokType[i] != PUNCT || cp == '"' || cp == '\u201c' || cp == '\u2018' || cp == '('
        || cp == '[' || cp == '\'' || cp == '-' || cp == '\u2014' || cp == '\u00ab'
        || cp == '#' || cp == '*' || cp == '@' || cp == '>';
  }

  private void addSentence(int first, int last, int paragraph) {
    if (sentenceCount == sentFirst.length) {
      int size = sentFirst.length * 2;
      sentFirst = Arrays.copyOf(sentFirst, size);
      sentLast = Arrays.copyOf(sentLast, size);
      sentStart = Arrays.copyOf(sentStart, size);
      sentEnd = Arrays.copyOf(sentEnd, size);
      sentParagraph = Arrays.copyOf(sentParagraph, size);
    }
    sentFirst[sentenceCount] = first;
    sentLast[sentenceCount] = last;
    sentStart[sentenceCount] = tokStart[first];
    sentEnd[sentenceCount] = tokEnd[last];
    sentParagraph[sentenceCount] = paragraph;
    for (int k = first; k <= last; k++) {
      tokSentence[k] = sentenceCount;
    }
    sentenceCount++;
  }
}
