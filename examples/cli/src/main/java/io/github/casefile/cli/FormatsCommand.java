package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.internal.FormatRegistry;
import io.github.casefile.spi.SourceFormat;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code casefile formats}: prints one line per source format, in detection order: its name (the
 * value of {@code --format} and of {@code source.format}), where it comes from and what it reads.
 */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = "List the source formats: name, where it comes from, what it reads.")
final class FormatsCommand implements Callable<Integer> {
  @ParentCommand
  private CasefileCli parent;

  @Override
  public Integer call() {
    List<SourceFormat> formats = Casefile.defaults().formats();
    PrintStream out = parent.streams().out();
    if (formats.isEmpty()) {
      parent.streams().err().println("casefile: no source format is registered");
      return CasefileCli.NOTHING_DONE;
    }
    int width = formats.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    for (SourceFormat format : formats) {
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %s  %s", format.name(),
          origin(format), format.description()));
    }
    out.flush();
    return CasefileCli.OK;
  }

  /** Return "built-in" for Casefile's own formats, else the jar or directory of the class. */
  static String origin(SourceFormat format) {
    if (FormatRegistry.isBuiltIn(format)) {
      return "built-in";
    }
    CodeSource source = format.getClass().getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return "unknown location";
    }
    try {
      return Path.of(location.toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return location.toString();
    }
  }
}
