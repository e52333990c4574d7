package io.github.casefile.internal.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Classes of words the finders start their rules on, looked up once per token while the text is
 * analysed, so that each finder passes over the tokens that cannot start anything with one bit
 * test instead of a dozen set look-ups. Built once per class loader from the finders' own word
 * lists. {@link TextAnalysis} starts every analysis with {@link #vocabulary()} interned, so a
 * token's classes are found once per distinct word.
 */
final class Lexicon {
  /** A person's title or role: "Minister", "Mr", "defector". */
  static final int TITLE = 1 << 4;
  /** A group noun: "defectors", "brokers". */
  static final int GROUP = 1 << 5;
  /** A word a time expression may start with: a month, "since", "last", "the", a number word. */
  static final int DATE_CUE = 1 << 6;
  /** An incident trigger: "arrested", "raids". */
  static final int TRIGGER = 1 << 7;
  /** A state action verb: "ratified", "signed". */
  static final int ACTION = 1 << 8;
  /** "Article", "Articles", "Art". */
  static final int ARTICLE = 1 << 9;
  /** A month name or abbreviation: "january", "sept". */
  static final int MONTH = 1 << 10;
  /** A lower-case word a capitalised title runs over: "of", "the", "for". */
  static final int CONNECTOR = 1 << 11;
  /** A Korean surname: "kim", "lee". */
  static final int SURNAME = 1 << 12;
  /** A capitalised word that starts no person's name: "the", "north", "monday". */
  static final int NOT_NAME = 1 << 13;
  /** A speech verb: "said", "told". */
  static final int SPEECH = 1 << 14;
  /** A number word: "two", "dozen". */
  static final int NUMBER_WORD = 1 << 15;
  /** A number scale: "hundred", "million". */
  static final int SCALE = 1 << 16;
  /** A weekday, a season or a date modifier ("early", "late", "mid"). */
  static final int TIME_WORD = 1 << 17;
  /** A word a described instrument is headed by: "law", "order", "report". */
  static final int DESCRIBED_HEAD = 1 << 18;
  /** A relative: "mother", "uncle", "families" (see {@link RelativeActors}). */
  static final int RELATIVE = 1 << 19;
  /** A place of confinement: "camp", "prison", "custody". */
  static final int CONFINEMENT = 1 << 20;
  /** A word that makes what follows it wanted, prevented or hypothetical, or opens a condition. */
  static final int IRREALIS = 1 << 21;
  /** A word that ends a clause for the look-behind of {@link #IRREALIS}. */
  static final int CLAUSE_END = 1 << 22;
  /** A word that makes a sentence a guess or a denial: "suggested", "denied". */
  static final int HEDGE = 1 << 23;
  /** A word that tells of a practice rather than one event: "often", "routinely". */
  static final int HABITUAL = 1 << 24;
  /** A word that can open a person phrase: a pronoun, an article, a possessive, a relative. */
  static final int PERSON_WORD = 1 << 25;

  /** A known word: the one String instance the finders' own tables hold, and its classes. */
  static final class Word {
    final String text;
    int classes;

    Word(String text) {
      this.text = text;
    }
  }

  private static final Map<String, Word> WORDS = new HashMap<>();

  static {
    add(EntityFinder.TITLES, TITLE);
    add(EntityFinder.GROUPS.keySet(), GROUP);
    add(DateFinder.CUES, DATE_CUE);
    add(DateFinder.MONTHS.keySet(), DATE_CUE);
    add(Numbers.WORDS.keySet(), DATE_CUE);
    add(IncidentFinder.TRIGGERS.keySet(), TRIGGER);
    add(InstrumentFacts.VERBS.keySet(), ACTION);
    add(Set.of("article", "articles", "art"), ARTICLE);
    add(DateFinder.MONTHS.keySet(), MONTH);
    add(EntityFinder.CONNECTORS, CONNECTOR);
    add(EntityFinder.SURNAMES, SURNAME);
    add(EntityFinder.NOT_NAMES, NOT_NAME);
    add(EntityFinder.SPEECH, SPEECH);
    add(Numbers.WORDS.keySet(), NUMBER_WORD);
    add(Numbers.SCALES.keySet(), SCALE);
    add(DateFinder.MODIFIERS, TIME_WORD);
    add(DateFinder.WEEKDAYS.keySet(), TIME_WORD);
    add(DateFinder.SEASONS.keySet(), TIME_WORD);
    add(DescribedInstruments.HEADS, DESCRIBED_HEAD);
    add(RelativeActors.RELATIVES.keySet(), RELATIVE);
    add(RelativeActors.PLURAL_RELATIVES, RELATIVE);
    add(IncidentFinder.CONFINEMENT, CONFINEMENT);
    add(IncidentFinder.IRREALIS, IRREALIS);
    add(IncidentFinder.CLAUSE_OPENERS, IRREALIS);
    add(IncidentFinder.CLAUSE_ENDS, CLAUSE_END);
    add(IncidentFinder.HEDGES, HEDGE);
    add(IncidentFinder.HABITUAL, HABITUAL);
    add(Victims.PERSONAL_PRONOUNS, PERSON_WORD);
    add(Victims.SINGULAR_DETERMINERS, PERSON_WORD);
    add(RelativeActors.POSSESSIVES, PERSON_WORD);
    add(RelativeActors.RELATIVES.keySet(), PERSON_WORD);
  }

  /**
   * Frequent words of English news text, with no class: analyses start with them interned, so
   * that most tokens of an article find their norm without building a String.
   */
  private static final String[] COMMON = (
      "the of and to a in that is was he for it with as his on be at by i this had not are but"
      + " from or have an they which one you were her all she there would their we him been has"
      + " when who will more no if out so said what up its about into than them can only other"
      + " new some could time these two may then do first any my now such like our over man me"
      + " even most made after also did many before must through back years where much your way"
      + " well down should because each just those people mr how too little state good very make"
      + " world still own see men work long get here between both life being under never day"
      + " same another know while last might us great old year off come since against go came"
      + " right used take three states himself few house use during without again place around"
      + " however home small found mrs thought went say part once general high upon school every"
      + " don does got united left number course war until always away something fact though"
      + " water less public put think almost hand enough far took head yet government system"
      + " better set told nothing night end why called didn didnt find going look asked later"
      + " knew point next city business give group toward young days let room president side"
      + " social given present several order national possible rather second face per among form"
      + " important often things looking early white case john become large big need four within"
      + " felt along children saw best church ever least power development light thing family"
      + " interest want members mind country area others although done open god service certain"
      + " kind problem began different door thus help means sense whole matter perhaps itself"
      + " york times law human line above name example action company hands local show whether"
      + " five history gave today either act feet across taken past quite anything having seen"
      + " death experience body word half really week free job international north korea korean"
      + " koreans south china chinese pyongyang seoul kim jong un il regime defectors defector"
      + " authorities police security border camp camps prison prisoners rights un told according"
      + " daily nk reported report source sources officials official women woman province"
      + " military party leader leadership escape escaped arrested detained sent according"
      + " 1 2 3 4 5 6 7 8 9 10 2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021"
      + " 2022 2023 2024 2025").split(" ");

  private Lexicon() {}

  /**
   * Return every word a token may be interned to before the text is read: the classed words and
   * frequent words with no class.
   *
   * @return the words, each listed once
   */
  static java.util.Collection<Word> vocabulary() {
    Map<String, Word> all = new java.util.LinkedHashMap<>(WORDS);
    for (String w : COMMON) {
      // the JVM's instance, which every literal "in" or "said" of the finders also is
      all.computeIfAbsent(w.intern(), Word::new);
    }
    return all.values();
  }

  private static void add(WordSet words, int flag) {
    add(words.words(), flag);
  }

  private static void add(Set<String> words, int flag) {
    for (String w : words) {
      WORDS.computeIfAbsent(w, Word::new).classes |= flag;
    }
  }

  /**
   * Return the classes of a normalised token.
   *
   * @param norm the token, lower case, apostrophes removed
   * @return the class flags, 0 for none
   */
  static int classes(String norm) {
    Word w = WORDS.get(norm);
    return w == null ? 0 : w.classes;
  }
}
