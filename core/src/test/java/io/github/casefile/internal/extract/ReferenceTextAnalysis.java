package io.github.casefile.internal.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The tokenizer and sentence splitter as {@link TextAnalysis} was before it was made faster (main
 * at 63765b0), kept verbatim but for its own copy of the vocabulary's old hash table, so that
 * {@code TextAnalysisTest} can show that the fast one gives exactly the same tokens and sentences.
 * It shares TextAnalysis's word lists; a deliberate change of how text is split changes this class
 * with it (or retires it), which the equivalence tests then demand.
 */
final class ReferenceTextAnalysis {
  static final int WORD = 1;
  static final int NUMBER = 2;
  static final int PUNCT = 3;

  /** Token flag: the token is a word whose first letter is upper case. */
  static final int CAP = 1;
  /** Token flag: the token is a word of two or more characters whose letters are all upper case. */
  static final int ALL_CAPS = 2;
  /** Token flag: a line break lies between the token before and this one (a paragraph break). */
  static final int BREAK_BEFORE = 8;

  /** A sentence longer than this many tokens is cut, which bounds every per-sentence window. */
  static final int MAX_SENTENCE_TOKENS = 250;

  // the word lists are TextAnalysis's own: adding an abbreviation is not a change of the algorithm
  private static final Set<String> ABBREVIATIONS = TextAnalysis.ABBREVIATIONS;
  private static final Set<String> SENTENCE_STARTERS = TextAnalysis.SENTENCE_STARTERS;

  final String text;
  /** The text's characters: array reads the JIT can check once per loop, unlike charAt. */
  final char[] chars;
  final Work work;
  int tokenCount;
  int[] tokStart;
  int[] tokEnd;
  byte[] tokType;
  /** Shape flags ({@link #CAP}, {@link #ALL_CAPS}) and the {@link Lexicon} classes of each token. */
  int[] tokFlags;
  String[] tokNorm;
  /**
   * The id of each token's norm: equal norms have equal ids, so tokens compare with one int test;
   * {@code norm(tokId[i]) == tokNorm[i]}. Ids below the vocabulary's size are its norms.
   */
  int[] tokId;
  /** The norms tokens are first looked up in (shared, read only); null while classes initialise. */
  final Vocabulary vocabulary;
  private final int vocabularySize;
  /** The text's norms the vocabulary does not hold, by id minus the vocabulary's size. */
  private String[] localNorms;
  private int[] localHash;
  private int[] localClasses;
  /** The local norms' characters and where each starts, as {@link OldTables#pool} holds its. */
  private char[] localPool;
  private int[] localOffsets;
  private int localCount;
  /** Open-addressing table of local norm indexes (-1 for empty), keyed by the norm's hash. */
  private int[] localSlots;
  /** The norm id of each ASCII punctuation mark once seen (-1 before): a mark is looked up once. */
  private final int[] markIds = new int[128];
  /** Whether the tokenizer passed a line break since the last token. */
  private boolean lineBreak;
  int[] tokSentence;
  int sentenceCount;
  int[] sentFirst;
  int[] sentLast;
  int[] sentStart;
  int[] sentEnd;
  int[] sentParagraph;

  private ReferenceTextAnalysis(String text, Work work, Vocabulary vocabulary) {
    this.text = text;
    this.chars = text.toCharArray();
    this.work = work;
    this.vocabulary = vocabulary;
    this.vocabularySize = vocabulary == null ? 0 : vocabulary.size;
    // English news text has about one token per five characters: sized so that the arrays
    // seldom grow (each growth copies all seven)
    int capacity = 16 + text.length() / 4;
    tokStart = new int[capacity];
    tokEnd = new int[capacity];
    tokType = new byte[capacity];
    tokFlags = new int[capacity];
    tokNorm = new String[capacity];
    tokId = new int[capacity];
    tokSentence = new int[capacity];
    // a sentence has about 25 tokens; a text has a new word (not in the vocabulary) per 15 to 30
    // characters: sized so that these grow seldom, since every growth leaves garbage behind
    int sentences = 8 + capacity / 16;
    sentFirst = new int[sentences];
    sentLast = new int[sentences];
    sentStart = new int[sentences];
    sentEnd = new int[sentences];
    sentParagraph = new int[sentences];
    int words = 16 + text.length() / 24;
    localNorms = new String[words];
    localHash = new int[words];
    localClasses = new int[words];
    localOffsets = new int[words + 1];
    localPool = new char[words * 8];
    localSlots = emptySlots(Integer.highestOneBit(words) * 4);
    Arrays.fill(markIds, -1);
  }

