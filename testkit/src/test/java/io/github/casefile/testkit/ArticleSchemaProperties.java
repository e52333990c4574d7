package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.casefile.model.CasefileJson;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ArticleSchemaProperties {
  private static final ObjectMapper MAPPER = CasefileJson.mapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory
      .getInstance(SpecVersion.VersionFlag.V202012).getSchema(CasefileJson.schema());

  @Test
  void theSchemaAcceptsEveryGeneratedArticle() {
    PropertyCheck.forAll("schema accepts generated articles", ModelGenerators.articles(),
        article -> assertThat(validate(CasefileJson.toJson(article))).isEmpty());
  }

  @Test
  void theSchemaAcceptsTheSeedShapedSample() {
    assertThat(validate(CasefileJson.toJson(Samples.article()))).isEmpty();
  }

  @Test
  void theSchemaRejectsAMissingField() {
    assertThat(validateEdited(a -> a.remove("language"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownField() {
    assertThat(validateEdited(a -> a.put("summary", "x"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownEnumValue() {
    assertThat(validateEdited(a -> ((ObjectNode) a.withArray("agencies").get(0))
        .put("kind", "polizei"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsALowerCaseCountry() {
    assertThat(validateEdited(a -> ((ObjectNode) a.withArray("actors").get(0))
        .put("country", "prk"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsASpanOfThreeNumbersOrANegativeOne() {
    assertThat(validateEdited(a -> ((ArrayNode) a.withArray("actors").get(0).get("mentions")
        .get(0)).add(3))).isNotEmpty();
    assertThat(validateEdited(a -> ((ArrayNode) a.withArray("actors").get(0).get("mentions")
        .get(0)).set(0, -1))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsBadDates() {
    assertThat(validateEdited(a -> a.put("published", "27 Oct 2017"))).isNotEmpty();
    assertThat(validateEdited(a -> ((ObjectNode) a.withArray("incidents").get(0).get("date"))
        .put("value", "2017-09/"))).isEmpty();
    assertThat(validateEdited(a -> ((ObjectNode) a.withArray("incidents").get(0).get("date"))
        .put("value", "/"))).isNotEmpty();
    assertThat(validateEdited(a -> ((ObjectNode) a.withArray("incidents").get(0).get("date"))
        .put("value", "Sept 2017"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAParagraphWithUncollapsedWhiteSpace() {
    assertThat(validateEdited(a -> a.withArray("paragraphs").set(0, "two  spaces")))
        .isNotEmpty();
    assertThat(validateEdited(a -> a.withArray("paragraphs").set(0, "no\u00A0break")))
        .isNotEmpty();
    assertThat(validateEdited(a -> a.withArray("paragraphs").set(0, " leading"))).isNotEmpty();
  }

  private static Set<ValidationMessage> validateEdited(Consumer<ObjectNode> edit) {
    try {
      ObjectNode json = (ObjectNode) MAPPER.readTree(CasefileJson.toJson(Samples.article()));
      edit.accept(json);
      return SCHEMA.validate(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Set<ValidationMessage> validate(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return SCHEMA.validate(node);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
