package io.github.casefile.benchmarks;

import io.github.casefile.Casefile;
import io.github.casefile.CasefileException;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.parsers.html.HtmlRenderer;
import io.github.casefile.parsers.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Builds the page sets the benchmarks run on: pages the project generates from a seed, or every
 * real page in a directory. Each page carries its HTML, a plain-text rendering and Casefile's JSON
 * of it, so that every benchmark of a run reads the same articles. Pages that Casefile cannot read
 * (as HTML, or back from their text rendering) are left out of the set and named on standard error,
 * so that no benchmark measures a failure path.
 */
public final class PageSet {
  private static final TextRenderer TEXT = new TextRenderer();

  private PageSet() {}

  /**
   * Generate news pages: {@link NewsArticles} wrapped by {@link HtmlRenderer}, each page with its
   * own boilerplate variant, and the same articles rendered as text by {@link TextRenderer}.
   *
   * @param seed fixes the articles and the variants
   * @param count how many pages
   * @return the pages, in order
   */
  public static List<Page> generated(long seed, int count) {
    NewsArticles articles = new NewsArticles(seed);
    HtmlRenderer html = new HtmlRenderer();
    Casefile casefile = Casefile.defaults();
    List<Page> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Article article = articles.next(i);
      long variant = seed * 1_000_003L + i;
      String name = "generated/" + i + ".html";
      byte[] page = html.render(article, variant);
      byte[] text = TEXT.render(article, variant);
      add(pages, casefile, name, page, extracted -> text);
    }
    return pages;
  }

  /**
   * Read every page below a directory: each file named {@code source.html} (the layout of the
   * development corpus), or, when there is none, each {@code *.html} and {@code *.htm} file. The
   * text rendering is that of the article Casefile extracts from the page.
   *
   * @param dir the directory
   * @return the pages Casefile can read, in path order
   * @throws UncheckedIOException if the directory cannot be read
   * @throws IllegalArgumentException if it holds no readable page
   */
  public static List<Page> fromDirectory(Path dir) {
    List<Path> files = files(dir, name -> name.equals("source.html"));
    if (files.isEmpty()) {
      files = files(dir, name -> name.endsWith(".html") || name.endsWith(".htm"));
    }
    Casefile casefile = Casefile.defaults();
    List<Page> pages = new ArrayList<>(files.size());
    for (Path file : files) {
      byte[] page;
      try {
        page = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      add(pages, casefile, file.toString(), page, extracted -> TEXT.render(extracted, 0));
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no page that Casefile can read below " + dir);
    }
    return pages;
  }

  /**
   * Add a page if Casefile reads both its HTML and its text rendering.
   *
   * @param text gives the text rendering from the article Casefile extracts from the HTML
   */
  private static void add(List<Page> pages, Casefile casefile, String name, byte[] html,
      Function<Article, byte[]> text) {
    try {
      Article article = casefile.parseEach(html, SourceHint.named(name)).get(0);
      byte[] rendering = text.apply(article);
      casefile.parseEach(rendering, SourceHint.named(textName(name)));
      String json = CasefileJson.toJson(article);
      pages.add(new Page(name, html, rendering, article, json,
          json.getBytes(StandardCharsets.UTF_8).length));
    } catch (CasefileException e) {
      System.err.println("benchmarks: left out " + name + ": " + e.getMessage());
    }
  }

  /**
   * Return the name Casefile gets for a page's text rendering.
   *
   * @param name the page's name
   * @return the name with a {@code .txt} extension
   */
  static String textName(String name) {
    return name.replaceFirst("\\.html?$", "") + ".txt";
  }

  private static List<Path> files(Path dir, Predicate<String> wanted) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> wanted.test(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
