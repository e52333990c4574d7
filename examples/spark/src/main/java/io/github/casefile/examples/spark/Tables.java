package io.github.casefile.examples.spark;

import io.github.casefile.Failure;
import io.github.casefile.ParseOutcome;
import io.github.casefile.Skip;
import io.github.casefile.model.Actor;
import io.github.casefile.model.Agency;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.model.Incident;
import io.github.casefile.model.LegalInstrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables: their explicit schemas, and how one outcome becomes rows of each.
 * Every entity row carries its {@code article_id}, so the tables join on it.
 */
final class Tables {
  private Tables() {}

  private static StructField text(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  private static StructField key(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, false);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static final StructField STRINGS = DataTypes.createStructField("authors",
      DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** Table name to schema, in the order they are written. */
  static final Map<String, StructType> SCHEMAS = Map.of(
      "articles", struct(key("article_id"), key("input"), key("format"), text("uri"),
          text("canonical_url"), text("outlet"), text("retrieved"), text("headline"), STRINGS,
          text("published"), text("language"), key("text"),
          DataTypes.createStructField("warnings",
              DataTypes.createArrayType(DataTypes.StringType, false), false), key("json")),
      "actors", struct(key("article_id"), key("id"), key("name"), key("kind"), text("country")),
      "agencies", struct(key("article_id"), key("id"), key("name"), text("acronym"), key("kind"),
          text("country"), text("parent")),
      "legal_instruments", struct(key("article_id"), key("id"), key("title"), key("kind"),
          DataTypes.createStructField("year", DataTypes.IntegerType, true)),
      "incidents", struct(key("article_id"), key("id"), key("type"),
          DataTypes.createStructField("specific", DataTypes.BooleanType, false), text("date"),
          text("location"), DataTypes.createStructField("evidence_start", DataTypes.IntegerType,
              false), DataTypes.createStructField("evidence_end", DataTypes.IntegerType, false)),
      "failures", struct(key("input"), text("format"), key("reason"), key("exception")),
      "skipped", struct(key("input"), text("format"), key("reason"), text("detail")));

  /** Return the rows an outcome gives in a table. */
  static List<Row> rows(String table, ParseOutcome outcome) {
    switch (table) {
      case "failures":
        return outcome.failure().map(Tables::failure).map(List::of).orElse(List.of());
      case "skipped":
        return outcome.skip().map(Tables::skip).map(List::of).orElse(List.of());
      case "articles":
        return outcome.article().map(a -> List.of(article(outcome.input(), a)))
            .orElse(List.of());
      case "actors":
        return entities(outcome, Article::actors, Tables::actor);
      case "agencies":
        return entities(outcome, Article::agencies, Tables::agency);
      case "legal_instruments":
        return entities(outcome, Article::legalInstruments, Tables::instrument);
      case "incidents":
        return entities(outcome, Article::incidents, Tables::incident);
      default:
        throw new IllegalArgumentException("no table " + table);
    }
  }

  private interface RowOf<T> {
    Row row(String articleId, T value);
  }

  private static <T> List<Row> entities(ParseOutcome outcome, Function<Article, List<T>> list,
      RowOf<T> row) {
    List<Row> rows = new ArrayList<>();
    outcome.article().ifPresent(a -> list.apply(a).forEach(v -> rows.add(row.row(a.id(), v))));
    return rows;
  }

  private static Row article(String input, Article a) {
    return RowFactory.create(a.id(), input, a.source().format(), a.source().uri().orElse(null),
        a.source().canonicalUrl().orElse(null), a.source().outlet().orElse(null),
        a.source().retrieved().map(Object::toString).orElse(null), a.headline().orElse(null),
        a.authors().toArray(new String[0]), a.published().map(Object::toString).orElse(null),
        a.language().orElse(null), String.join("\n\n", a.paragraphs()),
        a.warnings().toArray(new String[0]), CasefileJson.toJson(a));
  }

  private static Row actor(String articleId, Actor x) {
    return RowFactory.create(articleId, x.id(), x.name(), x.kind().toString(),
        x.country().orElse(null));
  }

  private static Row agency(String articleId, Agency x) {
    return RowFactory.create(articleId, x.id(), x.name(), x.acronym().orElse(null),
        x.kind().toString(), x.country().orElse(null), x.parent().orElse(null));
  }

  private static Row instrument(String articleId, LegalInstrument x) {
    return RowFactory.create(articleId, x.id(), x.title(), x.kind().toString(),
        x.year().orElse(null));
  }

  private static Row incident(String articleId, Incident x) {
    return RowFactory.create(articleId, x.id(), x.type().toString(), x.specific(),
        x.date().flatMap(d -> d.value()).map(Object::toString).orElse(null),
        x.location().map(l -> l.text()).orElse(null), x.evidence().start(), x.evidence().end());
  }

  private static Row failure(Failure f) {
    return RowFactory.create(f.input(), f.format().orElse(null), f.reason(), f.exception());
  }

  private static Row skip(Skip s) {
    return RowFactory.create(s.input(), s.format().orElse(null), s.reason(),
        s.detail().orElse(null));
  }
}
