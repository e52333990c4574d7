package io.github.casefile;

import io.github.casefile.internal.ArchiveRegistry;
import io.github.casefile.internal.ArticleAssembler;
import io.github.casefile.internal.ArticleExtractor;
import io.github.casefile.internal.Extractors;
import io.github.casefile.internal.FormatRegistry;
import io.github.casefile.internal.PathWalker;
import io.github.casefile.model.Article;
import io.github.casefile.spi.ArchiveEntry;
import io.github.casefile.spi.ArchiveFormat;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Parses news articles into {@link Article}s: detects the source format, reads the article, and
 * extracts what its body reports.
 *
 * <pre>{@code
 * Casefile casefile = Casefile.defaults();
 * Article article = casefile.parse(Path.of("seeds/article.txt"));
 * }</pre>
 *
 * <p>A {@code Casefile} is immutable, thread-safe and cheap to share: build one per application (or
 * per JVM in a Spark job) and call it from any number of threads.
 *
 * <p>Outcomes: content that is damaged but still holds an article gives the article with {@link
 * Article#warnings()}; an input from which no article can be recovered raises a {@link
 * CasefileException} subclass; a null argument raises {@link NullPointerException}. Nothing else
 * escapes.
 */
public final class Casefile {
  private final FormatRegistry registry;
  private final ArchiveRegistry archives;
  private final Limits limits;
  private final ArticleAssembler assembler;

  private Casefile(Builder builder) {
    this.registry = builder.formats != null
        ? FormatRegistry.of(builder.formats)
        : FormatRegistry.load(builder.classLoader);
    this.archives = builder.archiveFormats != null
        ? ArchiveRegistry.of(builder.archiveFormats)
        : ArchiveRegistry.load(builder.classLoader);
    this.limits = builder.limits;
    this.assembler = new ArticleAssembler(
        !builder.extract ? ArticleExtractor.NONE
            : builder.knowledgeBase == null ? Extractors.defaultExtractor()
            : Extractors.withKnowledge(builder.knowledgeBase.knowledge()));
  }

  /**
   * Return a {@code Casefile} with the formats found on the class path, default limits and
   * extraction on.
   *
   * @return a new instance; keep and share it
   */
  public static Casefile defaults() {
    return builder().build();
  }

  /**
   * Start building a {@code Casefile}.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parse a file. Its name, as given, becomes {@code source.uri}.
   *
   * @param path the file
   * @return the article; the first one when the file holds several
   * @throws IOException if the file cannot be read
   * @throws CasefileException if no article can be recovered
   * @throws NullPointerException if {@code path} is null
   */
  public Article parse(Path path) throws IOException {
    return first(parseEach(path));
  }

  /**
   * Parse a stream, reading at most {@link Limits#maxInputBytes()} bytes. The caller closes the
   * stream.
   *
   * @param in the stream
   * @param hint what the caller knows about the input
   * @return the article; the first one when the input holds several
   * @throws IOException if the stream cannot be read
   * @throws CasefileException if no article can be recovered
   * @throws NullPointerException if an argument is null
   */
  public Article parse(InputStream in, SourceHint hint) throws IOException {
    return first(parseEach(readBounded(in, hint), hint));
  }