  /**
   * Analyse a text with the {@link Vocabulary#BASE} vocabulary.
   *
   * @param text the article text, paragraphs joined by a blank line
   * @param work counts the steps taken
   * @return the analysis
   */
  static ReferenceTextAnalysis of(String text, Work work) {
    return of(text, work, Vocabulary.BASE);
  }

  /**
   * Analyse a text.
   *
   * @param text the article text, paragraphs joined by a blank line
   * @param work counts the steps taken
   * @param vocabulary the norms to number first (a knowledge base's, whose name matcher then
   *     looks tokens up by id); null only while the finders' classes initialise
   * @return the analysis
   */
  static ReferenceTextAnalysis of(String text, Work work, Vocabulary vocabulary) {
    ReferenceTextAnalysis a = new ReferenceTextAnalysis(text, work, vocabulary);
    a.tokenize();
    a.splitSentences();
    return a;
  }

  /** Return the norm with an id: the vocabulary's or one of this text's. */
  String norm(int id) {
    return id < vocabularySize ? vocabulary.norms[id] : localNorms[id - vocabularySize];
  }

  String token(int i) {
    return text.substring(tokStart[i], tokEnd[i]);
  }

  char firstChar(int i) {
    return chars[tokStart[i]];
  }

  boolean isCapitalized(int i) {
    return (tokFlags[i] & CAP) != 0;
  }

  boolean isAllCaps(int i) {
    return (tokFlags[i] & ALL_CAPS) != 0;
  }

  /** Return whether token {@code i} exists and has any of the flags. */
  /** Return whether token {@code k} is a word ending in a possessive "'s" ("Kim's", "Park’s"). */
  boolean isPossessive(int k) {
    int e = tokEnd[k];
    return tokType[k] == WORD && e - tokStart[k] > 2 && text.charAt(e - 1) == 's'
        && isApostrophe(text.charAt(e - 2));
  }

  boolean has(int i, int flags) {
    return i >= 0 && i < tokenCount && (tokFlags[i] & flags) != 0;
  }

