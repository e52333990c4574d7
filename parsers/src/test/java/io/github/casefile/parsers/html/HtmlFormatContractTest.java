package io.github.casefile.parsers.html;


import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import io.github.casefile.testkit.ForeignInputs;
import io.github.casefile.testkit.SourceFormatContract;
import java.util.ArrayList;
import java.util.List;

/** The html format passes the contract every source format passes. */
class HtmlFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new HtmlFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new HtmlRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return Samples.list(Samples.HTML_PAGE, Samples.WP_PAGE);
  }

  @Override
  public List<byte[]> foreignInputs() {
    List<byte[]> foreign = new ArrayList<>(List.of(ForeignInputs.jsonObject(),
        ForeignInputs.warcHeader(),
        ForeignInputs.pngHeader(), ForeignInputs.plainProse()));
    foreign.addAll(Samples.list(Samples.RSS, Samples.ATOM, Samples.WP_POST, Samples.FRONT_MATTER,
        Samples.PELICAN));
    return foreign;
  }
}
