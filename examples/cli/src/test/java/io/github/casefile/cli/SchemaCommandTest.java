package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void printsTheJsonSchemaOfTheArticles() throws IOException {
    CliRun.Result run = CliRun.run("schema");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.isObject()).isTrue();
    assertThat(schema.has("$schema")).isTrue();
  }
}