  private int shape(int start, int end, int type) {
    if (type != WORD) {
      return 0;
    }
    char c0 = chars[start];
    int first = c0 < 128 ? c0 : Character.codePointAt(chars, start);
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
      char c = chars[k];
      if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && !Character.isUpperCase(c)) {
        return CAP;
      }
    }
    return CAP | ALL_CAPS;
  }

  /**
   * Return whether token {@code i} exists and its norm is {@code norm}. The vocabulary's norms are
   * interned, as string literals are, so a match with a literal ends at equals' identity test.
   */
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
    char[] text = chars;
    int n = text.length;
    int i = 0;
    while (i < n) {
      char ch = text[i];
      if (ch < 128 && !ASCII_WORD[ch]) {
        // ASCII space or punctuation, the commonest characters after letters
        if (!ASCII_SPACE[ch]) {
          int id = markIds[ch];
          if (id < 0) {
            id = intern(i, i + 1, PUNCT);
            markIds[ch] = id;
          }
          store(i, i + 1, PUNCT, id, 0);
        } else if (ch == '\n') {
          lineBreak = true;
        }
        i++;
        continue;
      }
      int cp = ch < 128 ? ch : Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (cp < 128 ? ASCII_SPACE[cp]
          : Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
        continue;
      }
      if (isLetterOrDigit(cp)) {
        int start = i;
        work.step(); // one step per word or number: the count stays linear in the text
        boolean digitsOnly = cp >= '0' && cp <= '9';
        // While the token is ASCII letters and digits only (most are), its norm's hash and its
        // case are gathered here, so that the norm is looked up without reading it again.
        boolean plain = cp < 128;
        int h = lowerAscii(cp);
        boolean upper = cp >= 'A' && cp <= 'Z';
        boolean lower = cp >= 'a' && cp <= 'z';
        boolean firstUpper = upper;
        i += len;
        while (i < n) {
          int c = text[i];
          if (c < 128) {
            if (ASCII_WORD[c]) {
              digitsOnly &= c >= '0' && c <= '9';
              h = 31 * h + lowerAscii(c);
              upper |= c >= 'A' && c <= 'Z';
              lower |= c >= 'a' && c <= 'z';
              i++;
              continue;
            }
          } else {
            c = Character.codePointAt(text, i);
          }
          if (isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            digitsOnly &= c >= '0' && c <= '9';
            i += Character.charCount(c);
          } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text[i + 1])
              && !digitsOnly) {
            i += 1;
          } else if (isApostrophe(c) && (text[i - 1] == 's' || text[i - 1] == 'S')
              && (i + 1 >= n || !Character.isLetterOrDigit(text[i + 1]))
              && i - start > 2 && !digitsOnly) {
            i += 1; // plural possessive: Workers' Party
            plain = false;
            break;
          } else if (digitsOnly && (c == '.' || c == ',') && i + 1 < n
              && text[i + 1] >= '0' && text[i + 1] <= '9'
              && (c == '.' || groupOfThree(i + 1))) {
            i += 1;
          } else {
            break;
          }
          plain = false;
        }
        int type = digitsOnly ? NUMBER : WORD;
        if (plain) {
          int shape = type != WORD ? 0 : cp <= '9' ? Lexicon.DATE_CUE : !firstUpper ? 0
              : i - start < 2 || lower ? CAP : CAP | ALL_CAPS;
          store(start, i, type, lookUp(h, null, i - start, start, i, type, upper), shape);
        } else {
          add(start, i, type);
        }
        continue;
      }
      add(i, i + len, PUNCT);
      i += len;
    }
  }

  private static final boolean[] ASCII_WORD = new boolean[128];
  /** {@link Character#isWhitespace} of each ASCII character, read from a table in the tokenizer. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c);
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[c - 'a' + 'A'] = true;
    }
  }

  private static int lowerAscii(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  private static boolean isLetterOrDigit(int c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  private boolean groupOfThree(int at) {
    int k = at;
    while (k < chars.length && chars[k] >= '0' && chars[k] <= '9') {
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
    String ascii = normalizeAscii(s);
    if (ascii != null) {
      return ascii;
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

  /** Return {@link #normalize} of ASCII text in one pass and one copy, or null for other text. */
  private static String normalizeAscii(CharSequence s) {
    int n = s.length();
    char[] out = new char[n];
    int j = 0;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 128) {
        return null; // full-Unicode lower-casing may change the length
      }
      if (c == '\'' || c == '`' || c == ',' && j > 0) {
        continue;
      }
      out[j++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out, 0, j);
  }

  private void add(int start, int end, int type) {
    store(start, end, type, intern(start, end, type), shape(start, end, type));
  }

  private void grow() {
    int size = tokStart.length * 2;
    tokStart = Arrays.copyOf(tokStart, size);
    tokEnd = Arrays.copyOf(tokEnd, size);
    tokType = Arrays.copyOf(tokType, size);
    tokFlags = Arrays.copyOf(tokFlags, size);
    tokNorm = Arrays.copyOf(tokNorm, size);
    tokId = Arrays.copyOf(tokId, size);
    tokSentence = Arrays.copyOf(tokSentence, size);
  }

  /** Append a token whose norm id and shape flags are known. */
  private void store(int start, int end, int type, int id, int shape) {
    if (tokenCount == tokStart.length) {
      grow();
    }
    tokStart[tokenCount] = start;
    tokEnd[tokenCount] = end;
    tokType[tokenCount] = (byte) type;
    tokId[tokenCount] = id;
    int classes;
    if (id < vocabularySize) {
      tokNorm[tokenCount] = vocabulary.norms[id];
      classes = vocabulary.classes[id];
    } else {
      tokNorm[tokenCount] = localNorms[id - vocabularySize];
      classes = localClasses[id - vocabularySize];
    }
    tokFlags[tokenCount] = shape | classes | (lineBreak ? BREAK_BEFORE : 0);
    lineBreak = false;
    tokenCount++;
  }

  /**
   * Return the id of a token's norm, hashing and comparing the characters in place so that a word
   * seen before (in this text or in the vocabulary) costs no String, no lower-casing and no map
   * look-up.
   */
  private int intern(int start, int end, int type) {
    // the hash String.hashCode gives the norm, computed from the text unless a character other
    // than ASCII or an apostrophe makes the norm depend on full-Unicode lower-casing
    char[] c = chars;
    int h = 0;
    int length = 0;
    boolean inPlace = true;
    if (type == PUNCT) {
      for (int k = start; k < end; k++) {
        h = 31 * h + c[k];
      }
      length = end - start;
    } else {
      for (int k = start; k < end; k++) {
        char ch = c[k];
        if (ch >= 128 && !isApostrophe(ch)) {
          inPlace = false;
          break;
        }
        if (!dropped(ch, length)) {
          h = 31 * h + (ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
          length++;
        }
      }
    }
    String norm = null;
    if (!inPlace) {
      norm = normalize(text.subSequence(start, end));
      h = norm.hashCode();
    }
    return lookUp(h, norm, length, start, end, type, true);
  }

  /**
   * Return the id of a token's norm given its hash: the vocabulary's id, else this text's, adding
   * the norm if new. {@code norm} is the norm if built already, else null (the characters are
   * compared in place); {@code upper} false promises that the norm is the token as written.
   */
  private int lookUp(int h, String norm, int length, int start, int end, int type,
      boolean upper) {
    // a norm written as is (punctuation, a lower-case ASCII word) compares character for character
    int compare = upper ? type : PUNCT;
    if (vocabularySize > 0) {
      OldTables v = OldTables.of(vocabulary);
      int id = find(v.norms, v.hashes, v.slots, v.pool, v.offsets, h, norm, length, start, end,
          compare);
      if (id >= 0) {
        return id;
      }
    }
    int found = find(localNorms, localHash, localSlots, localPool, localOffsets, h, norm, length,
        start, end, compare);
    if (found >= 0) {
      return vocabularySize + found;
    }
    if (norm == null) {
      norm = type == PUNCT ? punctuation(start, end)
          : upper ? inPlaceNorm(start, end, length) : text.substring(start, end);
    }
    // every word of the Lexicon is in the vocabulary already, so a new norm has no class (unless
    // a finder's class initialiser analyses text before the vocabulary is built)
    return vocabularySize + addLocal(norm, vocabulary == null ? Lexicon.classes(norm) : 0, h,
        -1 - found);
  }

  /** Tell whether a word's norm drops a character: apostrophes, and commas after the first. */
  private static boolean dropped(char c, int kept) {
    return isApostrophe(c) || c == ',' && kept > 0;
  }

  /**
   * Return the id of a token's norm in one open-addressing table, or -1 minus the free slot where
   * it would go. {@code norm} is the norm if built already, else null: the token's characters are
   * compared in place.
   */
  private int find(String[] norms, int[] hashes, int[] slots, char[] pool, int[] offsets, int h,
      String norm, int length, int start, int end, int type) {
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    for (int id = slots[slot]; id >= 0; id = slots[slot]) {
      if (hashes[id] == h && (norm == null
          ? offsets[id + 1] - offsets[id] == length && sameNorm(pool, offsets[id], start, end, type)
          : norms[id].equals(norm))) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return -1 - slot;
  }

  /** Add a norm the tables do not hold at a free local slot, and return its local index. */
  private int addLocal(String norm, int classes, int h, int slot) {
    if (localCount == localNorms.length) {
      localNorms = Arrays.copyOf(localNorms, localCount * 2);
      localClasses = Arrays.copyOf(localClasses, localCount * 2);
      localHash = Arrays.copyOf(localHash, localCount * 2);
      localOffsets = Arrays.copyOf(localOffsets, localCount * 2 + 1);
    }
    int from = localOffsets[localCount];
    if (from + norm.length() > localPool.length) {
      localPool = Arrays.copyOf(localPool, Math.max(localPool.length * 2, from + norm.length()));
    }
    norm.getChars(0, norm.length(), localPool, from);
    localOffsets[localCount + 1] = from + norm.length();
    int index = localCount++;
    localNorms[index] = norm;
    localClasses[index] = classes;
    localHash[index] = h;
    localSlots[slot] = index;
    if (localCount * 2 > localSlots.length) {
      rehash();
    }
    return index;
  }

  /** Build a word's norm, {@code length} characters, as {@link #normalize} would. */
  private String inPlaceNorm(int start, int end, int length) {
    if (length == end - start && !hasUpperCase(start, end)) {
      return text.substring(start, end); // nothing dropped or lowered: one array, not two
    }
    char[] out = new char[length];
    int j = 0;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (!dropped(c, j)) {
        out[j++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return new String(out);
  }

  private boolean hasUpperCase(int start, int end) {
    for (int k = start; k < end; k++) {
      if (chars[k] >= 'A' && chars[k] <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * Tell whether a token's norm equals the norm of the same length at {@code pool[from]}: the
   * token's characters compared in place, lowered and without the dropped ones unless it is
   * punctuation (or a word written as its norm).
   */
  private boolean sameNorm(char[] pool, int from, int start, int end, int type) {
    int j = from;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (type != PUNCT) {
        if (dropped(c, j - from)) {
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
      }
      if (pool[j++] != c) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    localSlots = emptySlots(localSlots.length * 2);
    int mask = localSlots.length - 1;
    for (int index = 0; index < localCount; index++) {
      int slot = mix(localHash[index]) & mask;
      while (localSlots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      localSlots[slot] = index;
    }
  }

  private static int[] emptySlots(int size) {
    int[] table = new int[size];
    Arrays.fill(table, -1);
    return table;
  }

  private String punctuation(int start, int end) {
    char c = chars[start];
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
      boolean newParagraph = i + 1 < tokenCount && breakBefore(i + 1);
      boolean end = newParagraph || i + 1 == tokenCount || i - first + 1 >= MAX_SENTENCE_TOKENS;
      int last = i;
      if (!end && tokType[i] == PUNCT && isTerminator(i)) {
        last = i;
        while (last + 1 < tokenCount && isCloser(last + 1)
            && !breakBefore(last + 1)) {
          last++;
        }
        end = last + 1 >= tokenCount || startsSentence(last + 1);
        if (end) {
          newParagraph = last + 1 < tokenCount && breakBefore(last + 1);
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

  /** Tell whether a line break separates token {@code i} from the one before. */
  private boolean breakBefore(int i) {
    return (tokFlags[i] & BREAK_BEFORE) != 0;
  }

  private boolean isTerminator(int i) {
    char c = chars[tokStart[i]];
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
        && Character.isUpperCase(chars[tokStart[i - 1]]);
    if (initial) {
      // "U.S. He said": a dotted acronym before a common sentence opener ends the sentence
      boolean dotted = i >= 2 && chars[tokStart[i - 2]] == '.';
      return dotted && i + 1 < tokenCount && SENTENCE_STARTERS.contains(token(i + 1));
    }
    return true;
  }

  private boolean isCloser(int i) {
    if (tokType[i] != PUNCT) {
      return false;
    }
    char c = chars[tokStart[i]];
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']'
        || c == '.' || c == '!' || c == '?' || c == '\u00bb';
  }

  private boolean startsSentence(int i) {
    int cp = Character.codePointAt(chars, tokStart[i]);
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

  /** Spread a String hash over the low bits a power-of-two table uses (Vocabulary's old mix). */
  static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }

  /** The vocabulary's hash table as Vocabulary built it before, one per vocabulary. */
  static final class OldTables {
    private static final java.util.Map<Vocabulary, OldTables> BUILT =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    final String[] norms;
    final int[] hashes;
    final int[] slots;
    final char[] pool;
    final int[] offsets;

    static OldTables of(Vocabulary v) {
      return BUILT.computeIfAbsent(v, OldTables::new);
    }

    private OldTables(Vocabulary v) {
      int size = v.size;
      this.norms = v.norms;
      this.offsets = new int[size + 1];
      for (int id = 0; id < size; id++) {
        offsets[id + 1] = offsets[id] + norms[id].length();
      }
      this.pool = new char[offsets[size]];
      for (int id = 0; id < size; id++) {
        norms[id].getChars(0, norms[id].length(), pool, offsets[id]);
      }
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
  }
}
