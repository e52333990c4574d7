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
  /** Token flag: a line break lies between the token before and this one (a paragraph break). */
  static final int BREAK_BEFORE = 8;

  /** A sentence longer than this many tokens is cut, which bounds every per-sentence window. */
  static final int MAX_SENTENCE_TOKENS = 250;

  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "rev", "st", "jr",
      "sr", "prof", "gov", "sen", "rep", "no", "nos", "art", "arts", "vs", "etc", "inc", "ltd",
      "co", "corp", "mt", "ft", "approx", "para", "paras", "vol", "cf", "al", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr", "brig", "hon",
      "pres", "dept", "univ", "est", "fig", "pp", "ch", "sec", "secs", "u.s", "messrs");
  static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "He", "She", "It", "They", "We", "I", "In", "But", "This", "That", "These", "Those",
      "A", "An", "His", "Her", "Their", "Its", "After", "When", "On", "At", "According", "However",
      "Some", "Many", "Most", "There", "As", "If", "While", "Since", "Last", "Meanwhile");

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
   * The String hash of each token's norm: {@link #is} compares it with the word asked for before
   * it reads the norm, which is a String anywhere in the heap.
   */
  int[] tokHash;
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
  private int[] localClasses;
  private int[] localHashes;
  private int localCount;
  /**
   * Open-addressing table of the local norms, laid out as {@link Vocabulary#table} (ids here are
   * local indexes), at most half full; their characters in {@link #localPool} up to {@link
   * #localPoolEnd}.
   */
  private int[] localTable;
  private char[] localPool;
  private int localPoolEnd;
  /**
   * The norm id plus one of each punctuation mark once seen (0 before), by {@link #markSlot}: a
   * mark is looked up once per text.
   */
  private final int[] markIds = new int[MARK_SLOTS];
  /** Whether the tokenizer passed a line break since the last token. */
  private boolean lineBreak;
  /**
   * The tokens where the sentence splitter has something to decide, in order (maybe twice): full
   * stops, question and exclamation marks, ellipses, and tokens before a line break. The splitter
   * jumps from one to the next instead of visiting every token.
   */
  private int[] stops;
  private int stopCount;
  int[] tokSentence;
  int sentenceCount;
  int[] sentFirst;
  int[] sentLast;
  int[] sentStart;
  int[] sentEnd;
  int[] sentParagraph;

  private TextAnalysis(String text, Work work, Vocabulary vocabulary) {
    this.text = text;
    this.chars = text.toCharArray();
    this.work = work;
    this.vocabulary = vocabulary;
    this.vocabularySize = vocabulary == null ? 0 : vocabulary.size;
    // English news text has about one token per five characters: sized so that the arrays
    // seldom grow (each growth copies all eight)
    int capacity = 16 + text.length() / 4;
    tokStart = new int[capacity];
    tokEnd = new int[capacity];
    tokType = new byte[capacity];
    tokFlags = new int[capacity];
    tokNorm = new String[capacity];
    tokHash = new int[capacity];
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
    stops = new int[sentences * 2];
    int words = 16 + text.length() / 24;
    localNorms = new String[words];
    localClasses = new int[words];
    localHashes = new int[words];
    localPool = new char[words * 8];
    localTable = new int[Integer.highestOneBit(words) * 4 * Vocabulary.ENTRY];
  }

  /**
   * Analyse a text with the {@link Vocabulary#BASE} vocabulary.
   *
   * @param text the article text, paragraphs joined by a blank line
   * @param work counts the steps taken
   * @return the analysis
   */
  static TextAnalysis of(String text, Work work) {
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
  static TextAnalysis of(String text, Work work, Vocabulary vocabulary) {
    TextAnalysis a = new TextAnalysis(text, work, vocabulary);
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
   * interned, as string literals are, so a match with a literal ends at equals' identity test; the
   * finders ask this of most tokens with words they are not, and the token's hash, kept in an
   * array, tells so without reading the token's norm.
   */
  boolean is(int i, String norm) {
    if (i < 0 || i >= tokenCount) {
      return false;
    }
    return tokHash[i] == norm.hashCode() && tokNorm[i].equals(norm);
  }

  /** Return whether tokens {@code a} and {@code b} touch, with no space between them. */
  boolean adjacent(int a, int b) {
    return tokEnd[a] == tokStart[b];
  }

  int sentenceOf(int token) {
    return tokSentence[token];
  }

  /**
   * Split the text into tokens. A token of ASCII letters and digits (most are) has its norm's hash
   * and its case gathered as it is read, and is looked up without being read again; other tokens
   * take {@link #wordEnd} and {@link #add}.
   */
  private void tokenize() {
    char[] text = chars;
    int n = text.length;
    int words = 0; // one step of work per word or number: the count stays linear in the text
    int i = 0;
    while (i < n) {
      int c = text[i];
      if (c < 128) {
        int kind = ASCII_KIND[c];
        if (kind == SPACE) {
          i++;
          continue;
        }
        if (kind == LINE) {
          lineBreak = true;
          i++;
          continue;
        }
        if (kind >= MARK) {
          storeMark(i, c);
          if (kind == STOP) {
            stop(tokenCount - 1);
          }
          i++;
          continue;
        }
        // ASCII letters and digits: the norm's String hash (lower case, which is c | 0x20 for
        // a letter or digit) and which of upper case letters, lower case letters and digits occur
        words++;
        int start = i;
        int seen = 0;
        int h = 0;
        do {
          seen |= kind;
          h = 31 * h + (c | 0x20);
          i++;
        } while (i < n && (c = text[i]) < 128 && (kind = ASCII_KIND[c]) <= DIGIT);
        int type = seen == DIGIT ? NUMBER : WORD;
        if (i < n && (c >= 128 || c == '\'' || c == '`' || c == '.' || c == ',')) {
          // a character that may continue the token (an apostrophe, a separator in a number,
          // a letter outside ASCII): the token is plain unless one does
          int end = wordEnd(start, i, type == NUMBER);
          if (end != i) {
            i = end;
            add(start, i, wordEndDigitsOnly ? NUMBER : WORD);
            continue;
          }
        }
        char first = text[start];
        int shape = type != WORD ? 0 : first <= '9' ? Lexicon.DATE_CUE
            : first > 'Z' ? 0 : i - start < 2 || (seen & LOWER) != 0 ? CAP : CAP | ALL_CAPS;
        store(start, i, type, lookUpPlain(h, start, i), shape);
        continue;
      }
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      int props = properties(cp);
      if ((props & SPACE_CHAR) != 0) {
        i += len;
        continue;
      }
      if ((props & LETTER_OR_DIGIT) != 0) {
        words++;
        int start = i;
        i = wordEnd(start, i + len, false);
        add(start, i, wordEndDigitsOnly ? NUMBER : WORD);
        continue;
      }
      int slot = markSlot(cp);
      if (slot >= 0) {
        storeMark(i, cp);
      } else {
        add(i, i + len, PUNCT);
      }
      if (cp == '\u2026') {
        stop(tokenCount - 1);
      }
      i += len;
    }
    work.add(words);
  }

  /** What {@link #wordEnd} found: whether the token it ended has digits only. */
  private boolean wordEndDigitsOnly;

  /**
   * Return where a word or number ends that goes on at least to {@code i}, and set {@link
   * #wordEndDigitsOnly}. It takes letters, digits and combining marks, an apostrophe before a
   * letter ("Kim's", "Korea’s"), one after an "s" as a plural possessive ("Workers' Party"), and
   * a decimal point or a thousands separator inside a number.
   */
  private int wordEnd(int start, int i, boolean digitsOnly) {
    char[] text = chars;
    int n = text.length;
    while (i < n) {
      int c = text[i];
      if (c < 128) {
        if (ASCII_KIND[c] <= DIGIT) {
          digitsOnly &= c <= '9';
          i++;
          continue;
        }
      } else {
        c = Character.codePointAt(text, i);
      }
      // no apostrophe is a letter, a digit or a mark: testing it first answers as testing it last
      if (isApostrophe(c)) {
        if (i + 1 < n && (properties(text[i + 1]) & LETTER) != 0 && !digitsOnly) {
          i += 1;
          continue;
        }
        if ((text[i - 1] == 's' || text[i - 1] == 'S')
            && (i + 1 >= n || (properties(text[i + 1]) & LETTER_OR_DIGIT) == 0)
            && i - start > 2 && !digitsOnly) {
          i += 1; // plural possessive: Workers' Party
        }
        break;
      }
      if ((properties(c) & (LETTER_OR_DIGIT | MARK_CHAR)) != 0) {
        digitsOnly &= c >= '0' && c <= '9';
        i += Character.charCount(c);
      } else if (digitsOnly && (c == '.' || c == ',') && i + 1 < n
          && text[i + 1] >= '0' && text[i + 1] <= '9'
          && (c == '.' || groupOfThree(i + 1))) {
        i += 1;
      } else {
        break;
      }
    }
    wordEndDigitsOnly = digitsOnly;
    return i;
  }

  /** Append a one-character punctuation mark that {@link #markSlot} numbers, looked up once. */
  private void storeMark(int at, int c) {
    int slot = markSlot(c);
    int id = markIds[slot] - 1;
    if (id < 0) {
      id = intern(at, at + 1, PUNCT);
      markIds[slot] = id + 1;
    }
    store(at, at + 1, PUNCT, id, 0);
  }

  /** Latin-1 and the General Punctuation block (dashes, curly quotes): the marks of news text. */
  private static final int MARK_SLOTS = 256 + 0x70;

  /** Return where {@link #markIds} keeps a character's id, or -1 if it keeps none. */
  private static int markSlot(int c) {
    return c < 256 ? c : c >= 0x2000 && c < 0x2070 ? c - 0x2000 + 256 : -1;
  }

  // What an ASCII character is to the tokenizer: part of a word (and which kind), space, a line
  // break, a full stop or question or exclamation mark, or another mark (control characters too)
  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int DIGIT = 4;
  private static final int SPACE = 8;
  private static final int LINE = 9;
  private static final int MARK = 10;
  private static final int STOP = 11;
  private static final byte[] ASCII_KIND = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KIND[c] = (byte) (c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ? LOWER
          : c >= '0' && c <= '9' ? DIGIT : c == '\n' ? LINE : Character.isWhitespace(c) ? SPACE
          : c == '.' || c == '!' || c == '?' ? STOP : MARK);
    }
  }

  // The Character properties the tokenizer asks of a code point, a table for the BMP: the JDK's
  // answer costs a few calls and table reads per character, and curly quotes and dashes are common
  private static final int SPACE_CHAR = 1; // Character.isWhitespace or isSpaceChar
  private static final int LETTER_OR_DIGIT = 2; // Character.isLetterOrDigit
  private static final int MARK_CHAR = 4; // Character.NON_SPACING_MARK
  private static final int LETTER = 8; // Character.isLetter
  private static final byte[] BMP_PROPERTIES = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      BMP_PROPERTIES[c] = (byte) computeProperties(c);
    }
  }

  private static int computeProperties(int cp) {
    return (Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE_CHAR : 0)
        | (Character.isLetterOrDigit(cp) ? LETTER_OR_DIGIT : 0)
        | (Character.getType(cp) == Character.NON_SPACING_MARK ? MARK_CHAR : 0)
        | (Character.isLetter(cp) ? LETTER : 0);
  }

  private static int properties(int cp) {
    return cp < 0x10000 ? BMP_PROPERTIES[cp] : computeProperties(cp);
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
    tokHash = Arrays.copyOf(tokHash, size);
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
      tokHash[tokenCount] = vocabulary.hashes[id];
      classes = vocabulary.classes[id];
    } else {
      tokNorm[tokenCount] = localNorms[id - vocabularySize];
      tokHash[tokenCount] = localHashes[id - vocabularySize];
      classes = localClasses[id - vocabularySize];
    }
    if (lineBreak) {
      tokFlags[tokenCount] = shape | classes | BREAK_BEFORE;
      lineBreak = false;
      if (tokenCount > 0) {
        stop(tokenCount - 1);
      }
    } else {
      tokFlags[tokenCount] = shape | classes;
    }
    tokenCount++;
  }

  /** Note a token where the sentence splitter has to look: see {@link #stops}. */
  private void stop(int token) {
    if (stopCount == stops.length) {
      stops = Arrays.copyOf(stops, stopCount * 2);
    }
    stops[stopCount++] = token;
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
    if (norm != null) {
      length = norm.length();
    }
    if (vocabularySize > 0) {
      Vocabulary v = vocabulary;
      int id = find(v.table, v.pool, h, norm, length, start, end, compare);
      if (id >= 0) {
        return id;
      }
    }
    int found = find(localTable, localPool, h, norm, length, start, end, compare);
    if (found >= 0) {
      return vocabularySize + found;
    }
    if (norm == null) {
      norm = type == PUNCT ? punctuation(start, end)
          : upper ? inPlaceNorm(start, end, length) : text.substring(start, end);
    }
    return vocabularySize + addLocal(norm, h, -1 - found);
  }

  /**
   * Return the id of a token of ASCII letters and digits given its norm's hash, as {@link #lookUp}
   * does: its norm is the token lower-cased, {@code c | 0x20} for each character.
   */
  private int lookUpPlain(int h, int start, int end) {
    int length = end - start;
    if (vocabularySize > 0) {
      int[] table = vocabulary.table;
      int mask = table.length - Vocabulary.ENTRY;
      int at = (Vocabulary.mix(h) * Vocabulary.ENTRY) & mask;
      for (int id = table[at + Vocabulary.ID]; id != 0; id = table[at + Vocabulary.ID]) {
        if (table[at + Vocabulary.HASH] == h && table[at + Vocabulary.LENGTH] == length
            && samePlain(vocabulary.pool, table[at + Vocabulary.FROM], start, end)) {
          return id - 1;
        }
        at = (at + Vocabulary.ENTRY) & mask;
      }
    }
    int[] table = localTable;
    int mask = table.length - Vocabulary.ENTRY;
    int at = (Vocabulary.mix(h) * Vocabulary.ENTRY) & mask;
    for (int id = table[at + Vocabulary.ID]; id != 0; id = table[at + Vocabulary.ID]) {
      if (table[at + Vocabulary.HASH] == h && table[at + Vocabulary.LENGTH] == length
          && samePlain(localPool, table[at + Vocabulary.FROM], start, end)) {
        return vocabularySize + id - 1;
      }
      at = (at + Vocabulary.ENTRY) & mask;
    }
    return vocabularySize + addLocal(inPlaceNorm(start, end, length), h, at);
  }

  /** Tell whether a token of ASCII letters and digits, lower-cased, is written at {@code pool[j]}. */
  private boolean samePlain(char[] pool, int j, int start, int end) {
    char[] c = chars;
    for (int k = start; k < end; k++, j++) {
      if ((c[k] | 0x20) != pool[j]) {
        return false;
      }
    }
    return true;
  }

  /** Tell whether a word's norm drops a character: apostrophes, and commas after the first. */
  private static boolean dropped(char c, int kept) {
    return isApostrophe(c) || c == ',' && kept > 0;
  }

  /**
   * Return the id of a token's norm in a norm table (laid out as {@link Vocabulary#table}), or -1
   * minus the index of the empty slot where it would go. {@code norm} is the norm if built
   * already, else null: the token's characters are compared in place.
   */
  private int find(int[] table, char[] pool, int h, String norm, int length, int start, int end,
      int type) {
    int mask = table.length - Vocabulary.ENTRY;
    int at = (Vocabulary.mix(h) * Vocabulary.ENTRY) & mask;
    for (int id = table[at + Vocabulary.ID]; id != 0; id = table[at + Vocabulary.ID]) {
      if (table[at + Vocabulary.HASH] == h && table[at + Vocabulary.LENGTH] == length
          && (norm == null ? sameNorm(pool, table[at + Vocabulary.FROM], start, end, type)
              : Vocabulary.sameChars(pool, table[at + Vocabulary.FROM], norm))) {
        return id - 1;
      }
      at = (at + Vocabulary.ENTRY) & mask;
    }
    return -1 - at;
  }

  /**
   * Add a norm the tables do not hold at a free slot of the local table, and return its local
   * index. Every word of the Lexicon is in the vocabulary already, so a new norm has no class
   * (unless a finder's class initialiser analyses text before the vocabulary is built).
   */
  private int addLocal(String norm, int h, int at) {
    if (localCount == localNorms.length) {
      localNorms = Arrays.copyOf(localNorms, localCount * 2);
      localClasses = Arrays.copyOf(localClasses, localCount * 2);
      localHashes = Arrays.copyOf(localHashes, localCount * 2);
    }
    int from = localPoolEnd;
    if (from + norm.length() > localPool.length) {
      localPool = Arrays.copyOf(localPool, Math.max(localPool.length * 2, from + norm.length()));
    }
    norm.getChars(0, norm.length(), localPool, from);
    localPoolEnd = from + norm.length();
    int index = localCount++;
    localNorms[index] = norm;
    localClasses[index] = vocabulary == null ? Lexicon.classes(norm) : 0;
    localHashes[index] = h;
    int[] table = localTable;
    table[at + Vocabulary.HASH] = h;
    table[at + Vocabulary.ID] = index + 1;
    table[at + Vocabulary.FROM] = from;
    table[at + Vocabulary.LENGTH] = norm.length();
    if (localCount * 2 * Vocabulary.ENTRY > table.length) {
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
    int[] old = localTable;
    int[] table = new int[old.length * 2];
    int mask = table.length - Vocabulary.ENTRY;
    for (int from = 0; from < old.length; from += Vocabulary.ENTRY) {
      if (old[from + Vocabulary.ID] != 0) {
        int at = (Vocabulary.mix(old[from + Vocabulary.HASH]) * Vocabulary.ENTRY) & mask;
        while (table[at + Vocabulary.ID] != 0) {
          at = (at + Vocabulary.ENTRY) & mask;
        }
        System.arraycopy(old, from, table, at, Vocabulary.ENTRY);
      }
    }
    localTable = table;
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
    int[] stops = this.stops;
    int stop = 0;
    // the tokens the loop below visits, one step each as when it visited every token
    int steps = 0;
    for (int i = 0; i < tokenCount; i++) {
      // Between stops only the length limit can end a sentence: go to the next stop, the limit or
      // the last token, whichever comes first. The tokens skipped would each have been visited and
      // left alone (no line break after them, not a terminator, not the last).
      while (stop < stopCount && stops[stop] < i) {
        stop++;
      }
      int next = Math.min(stop < stopCount ? stops[stop] : tokenCount - 1,
          Math.min(tokenCount - 1, first + MAX_SENTENCE_TOKENS - 1));
      steps += next - i + 1;
      i = next;
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
    work.add(steps);
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
    Arrays.fill(tokSentence, first, last + 1, sentenceCount);
    sentenceCount++;
  }
}
