package io.github.casefile.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The Jackson {@link com.fasterxml.jackson.databind.Module} of the Casefile model: it maps every
 * abstract model type to its implementation and writes a {@link Span} as {@code [start, end]}.
 * {@code ObjectMapper.findModules()} finds it; {@link CasefileJson#mapper()} returns a mapper that
 * has it.
 */
public final class CasefileModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Create the module. */
  public CasefileModule() {
    super("CasefileModule", Version.unknownVersion());
    addAbstractTypeMapping(Article.class, ImmutableArticle.class);
    addAbstractTypeMapping(Source.class, ImmutableSource.class);
    addAbstractTypeMapping(Actor.class, ImmutableActor.class);
    addAbstractTypeMapping(Agency.class, ImmutableAgency.class);
    addAbstractTypeMapping(LegalInstrument.class, ImmutableLegalInstrument.class);
    addAbstractTypeMapping(Provision.class, ImmutableProvision.class);
    addAbstractTypeMapping(StateAction.class, ImmutableStateAction.class);
    addAbstractTypeMapping(Incident.class, ImmutableIncident.class);
    addAbstractTypeMapping(IncidentDate.class, ImmutableIncidentDate.class);
    addAbstractTypeMapping(Location.class, ImmutableLocation.class);
    addAbstractTypeMapping(Victim.class, ImmutableVictim.class);
    addAbstractTypeMapping(Attribution.class, ImmutableAttribution.class);
    addSerializer(Span.class, new SpanSerializer());
    addDeserializer(Span.class, new SpanDeserializer());
  }

  private static final class SpanSerializer extends StdSerializer<Span> {
    private static final long serialVersionUID = 1L;

    SpanSerializer() {
      super(Span.class);
    }

    @Override
    public void serialize(Span span, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartArray(span, 2);
      out.writeNumber(span.start());
      out.writeNumber(span.end());
      out.writeEndArray();
    }
  }

  private static final class SpanDeserializer extends StdDeserializer<Span> {
    private static final long serialVersionUID = 1L;

    SpanDeserializer() {
      super(Span.class);
    }

    @Override
    public Span deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (in.currentToken() != JsonToken.START_ARRAY) {
        return (Span) context.handleUnexpectedToken(Span.class, in);
      }
      int start = nextInt(in, context);
      int end = nextInt(in, context);
      if (in.nextToken() != JsonToken.END_ARRAY) {
        return (Span) context.handleUnexpectedToken(Span.class, in.currentToken(), in,
            "a span is [start, end]: two integers");
      }
      if (start < 0 || end < start) {
        return (Span) context.handleWeirdStringValue(Span.class, "[" + start + ", " + end + "]",
            "a span must have 0 <= start <= end");
      }
      return Span.of(start, end);
    }

    private static int nextInt(JsonParser in, DeserializationContext context) throws IOException {
      if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        context.handleUnexpectedToken(Span.class, in.currentToken(), in,
            "a span is [start, end]: two integers");
      }
      return in.getIntValue();
    }
  }
}
