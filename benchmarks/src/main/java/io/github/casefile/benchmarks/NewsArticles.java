package io.github.casefile.benchmarks;

import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic news articles about human-rights reporting on North Korea, deterministically
 * from a seed: headline, byline, outlet, canonical URL and six to eighteen paragraphs of two to five
 * domain sentences each, naming agencies, places, laws, treaties, dates and counts the way news
 * reports do, so that extraction has real work on every page. The same seed always gives the same
 * articles, so runs on different days are comparable.
 */
public final class NewsArticles {
  private static final String[] AGENCIES = {"Ministry of State Security",
      "Ministry of People's Security", "Chinese police", "border guards",
      "Workers' Party of Korea", "Ministry of Public Security", "Central Court",
      "Military Security Command", "Korean People's Army", "Ministry of Social Security"};
  private static final String[] PLACES = {"Hyesan", "Musan", "Sinuiju", "Hoeryong", "Chongjin",
      "Onsong", "Pyongyang", "Kimchaek", "Hamhung", "Wonsan"};
  private static final String[] PROVINCES = {"Ryanggang Province", "North Hamgyong Province",
      "North Pyongan Province", "Jagang Province", "South Hamgyong Province"};
  private static final String[] CHINESE_PLACES = {"Shenyang", "Dandong", "Yanji", "Changbai",
      "Tumen", "Kunming", "Yanbian"};
  private static final String[] RIVERS = {"Tumen River", "Yalu River"};
  private static final String[] FACILITIES = {"Political Prison Camp No. 15 in Yodok",
      "a holding centre in Onsong", "the Kaechon reeducation camp", "the Chongori labour camp",
      "a detention centre run by the Ministry of State Security", "Camp 25 near Chongjin"};
  private static final String[] LAWS = {"Criminal Law", "Criminal Procedure Law",
      "Law on the Rejection of Reactionary Thought and Culture", "Border Control Law"};
  private static final String[] TREATIES = {"Convention Against Torture",
      "International Covenant on Civil and Political Rights", "1951 Refugee Convention",
      "Convention on the Rights of the Child"};
  private static final String[] UN_BODIES = {"UN Human Rights Council",
      "UN Commission of Inquiry on Human Rights in the DPRK",
      "UN Special Rapporteur on the situation of human rights in the DPRK",
      "Office of the UN High Commissioner for Human Rights"};
  private static final String[] GROUPS = {"defectors", "smugglers", "residents", "women",
      "students", "traders", "farmers", "soldiers"};
  private static final String[] PEOPLE = {"Kim Young-chul", "Lee Min-ji", "Park Sung-ho",
      "Choi Eun-hee", "Jang Myong-su", "Ri Chol-man", "Han Song-i", "Kang Chol-hwan"};
  private static final String[] REPORTERS = {"Jeong Yoo-jin", "Daniel Morris", "Sarah Lee",
      "Mun Dong-hui", "Ha Yoon-ah", "Peter Ward"};
  private static final String[] OUTLETS = {"Korea Watch", "Border Report", "Asia Rights Monitor",
      "Peninsula News"};
  private static final String[] CRIMES = {"distributing South Korean dramas",
      "making illegal phone calls to China", "smuggling copper", "human trafficking",
      "watching foreign films", "helping relatives cross the border"};
  private static final String[] QUOTES = {"the crackdown is the harshest in a decade",
      "families are afraid to contact relatives abroad",
      "brokers now charge twice as much as they did last year",
      "nobody dares to talk about the executions in public",
      "the guards beat anyone who does not confess"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  private static final String[] NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "12", "15", "20", "31", "dozens of"};

  private final Random random;

  /**
   * Start a sequence of articles.
   *
   * @param seed fixes the sequence
   */
  public NewsArticles(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Write the next article of the sequence.
   *
   * @param index the article's number, used in its id, URI and canonical URL
   * @return the article, with no records: extraction is what the benchmarks measure
   */
  public Article next(int index) {
    int year = 2014 + random.nextInt(10);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String headline = capital(headline());
    String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String outlet = pick(OUTLETS);
    List<String> authors = new ArrayList<>();
    authors.add(pick(REPORTERS));
    if (random.nextInt(4) == 0) {
      String second = pick(REPORTERS);
      if (!second.equals(authors.get(0))) {
        authors.add(second);
      }
    }
    int count = 6 + random.nextInt(13);
    List<String> paragraphs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      paragraphs.add(paragraph(year));
    }
    String url = String.format(Locale.ROOT, "https://%s.example.org/%d/%02d/%s-%d",
        outlet.toLowerCase(Locale.ROOT).replace(' ', '-'), year, month, slug, index);
    return Article.builder()
        .id(String.format(Locale.ROOT, "article:%016x", random.nextLong()))
        .source(Source.builder().format("html").uri("generated/" + index + ".html")
            .canonicalUrl(url).outlet(outlet).build())
        .headline(headline)
        .authors(authors)
        .published(PartialDateTime.of(
            LocalDateTime.of(year, month, day, random.nextInt(24), random.nextInt(60)), false))
        .language("en")
        .paragraphs(paragraphs)
        .build();
  }

