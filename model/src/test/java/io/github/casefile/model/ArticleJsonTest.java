package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
  static Article sample() {
    String p1 = "Last month, Chinese police arrested eight defectors.";
    return Article.builder()
        .id("article:0123456789abcdef")
        .source(Source.builder().format("text").uri("seeds/x.txt").build())
        .headline("Headline")
        .addAuthor("Kim Ga Young")
        .published(PartialDateTime.parse("2017-10-27T14:52"))
        .addParagraph(p1)
        .addParagraph("Second paragraph.")
        .addAgency(Agency.builder().id("agency:chn-police").name("Chinese police")
            .kind(AgencyKind.POLICE).country("CHN").addMention(Span.of(12, 26)).build())
        .addActor(Actor.builder().id("actor:defectors").name("defectors").kind(ActorKind.GROUP)
            .country("PRK").addMention(Span.of(42, 51)).build())
        .addIncident(Incident.builder().id("incident:1").type(IncidentType.ARREST).specific(true)
            .date(IncidentDate.builder().value(Edtf.parse("2017-09")).text("Last month")
                .span(Span.of(0, 10)).build())
            .addPerpetrator("agency:chn-police")
            .addVictim(Victim.builder().ref("actor:defectors").description("defectors").count(8L)
                .build())
            .evidence(Span.of(0, p1.length())).build())
        .build();
  }

  @Test
  void writesTheContractShapeAndReadsItBackEqual() throws Exception {
    Article article = sample();
    String json = CasefileJson.toJson(article);
    assertThat(json).contains("\"headline\":\"Headline\"", "\"language\":null",
        "\"canonicalUrl\":null", "\"mentions\":[[12,26]]", "\"kind\":\"police\"",
        "\"published\":\"2017-10-27T14:52\"", "\"legalInstruments\":[]", "\"value\":\"2017-09\"");
    assertThat(CasefileJson.fromJson(json)).isEqualTo(article);
  }

  @Test
  void rejectsAnUnknownEnumNamingTheField() {
    String json = CasefileJson.toJson(sample()).replace("\"police\"", "\"polizei\"");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void rejectsADanglingPerpetratorNamingTheField() {
    String json = CasefileJson.toJson(sample()).replace("\"perpetrators\":[\"agency:chn-police\"]",
        "\"perpetrators\":[\"agency:nowhere\"]");
    assertThatThrownBy(() -> CasefileJson.fromJson(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("perpetrators[0]");
  }

  @Test
  void textJoinsParagraphsWithABlankLine() {
    assertThat(sample().text()).isEqualTo(String.join("\n\n", sample().paragraphs()));
    assertThat(List.of(sample().text().split("\n\n"))).hasSize(2);
  }

  @Test
  void aPlainObjectMapperFindsTheModuleThroughServiceLoader() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(com.fasterxml.jackson.databind.ObjectMapper.findModules())
        .anyMatch(m -> m instanceof CasefileModule);
    mapper.findAndRegisterModules();
    Article article = sample();
    String json = mapper.writeValueAsString(article);
    assertThat(json).contains("\"mentions\":[[12,26]]");
    assertThat(mapper.readValue(json, Article.class)).isEqualTo(article);
  }
}
