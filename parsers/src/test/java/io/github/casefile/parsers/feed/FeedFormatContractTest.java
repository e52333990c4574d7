package io.github.casefile.parsers.feed;


import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.util.ArrayList;
import java.util.List;

/** The feed format passes the contract every source format passes. */
class FeedFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new FeedFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new FeedRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return Samples.list(Samples.RSS, Samples.ATOM);
  }

  @Override
  public List<byte[]> foreignInputs() {
    List<byte[]> foreign = new ArrayList<>(ForeignInputs.all());
    foreign.addAll(Samples.list(Samples.HTML_PAGE, Samples.WP_PAGE, Samples.WP_POST,
        Samples.FRONT_MATTER, Samples.PELICAN));
    return foreign;
  }
}