  private String headline() {
    switch (random.nextInt(4)) {
      case 0:
        return pick(AGENCIES) + " steps up crackdown on " + pick(GROUPS) + " in " + pick(PLACES);
      case 1:
        return pick(NUMBERS) + " " + pick(GROUPS) + " repatriated from " + pick(CHINESE_PLACES)
            + " face prison camps";
      case 2:
        return "Public execution in " + pick(PLACES) + " over " + pick(CRIMES);
      default:
        return pick(UN_BODIES) + " urges end to forced repatriations";
    }
  }

  private String paragraph(int year) {
    int sentences = 2 + random.nextInt(4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(sentence(year));
    }
    return out.toString();
  }

  private String sentence(int year) {
    switch (random.nextInt(12)) {
      case 0:
        return capital(pick(AGENCIES)) + " agents arrested " + pick(NUMBERS) + " " + pick(GROUPS)
            + " in " + pick(PLACES) + " " + when(year) + ", " + informant() + " told the paper.";
      case 1:
        return "According to " + informant() + ", the detainees were handed over to the "
            + pick(AGENCIES) + " and are being held in " + pick(FACILITIES) + ".";
      case 2:
        return capital(pick(GROUPS)) + " caught crossing the " + pick(RIVERS) + " face up to "
            + (2 + random.nextInt(14)) + " years of reform through labour under Article "
            + (30 + random.nextInt(250)) + " of the " + pick(LAWS) + ".";
      case 3:
        return pick(PEOPLE) + ", " + (19 + random.nextInt(50)) + ", was repatriated from "
            + pick(CHINESE_PLACES) + " " + when(year) + " and is now held in "
            + pick(FACILITIES) + ".";
      case 4:
        return "The " + pick(AGENCIES) + " publicly executed " + pick(NUMBERS)
            + " people in " + pick(PLACES) + " " + when(year) + " for " + pick(CRIMES)
            + ", a source in " + pick(PROVINCES) + " reported.";
      case 5:
        return "Human rights groups say the practice violates the " + pick(TREATIES)
            + ", which China ratified in " + (1982 + random.nextInt(20)) + ".";
      case 6:
        return pick(PEOPLE) + " said that " + pick(QUOTES) + ".";
      case 7:
        return "The " + pick(UN_BODIES)
            + " has repeatedly called on China to stop sending people back to North Korea.";
      case 8:
        return "Residents say patrols along the " + pick(RIVERS) + " have doubled "
            + when(year) + ", and that brokers in " + pick(CHINESE_PLACES)
            + " have gone into hiding.";
      case 9:
        return (100 + random.nextInt(1200)) + " defectors arrived in South Korea in "
            + (year - 1) + ", according to the Ministry of Unification in Seoul.";
      case 10:
        return "A court in " + pick(PLACES) + " sentenced " + pick(PEOPLE) + " to "
            + (3 + random.nextInt(13)) + " years in a political prison camp " + when(year)
            + " after a trial that lasted less than a day.";
      default:
        return "\"" + capital(pick(QUOTES)) + ",\" " + informant()
            + " said, asking not to be named for fear of reprisal.";
    }
  }

  private String when(int year) {
    String month = pick(MONTHS);
    switch (random.nextInt(5)) {
      case 0:
        return "on " + month + " " + (1 + random.nextInt(28));
      case 1:
        return "in " + month + " " + year;
      case 2:
        return "on " + (1 + random.nextInt(28)) + " " + month + " " + year;
      case 3:
        return "last month";
      default:
        return "in late " + month;
    }
  }

  private String informant() {
    switch (random.nextInt(4)) {
      case 0:
        return "a source in " + pick(PROVINCES);
      case 1:
        return "an inside source";
      case 2:
        return "a former border guard";
      default:
        return "a resident of " + pick(PLACES);
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
