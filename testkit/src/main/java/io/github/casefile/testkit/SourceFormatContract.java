package io.github.casefile.testkit;

import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;

import io.github.casefile.Casefile;
import io.github.casefile.CasefileException;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import io.github.casefile.spi.SourceRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every source format passes. A format's test implements this interface and names
 * its format, its renderer and sample inputs; JUnit 5 runs the default {@code @Test} methods, each
 * a property run by {@link PropertyCheck} (at least 200 tries, seed logged):
 *
 * <ul>
 *   <li>round trip: a generated article, rendered and parsed, equals {@link
 *       SourceRenderer#carried(Article)} of it on the {@link CarriedFields} (headline, authors,
 *       published, paragraphs, canonical URL, outlet, language; ids, source format, uri and
 *       capture time, warnings and extracted records are not compared); where the format
 *       carries none of the body ({@code carried(a)} has no paragraphs), a {@link
 *       CasefileException} is the expected outcome;
 *   <li>robustness: arbitrary bytes and mutations of real and rendered inputs give articles or a
 *       {@link CasefileException}, nothing else;
 *   <li>idempotence: {@code parse(render(parse(x)))} equals {@code parse(x)} on the carried
 *       fields for every real input;
 *   <li>thread safety: one input parsed from eight threads at once gives equal articles;
 *   <li>detection: {@link SourceFormat#detect(SourceInput)} is 0 for foreign inputs and positive
 *       for real ones.
 * </ul>
 *
 * <pre>{@code
 * class TextFormatTest implements SourceFormatContract {
 *   public SourceFormat format() { return new TextFormat(); }
 *   public SourceRenderer renderer() { return new TextRenderer(); }
 *   public List<byte[]> realInputs() { return List.of(read("seed.txt")); }
 * }
 * }</pre>
 *
 * <p>The facade is built with only {@link #format()} and without extraction, so the properties
 * test the format, not the extractor. Rendered and real inputs are parsed without a hint, so the
 * format must also detect its renderer's output; damaged inputs are parsed both without a hint and
 * with the format forced by name.
 */
public interface SourceFormatContract {
  /** How many threads parse the same input at once. */
  int THREADS = 8;

  /**
   * Return the format under test.
   *
   * @return a new or shared instance
   */
  SourceFormat format();

  /**
   * Return the renderer that writes the format.
   *
   * @return the renderer
   */
  SourceRenderer renderer();

  /**
   * Return real or hand-written sample inputs of the format, at least one.
   *
   * @return the inputs' bytes
   */
  List<byte[]> realInputs();

  /**
   * Return inputs of other formats that this format must not claim. A format that reads one of
   * the defaults' kinds overrides this and leaves it out.
   *
   * @return by default {@link ForeignInputs#all()}
   */
  default List<byte[]> foreignInputs() {
    return ForeignInputs.all();
  }

  /**
   * Return the facade the properties parse with: only {@link #format()}, no extraction.
   *
   * @return the facade
   */
  default Casefile casefile() {
    return Casefile.builder().formats(List.of(format())).extract(false).build();
  }

  /** Check that parsing a rendered article gives back the fields the format carries. */
  @Test
  default void parsingARenderedArticleGivesBackWhatTheFormatCarries() {
    Casefile casefile = casefile();
    SourceRenderer renderer = renderer();
    Gen<Rendering> renderings = ModelGenerators.articles().zip(
        longRange(Long.MIN_VALUE, Long.MAX_VALUE), Rendering::new);
    PropertyCheck.forAll(format().name() + " round trip", renderings, r -> {
      byte[] bytes = renderer.render(r.article(), r.variant());
      Article carried = renderer.carried(r.article());
      CarriedFields expected = CarriedFields.of(carried);
      List<Article> parsed;
      try {
        parsed = casefile.parseEach(bytes, SourceHint.none());
      } catch (CasefileException e) {
        if (carried.paragraphs().isEmpty()) {
          return;  // the format cannot carry this body (all of it reads as furniture): rejected
        }
        throw new AssertionError("rendered variant " + r.variant() + " was rejected: "
            + e.getMessage() + "\ninput: " + Hex.abbreviate(bytes), e);
      }
      if (parsed.size() != 1 || !expected.equals(CarriedFields.of(parsed.get(0)))) {
        throw new AssertionError("variant " + r.variant() + "\nexpected " + expected
            + "\nparsed   " + parsed.stream().map(CarriedFields::of).toList()
            + "\ninput: " + Hex.abbreviate(bytes));
      }
    });
  }

  /** Check that damaged and arbitrary inputs give articles or a CasefileException only. */
  @Test
  default void damagedInputsGiveArticlesOrACasefileException() {
    Casefile casefile = casefile();
    SourceRenderer renderer = renderer();
    List<byte[]> seeds = new ArrayList<>(realInputs());
    Gen<byte[]> rendered = ModelGenerators.articles().zip(
        longRange(Long.MIN_VALUE, Long.MAX_VALUE), renderer::render);
    Gen<byte[]> inputs = oneOf(Mutations.arbitraryBytes(), Mutations.of(seeds),
        in -> Mutations.of(List.of(rendered.generate(in))).generate(in));
    SourceHint forced = SourceHint.builder().format(format().name()).build();
    PropertyCheck.forAll(format().name() + " damaged inputs", Mutations.described(inputs),
        bytes -> {
          for (SourceHint hint : List.of(SourceHint.none(), forced)) {
            try {
              List<Article> articles = casefile.parseEach(bytes, hint);
              if (articles.isEmpty() || articles.contains(null)) {
                throw new AssertionError("parseEach gave " + articles + " for "
                    + Hex.abbreviate(bytes));
              }
            } catch (CasefileException expected) {
              // The one allowed failure.
            } catch (Throwable e) {
              throw new AssertionError("parsing " + Hex.abbreviate(bytes) + " with hint "
                  + hint.format().orElse("none") + " threw " + e, e);
            }
          }
        });
  }

  /** Check that rendering a parsed real input and parsing it again changes nothing. */
  @Test
  default void parsingARenderedRealInputGivesTheSameFields() {
    Casefile casefile = casefile();
    SourceRenderer renderer = renderer();
    List<byte[]> reals = requireReal(realInputs());
    Gen<byte[]> real = Mutations.described(pick(reals));
    Gen<Object[]> cases = real.zip(longRange(Long.MIN_VALUE, Long.MAX_VALUE),
        (bytes, variant) -> new Object[] {bytes, variant});
    PropertyCheck.forAll(format().name() + " idempotence on real inputs",
        cases.describedAs(c -> Hex.abbreviate((byte[]) c[0]) + " variant " + c[1]), c -> {
          byte[] bytes = (byte[]) c[0];
          long variant = (Long) c[1];
          Article first = casefile.parseEach(bytes, SourceHint.none()).get(0);
          byte[] again = renderer.render(first, variant);
          Article second = casefile.parseEach(again, SourceHint.none()).get(0);
          if (!CarriedFields.of(first).equals(CarriedFields.of(second))) {
            throw new AssertionError("variant " + variant + "\nfirst  " + CarriedFields.of(first)
                + "\nsecond " + CarriedFields.of(second) + "\nrendered: " + Hex.abbreviate(again)
                + "\nreal input: " + Hex.abbreviate(bytes));
          }
        });
  }

  /** Check that parsing one input from eight threads at once gives equal articles. */
  @Test
  default void parsingFromEightThreadsGivesEqualArticles() {
    Casefile casefile = casefile();
    List<byte[]> reals = requireReal(realInputs());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      PropertyCheck.forAll(format().name() + " parallel parsing",
          Mutations.described(pick(reals)), bytes -> {
            List<Article> expected = casefile.parseEach(bytes, SourceHint.none());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Article>>> results = new ArrayList<>(THREADS);
            Callable<List<Article>> parse = () -> {
              start.await();
              return casefile.parseEach(bytes, SourceHint.none());
            };
            for (int i = 0; i < THREADS; i++) {
              results.add(pool.submit(parse));
            }
            start.countDown();
            for (Future<List<Article>> result : results) {
              List<Article> actual;
              try {
                actual = result.get();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
              } catch (ExecutionException e) {
                throw new AssertionError("a thread failed on " + Hex.abbreviate(bytes),
                    e.getCause());
              }
              if (!expected.equals(actual)) {
                throw new AssertionError("a thread parsed " + actual + "\nalone: " + expected);
              }
            }
          });
    } finally {
      pool.shutdownNow();
    }
  }

  /** Check that foreign inputs are not claimed and real ones are. */
  @Test
  default void detectsRealInputsAndNoForeignOnes() {
    SourceFormat format = format();
    List<String> wrong = new ArrayList<>();
    for (byte[] foreign : foreignInputs()) {
      int score = format.detect(SourceInput.of(foreign, SourceHint.none(), Limits.defaults()));
      if (score != 0) {
        wrong.add("claims a foreign input with " + score + ": " + Hex.abbreviate(foreign));
      }
    }
    for (byte[] real : requireReal(realInputs())) {
      int score = format.detect(SourceInput.of(real, SourceHint.none(), Limits.defaults()));
      if (score <= 0 || score > 100) {
        wrong.add("scores a real input " + score + ": " + Hex.abbreviate(real));
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError(format.name() + " " + String.join("\n", wrong));
    }
  }

  private static List<byte[]> requireReal(List<byte[]> reals) {
    if (reals.isEmpty()) {
      throw new AssertionError("realInputs() must give at least one input");
    }
    return reals;
  }

  /**
   * An article and the variant it is rendered with.
   *
   * @param article the article
   * @param variant the renderer's variant
   */
  record Rendering(Article article, long variant) {
    @Override
    public String toString() {
      return "variant " + variant + " of " + CasefileJson.toJson(article);
    }
  }
}