  /**
   * Parse content held in a string.
   *
   * @param content the content, such as a page's HTML
   * @param hint what the caller knows about the input
   * @return the article; the first one when the input holds several
   * @throws CasefileException if no article can be recovered
   * @throws NullPointerException if an argument is null
   */
  public Article parse(String content, SourceHint hint) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(hint, "hint");
    // The string is already decoded: whatever charset the content declares, its bytes are UTF-8,
    // and a format that reads text gets the string without an encoding round trip.
    SourceHint utf8 = SourceHint.builder().from(hint).charset("UTF-8").build();
    return first(parseEach(SourceInput.of(content, utf8, limits)));
  }

  /**
   * Parse a file into every article it holds (one per feed item, one for a page).
   *
   * @param path the file
   * @return the articles, at least one
   * @throws IOException if the file cannot be read
   * @throws CasefileException if no article can be recovered
   */
  public List<Article> parseEach(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return parseEach(PathWalker.readBounded(path, limits), SourceHint.named(path.toString()));
  }

  /**
   * Parse bytes into every article they hold.
   *
   * @param content the bytes; not copied, so do not change them during the call
   * @param hint what the caller knows about the input
   * @return the articles, at least one
   * @throws CasefileException if no article can be recovered
   * @throws NullPointerException if an argument is null
   */
  public List<Article> parseEach(byte[] content, SourceHint hint) {
    return parseEach(SourceInput.of(content, hint, limits));
  }

  private List<Article> parseEach(SourceInput input) {
    SourceFormat format = registry.choose(input);
    List<ArticleDraft> drafts = Guard.parse(format, input);
    List<Article> articles = new ArrayList<>(drafts.size());
    for (ArticleDraft draft : drafts) {
      articles.add(Guard.assemble(assembler, draft, format.name(), input));
    }
    return articles;
  }

  /**
   * Parse many inputs lazily: files, directories walked recursively in sorted path order, and
   * archives (such as {@code .warc.gz}) expanded record by record. Every input gives one outcome per
   * article it holds, or one failure record; an archive record that holds no article (an image, a
   * redirect, robots.txt, a request record) gives a {@link Skip} with its reason. Nothing is skipped
   * in silence. The stream holds one input or record in memory at a time and lists one directory at
   * a time; close it to release file handles.
   *
   * <p>To parallelise, use {@link #parseAll(Collection, int)}, or call {@link #outcomesOf(Path)}
   * and {@link #outcomesOf(byte[], SourceHint)} from your own threads: the outcome of each input is
   * independent of every other, and this {@code Casefile} is shared safely.
   *
   * @param inputs the files, directories and archives
   * @return the outcomes, in input order
   * @throws NullPointerException if {@code inputs} is or holds null
   */
  public Stream<ParseOutcome> parseAll(Collection<Path> inputs) {
    return Batch.ofPaths(this, List.copyOf(inputs), 1);
  }

  /**
   * Parse many inputs as {@link #parseAll(Collection)} does, on {@code threads} threads. Outcomes
   * keep input order; files and archive records are parsed ahead on a pool of daemon threads, at
   * most {@code 2 * threads} at a time, so memory stays bounded. Close the stream to stop the pool
   * early.
   *
   * @param inputs the files, directories and archives
   * @param threads how many threads parse; 1 parses on the caller's thread
   * @return the outcomes, in input order
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws NullPointerException if {@code inputs} is or holds null
   */
  public Stream<ParseOutcome> parseAll(Collection<Path> inputs, int threads) {
    return Batch.ofPaths(this, List.copyOf(inputs), threads);
  }

  /**
   * Parse inputs that are not files, such as rows of a Spark job: each entry is bytes with a
   * {@link SourceHint} ({@link ArchiveEntry#record}), or an already known skip or failure. An entry
   * whose bytes are an archive is expanded record by record. The entries are pulled one at a time.
   *
   * @param entries the inputs; closed when the returned stream is closed
   * @return the outcomes, in input order
   * @throws NullPointerException if {@code entries} is or holds null
   */
  public Stream<ParseOutcome> parseAll(Stream<ArchiveEntry> entries) {
    return Batch.ofEntries(this, Objects.requireNonNull(entries, "entries"), 1);
  }

  /**
   * Parse inputs that are not files as {@link #parseAll(Stream)} does, on {@code threads} threads,
   * keeping input order.
   *
   * @param entries the inputs; closed when the returned stream is closed
   * @param threads how many threads parse; 1 parses on the caller's thread
   * @return the outcomes, in input order
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws NullPointerException if {@code entries} is or holds null
   */
  public Stream<ParseOutcome> parseAll(Stream<ArchiveEntry> entries, int threads) {
    return Batch.ofEntries(this, Objects.requireNonNull(entries, "entries"), threads);
  }

  /**
   * Parse one stream that may be an archive: an archive gives the outcomes of its records, read
   * lazily; anything else is read up to {@link Limits#maxInputBytes()} and gives its articles or
   * one failure. Standard input and Hadoop file streams come this way. The caller closes the stream
   * after the returned stream is consumed.
   *
   * @param in the stream
   * @param hint what the caller knows about it; its URI names the input
   * @return the outcomes
   * @throws NullPointerException if an argument is null
   */
  public Stream<ParseOutcome> parseAll(InputStream in, SourceHint hint) {
    return Batch.ofStream(this, Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(hint, "hint"));
  }

  /**
   * Return the outcomes of one file, never throwing for bad content or I/O. A file that is an
   * archive is parsed as one input here; {@link #parseAll(Collection)} expands archives.
   *
   * @param path the file
   * @return its articles, or one failure record
   */
  public List<ParseOutcome> outcomesOf(Path path) {
    String name = path.toString();
    return outcomes(name, () -> PathWalker.readBounded(path, limits), SourceHint.named(name));
  }

  /**
   * Return the outcomes of bytes held in memory, never throwing for bad content. Safe to call from
   * many threads at once.
   *
   * @param content the bytes; not copied, so do not change them during the call
   * @param hint what the caller knows about them; its URI names the input
   * @return their articles, or one failure record
   * @throws NullPointerException if an argument is null
   */
  public List<ParseOutcome> outcomesOf(byte[] content, SourceHint hint) {
    Objects.requireNonNull(content, "content");
    return outcomes(hint.uri().orElse("(unnamed)"), () -> content, hint);
  }

  /** Reads an input's bytes. */
  private interface Content {
    byte[] read() throws IOException;
  }

  private List<ParseOutcome> outcomes(String name, Content content, SourceHint hint) {
    String format = null;
    try {
      byte[] bytes = content.read();
      SourceInput input = SourceInput.of(bytes, hint, limits);
      SourceFormat chosen = registry.choose(input);
      format = chosen.name();
      List<ArticleDraft> drafts = Guard.parse(chosen, input);
      List<ParseOutcome> outcomes = new ArrayList<>(drafts.size());
      for (ArticleDraft draft : drafts) {
        Article article = Guard.assemble(assembler, draft, format, input);
        outcomes.add(ParseOutcome.of(name, article));
      }
      return outcomes;
    } catch (CasefileException e) {
      return List.of(ParseOutcome.of(Failure.of(name, format, e)));
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(ParseOutcome.of(Failure.of(name, format,
          new MalformedInputException(name, "cannot be read: " + e, e))));
    }
  }

  /**
   * Return the archive formats, in detection order, such as WARC.
   *
   * @return the archive formats
   */
  public List<ArchiveFormat> archiveFormats() {
    return archives.formats();
  }

  ArchiveRegistry archives() {
    return archives;
  }

  /**
   * Return the source formats, in detection order.
   *
   * @return the formats
   */
  public List<SourceFormat> formats() {
    return registry.formats();
  }

  /**
   * Return the limits in force.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  private Article first(List<Article> articles) {
    Article first = articles.get(0);
    if (articles.size() == 1) {
      return first;
    }
    List<String> warnings = new ArrayList<>(first.warnings());
    warnings.add("The input holds " + articles.size()
        + " articles; this is the first; parseEach and parseAll return them all.");
    return Article.builder().from(first).warnings(
        io.github.casefile.internal.Warnings.cap(warnings)).build();
  }

  byte[] readBounded(InputStream in, SourceHint hint) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(hint, "hint");
    long max = limits.maxInputBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new LimitExceededException(hint.uri().orElse(null), "maxInputBytes", max,
          "the stream has more than " + max + " bytes");
    }
    return bytes;
  }

  /** Configures a {@link Casefile}. Not thread-safe; the {@code Casefile} it builds is. */
  public static final class Builder {
    private List<SourceFormat> formats;
    private List<ArchiveFormat> archiveFormats;
    private ClassLoader classLoader = Casefile.class.getClassLoader();
    private Limits limits = Limits.defaults();
    private boolean extract = true;
    private KnowledgeBase knowledgeBase;

    private Builder() {}

    /**
     * Use this knowledge base for extraction instead of the shipped one.
     *
     * @param knowledgeBase the knowledge base, such as {@code KnowledgeBase.defaults().extendedWith(…)}
     * @return this builder
     * @throws NullPointerException if {@code knowledgeBase} is null
     */
    public Builder knowledgeBase(KnowledgeBase knowledgeBase) {
      this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
      return this;
    }

    /**
     * Use exactly these formats instead of the ones {@link java.util.ServiceLoader} finds.
     *
     * @param formats the formats; a non-built-in one replaces a built-in one of the same name
     * @return this builder
     * @throws NullPointerException if {@code formats} is or holds null
     */
    public Builder formats(List<SourceFormat> formats) {
      this.formats = List.copyOf(formats);
      return this;
    }

    /**
     * Use exactly these archive formats instead of the ones {@link java.util.ServiceLoader} finds;
     * an empty list turns archive expansion off.
     *
     * @param archiveFormats the archive formats
     * @return this builder
     * @throws NullPointerException if {@code archiveFormats} is or holds null
     */
    public Builder archiveFormats(List<ArchiveFormat> archiveFormats) {
      this.archiveFormats = List.copyOf(archiveFormats);
      return this;
    }

    /**
     * Find source and archive formats with {@link java.util.ServiceLoader} in this class loader.
     *
     * @param loader the class loader
     * @return this builder
     * @throws NullPointerException if {@code loader} is null
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Use these limits.
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Turn the extraction of actors, agencies, legal instruments and incidents on or off.
     *
     * @param extract false to read only the article's metadata and body
     * @return this builder
     */
    public Builder extract(boolean extract) {
      this.extract = extract;
      return this;
    }

    /**
     * Build the {@code Casefile}.
     *
     * @return the new instance
     * @throws IllegalStateException if a registered format cannot be loaded
     */
    public Casefile build() {
      return new Casefile(this);
    }
  }
}
