package io.github.casefile.parsers.wordpress;


import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.util.ArrayList;
import java.util.List;

/** The wordpress format passes the contract every source format passes. */
class WordPressPageFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new WordPressPageFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new WordPressPageRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return Samples.list(Samples.WP_PAGE);
  }

  @Override
  public List<byte[]> foreignInputs() {
    List<byte[]> foreign = new ArrayList<>(ForeignInputs.all());
    foreign.addAll(Samples.list(Samples.HTML_PAGE, Samples.RSS, Samples.ATOM, Samples.WP_POST,
        Samples.FRONT_MATTER, Samples.PELICAN));
    return foreign;
  }
}
