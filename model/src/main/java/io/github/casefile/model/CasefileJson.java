package io.github.casefile.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes the JSON contract. The mapper is shared and thread-safe; reading rejects JSON
 * that breaks the contract with a {@link com.fasterxml.jackson.databind.JsonMappingException}
 * that names the field.
 */
public final class CasefileJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new CasefileModule())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY =
      MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

  /**
   * The reader, built on first use: building it resolves the deserializers of every model type,
   * a fifth of a second in a fresh JVM that a program which only writes JSON (the command line)
   * need not spend.
   */
  private static final class Reading {
    static final ObjectReader READER = MAPPER.readerFor(Article.class);
  }

  /** Where the JSON Schema of the contract lies in the model jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/casefile/model/article.schema.json";

  private CasefileJson() {}

  /**
   * Return a copy of the shared mapper, configured for the contract, for callers who need other
   * settings.
   *
   * @return a new mapper with the Casefile and JDK 8 modules registered
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Write an article as one line of JSON.
   *
   * @param article the article
   * @return its JSON
   */
  public static String toJson(Article article) {
    return write(COMPACT, article);
  }

  /**
   * Write an article as indented JSON.
   *
   * @param article the article
   * @return its JSON, indented by two spaces
   */
  public static String toPrettyJson(Article article) {
    return write(PRETTY, article);
  }

  /**
   * Read an article from JSON.
   *
   * @param json the JSON text of one article
   * @return the article, equal to the one that was written
   * @throws JsonProcessingException if the text is not JSON or breaks the contract; the message
   *     names the field
   */
  public static Article fromJson(String json) throws JsonProcessingException {
    return Reading.READER.readValue(json);
  }

  /**
   * Read an article from a stream of UTF-8 JSON; the caller closes the stream.
   *
   * @param json the stream
   * @return the article
   * @throws java.io.IOException if the stream cannot be read, is not JSON or breaks the contract
   */
  public static Article fromJson(InputStream json) throws java.io.IOException {
    return Reading.READER.readValue(json);
  }

  /**
   * Return the JSON Schema of the contract, as shipped in this jar at {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the jar has lost the resource
   */
  public static String schema() {
    try (InputStream in = CasefileJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the model jar lacks " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Writing a model value to a String cannot fail unless the model itself is broken.
      throw new UncheckedIOException("could not write " + value.getClass().getSimpleName(), e);
    }
  }
}
