package io.github.casefile.parsers.text;

import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text format passes the contract every source format passes. */
class TextFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new TextFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new TextRenderer();
  }

  /** Plain prose is the text format's own fallback, so it is not foreign here. */
  @Override
  public List<byte[]> foreignInputs() {
    return List.of(ForeignInputs.htmlPage(), ForeignInputs.jsonObject(),
        ForeignInputs.warcHeader(), ForeignInputs.pngHeader());
  }

  @Override
  public List<byte[]> realInputs() {
    List<byte[]> inputs = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path seed : (Iterable<Path>) seeds.filter(p -> p.toString().endsWith(".txt"))
          .sorted()::iterator) {
        inputs.add(Files.readAllBytes(seed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    inputs.add(("Defectors face a closing border\n\nBy Lee Sang Yong\n\nSEOUL -- Police in the"
        + " border city arrested three people last week.\n\nThey were\nsent back.\n")
        .getBytes(StandardCharsets.UTF_8));
    return inputs;
  }
}
