package io.github.casefile.parsers.frontmatter;


import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.util.ArrayList;
import java.util.List;

/** The front-matter format passes the contract every source format passes. */
class FrontMatterFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new FrontMatterFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new FrontMatterRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return Samples.list(Samples.FRONT_MATTER, Samples.PELICAN);
  }

  @Override
  public List<byte[]> foreignInputs() {
    List<byte[]> foreign = new ArrayList<>(ForeignInputs.all());
    foreign.addAll(Samples.list(Samples.HTML_PAGE, Samples.WP_PAGE, Samples.RSS, Samples.ATOM,
        Samples.WP_POST));
    return foreign;
  }
}
