package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.CasefileJson;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the format contract on a known-good test format, so that the contract itself is tested. */
class JsonArticleFormatContractTest implements SourceFormatContract {
  @Override
  public SourceFormat format() {
    return new JsonArticleFormat();
  }

  @Override
  public SourceRenderer renderer() {
    return new JsonArticleRenderer();
  }

  @Override
  public List<byte[]> realInputs() {
    return List.of(CasefileJson.toPrettyJson(Samples.article()).getBytes(StandardCharsets.UTF_8),
        CasefileJson.toJson(Samples.article()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDefaultForeignInputsCoverFiveKinds() {
    assertThat(foreignInputs()).hasSize(5);
  }
}
