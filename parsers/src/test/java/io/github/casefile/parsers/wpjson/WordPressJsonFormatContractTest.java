package io.github.casefile.parsers.wpjson;


import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.util.ArrayList;
import java.util.List;

/** The wordpress-json format passes the contract every source format passes. */
class WordPressJsonFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new WordPressJsonFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new WordPressJsonRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return Samples.list(Samples.WP_POST);
  }

  @Override
  public List<byte[]> foreignInputs() {
    List<byte[]> foreign = new ArrayList<>(ForeignInputs.all());
    foreign.addAll(Samples.list(Samples.HTML_PAGE, Samples.WP_PAGE, Samples.RSS, Samples.ATOM,
        Samples.FRONT_MATTER, Samples.PELICAN));
    return foreign;
  }
}
