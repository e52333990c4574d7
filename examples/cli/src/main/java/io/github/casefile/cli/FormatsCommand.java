package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.spi.ArchiveFormat;
import io.github.casefile.spi.SourceFormat;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code casefile formats}: prints one line per source format, in detection order: its name (the
 * value of {@code --format} and of {@code source.format}), where it comes from and what it reads;
 * then one line per archive format (such as WARC), its description marked {@code archive:}.
 */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = "List the source and archive formats: name, where it comes from, what it"
        + " reads.")
final class FormatsCommand implements Callable<Integer> {
  /** The package prefix of Casefile's own formats, as the format registry reckons it. */
  private static final String BUILT_IN_PREFIX = "io.github.casefile.";

  @ParentCommand
  private CasefileCli parent;

  @Override
  public Integer call() {
    Casefile casefile = Casefile.defaults();
    List<SourceFormat> formats = casefile.formats();
    List<ArchiveFormat> archives = casefile.archiveFormats();
    PrintStream out = parent.streams().out();
    if (formats.isEmpty()) {
      parent.streams().err().println("casefile: no source format is registered");
      return CasefileCli.NOTHING_DONE;
    }
    int width = Stream.concat(formats.stream().map(SourceFormat::name),
        archives.stream().map(ArchiveFormat::name)).mapToInt(String::length).max().orElse(0);
    for (SourceFormat format : formats) {
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %s  %s", format.name(),
          origin(format), format.description()));
    }
    for (ArchiveFormat archive : archives) {
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %s  archive: %s", archive.name(),
          origin(archive), archive.description()));
    }
    out.flush();
    return CasefileCli.OK;
  }

  /**
   * Return "built-in" for Casefile's own source and archive formats, else the jar or directory of
   * the class.
   */
  static String origin(Object format) {
    if (format.getClass().getName().startsWith(BUILT_IN_PREFIX)) {
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
