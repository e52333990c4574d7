package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.casefile.model.CasefileJson;
import org.junit.jupiter.api.Test;

class InvalidJsonTest {
  private static final String VALID = CasefileJson.toJson(Samples.article());

  private static String edit(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replace(from, to);
  }

  @Test
  void theUneditedSampleReadsBack() throws Exception {
    assertThat(CasefileJson.fromJson(VALID)).isEqualTo(Samples.article());
  }

  @Test
  void aWrongTypeIsRejectedNamingTheField() {
    String json = edit("\"specific\":true", "\"specific\":[1]");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("specific");
  }

  @Test
  void anUnknownEnumValueIsRejectedNamingTheField() {
    String json = edit("\"type\":\"arrest\"", "\"type\":\"kidnap\"");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("kidnap");
  }

  @Test
  void aSpanOutsideTheTextIsRejectedNamingTheField() {
    String json = edit("\"mentions\":[[42,51]]", "\"mentions\":[[42,5100]]");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("actors[0].mentions[0]");
  }

  @Test
  void aDanglingReferenceIsRejectedNamingTheField() {
    String json = edit("\"instruments\":[\"instrument:refugee-convention\"]",
        "\"instruments\":[\"instrument:nowhere\"]");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("incidents[0].instruments[0]");
  }

  @Test
  void anImpossibleDateIsRejectedNamingTheField() {
    String json = edit("\"published\":\"2017-10-27T14:52\"", "\"published\":\"2017-02-30\"");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("published")
        .hasMessageContaining("2017-02-30");
  }

  @Test
  void anImpossibleEdtfDateIsRejectedNamingTheField() {
    String json = edit("\"value\":\"2017-09\"", "\"value\":\"2017-02-30\"");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("value")
        .hasMessageContaining("2017-02-30");
  }
}
