package io.github.casefile.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.parsers.internal.RoundTrips;
import io.github.casefile.spi.SourceFormat;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's format in a jar of its own is found through {@link java.util.ServiceLoader} and replaces
 * the built-in format of the same name.
 */
class UserFormatOverrideTest {
  private static final String SOURCE = """
      package org.example.formats;

      import io.github.casefile.spi.ArticleDraft;
      import io.github.casefile.spi.SourceFormat;
      import io.github.casefile.spi.SourceInput;
      import java.util.List;

      /** A user's text format. */
      public final class MyText implements SourceFormat {
        @Override public String name() { return "text"; }
        @Override public String description() { return "the user's plain text"; }
        @Override public int detect(SourceInput input) { return 100; }
        @Override public List<ArticleDraft> parse(SourceInput input) {
          return List.of(ArticleDraft.builder().headline("read by the user's format")
              .addParagraph(input.decode(null).text()).build());
        }
      }
      """;

  @Test
  void aFormatInAnotherJarReplacesTheBuiltInOfTheSameName(@TempDir Path dir) throws IOException {
    Path jar = userJar(dir);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        getClass().getClassLoader())) {
      Casefile casefile = Casefile.builder().classLoader(loader).extract(false).build();
      byte[] seed = RoundTrips.seeds().get(0);

      Article article = casefile.parseEach(seed, SourceHint.none()).get(0);

      assertThat(article.headline()).hasValue("read by the user's format");
      assertThat(article.source().format()).isEqualTo("text");
      List<SourceFormat> texts = casefile.formats().stream()
          .filter(f -> f.name().equals("text")).toList();
      assertThat(texts).singleElement()
          .satisfies(f -> assertThat(f.getClass().getName())
              .isEqualTo("org.example.formats.MyText"))
          .satisfies(f -> assertThat(f.getClass().getClassLoader()).isSameAs(loader));
      assertThat(casefile.formats()).extracting(SourceFormat::name).contains("html", "feed");
    }
  }

  /** Compile the format and pack it with its service file. */
  private static Path userJar(Path dir) throws IOException {
    Path src = dir.resolve("src/org/example/formats/MyText.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), src.toString());
    assertThat(status).as("javac exit status").isZero();
    Path jar = dir.resolve("my-text.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path c : (Iterable<Path>) compiled.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(c).toString()
            .replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(c));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + SourceFormat.class.getName()));
      out.write("org.example.formats.MyText\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
