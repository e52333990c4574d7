package io.github.casefile.examples.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes articles in the project's domain from the project's own word lists: defectors, the
 * border, police and the Ministry of State Security, Article 33 of the Refugee Convention, dates
 * and counts. No third-party text is used. The same random source gives the same article.
 */
final class Prose {
  private static final String[] AGENCIES = {
      "the Ministry of State Security", "Chinese police", "the border guards",
      "the Ministry of Public Security", "the Ministry of People's Security",
      "the Dandong frontier guards", "the provincial security bureau"};
  private static final String[] PLACES = {
      "the Laos-China border", "Yanji", "Dandong", "Hyesan", "Shenyang", "the Tumen River",
      "Kunming", "the Yalu River", "Sinuiju", "Musan"};
  private static final String[] PEOPLE = {
      "a woman in her thirties", "a former soldier", "a mother of two", "a student from Hyesan",
      "a broker who asked not to be named", "an elderly farmer", "a teenage boy"};
  private static final String[] NUMBERS = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen"};
  private static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};
  private static final String[] FIRST = {
      "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"};
  private static final String[] GIVEN = {
      "Min-ji", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Eun-ji", "Sung-min", "Ha-eun", "Dong-hyun"};
  private static final String[] HEADLINES = {
      "Authorities tighten checks on defectors near %s",
      "Defectors arrested in %s face forced return",
      "Crackdown on brokers intensifies around %s",
      "Families fear repatriation after raids in %s",
      "Security agents step up surveillance along %s"};
  private static final String[] TEMPLATES = {
      "Last month %A arrested %N defectors near %P, according to a source inside the country.",
      "The group was handed over to %A and sent back across the border in %M.",
      "Under Article 33 of the Refugee Convention, China may not return refugees to a country"
          + " where they face persecution.",
      "China acceded to the Refugee Convention in 1982, but it treats those who cross the"
          + " border as illegal migrants.",
      "%E said that %A had searched safe houses in %P since the beginning of %Y.",
      "Informants paid by %A report on anyone who receives calls from abroad.",
      "In %M %Y, %N people were detained while trying to reach %P.",
      "Brokers now charge more than %N thousand dollars to guide a defector to %P.",
      "Those repatriated are questioned by %A and many are sent to labour camps.",
      "Human rights groups urged the authorities to stop the forced return of defectors.",
      "A source in %P said the inspections had become stricter over the past %N months.",
      "%E described how %A confiscated phones and money during a raid in %M."};

  private final SplittableRandom random;

  Prose(SplittableRandom random) {
    this.random = random;
  }

  /** An article's parts; {@code published} is at minute precision, as the seed's byline gives. */
  static final class Draft {
    final String headline;
    final List<String> authors;
    final LocalDateTime published;
    final List<String> paragraphs;

    Draft(String headline, List<String> authors, LocalDateTime published,
        List<String> paragraphs) {
      this.headline = headline;
      this.authors = List.copyOf(authors);
      this.published = published;
      this.paragraphs = List.copyOf(paragraphs);
    }
  }

  Draft article(int index) {
    String place = pick(PLACES);
    String headline = String.format(pick(HEADLINES), place) + " (" + (index + 1) + ")";
    List<String> authors = new ArrayList<>();
    int authorCount = 1 + random.nextInt(2);
    for (int i = 0; i < authorCount; i++) {
      authors.add(pick(FIRST) + " " + pick(GIVEN));
    }
    LocalDateTime published = LocalDateTime.of(2014 + random.nextInt(6), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
    List<String> paragraphs = new ArrayList<>();
    int count = 4 + random.nextInt(5);
    for (int p = 0; p < count; p++) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          paragraph.append(' ');
        }
        paragraph.append(sentence(published.getYear()));
      }
      paragraphs.add(paragraph.toString());
    }
    return new Draft(headline, authors, published, paragraphs);
  }

  private String sentence(int year) {
    String template = pick(TEMPLATES);
    String text = template
        .replace("%A", pick(AGENCIES))
        .replace("%N", pick(NUMBERS))
        .replace("%P", pick(PLACES))
        .replace("%M", pick(MONTHS))
        .replace("%Y", Integer.toString(year))
        .replace("%E", pick(PEOPLE));
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}
