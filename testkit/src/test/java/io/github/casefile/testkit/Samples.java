package io.github.casefile.testkit;

import io.github.casefile.model.Actor;
import io.github.casefile.model.ActorKind;
import io.github.casefile.model.Agency;
import io.github.casefile.model.AgencyKind;
import io.github.casefile.model.Article;
import io.github.casefile.model.Edtf;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentDate;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.InstrumentKind;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Provision;
import io.github.casefile.model.Source;
import io.github.casefile.model.Span;
import io.github.casefile.model.StateAction;
import io.github.casefile.model.StateActionType;
import io.github.casefile.model.Victim;

/** A small hand-written article with one record of every kind, for tests that edit its JSON. */
final class Samples {
  static final String FIRST = "Last month, Chinese police arrested eight defectors near the"
      + " Laos-China border.";
  static final String SECOND = "China signed the Refugee Convention in 1982; Article 33 forbids"
      + " sending refugees back.";

  private Samples() {}

  static Article article() {
    int second = FIRST.length() + 2;
    return Article.builder()
        .id("article:0123456789abcdef")
        .source(Source.builder().format("text").uri("seeds/x.txt").outlet("Daily NK").build())
        .headline("Authorities resort to all tactics | Daily NK")
        .addAuthor("Kim Ga-young")
        .published(PartialDateTime.parse("2017-10-27T14:52"))
        .language("en")
        .addParagraph(FIRST).addParagraph(SECOND)
        .addAgency(Agency.builder().id("agency:chn-police").name("Chinese police")
            .kind(AgencyKind.POLICE).country("CHN").addMention(Span.of(12, 26)).build())
        .addActor(Actor.builder().id("actor:defectors").name("defectors").kind(ActorKind.GROUP)
            .country("PRK").addMention(Span.of(42, 51)).build())
        .addLegalInstrument(LegalInstrument.builder().id("instrument:refugee-convention")
            .title("Refugee Convention").kind(InstrumentKind.TREATY).year(1951)
            .addParty("CHN")
            .addProvision(Provision.of("Article 33", Span.of(second + 45, second + 55)))
            .addAction(StateAction.builder().state("CHN").action(StateActionType.SIGNED)
                .date(Edtf.parse("1982")).span(Span.of(second, second + 43)).build())
            .addMention(Span.of(second + 17, second + 35)).build())
        .addIncident(Incident.builder().id("incident:1").type(IncidentType.ARREST).specific(true)
            .date(IncidentDate.builder().value(Edtf.parse("2017-09")).text("Last month")
                .span(Span.of(0, 10)).build())
            .addPerpetrator("agency:chn-police")
            .addVictim(Victim.builder().ref("actor:defectors").description("defectors").count(8L)
                .build())
            .addInstrument("instrument:refugee-convention")
            .evidence(Span.of(0, FIRST.length())).build())
        .build();
  }
}
