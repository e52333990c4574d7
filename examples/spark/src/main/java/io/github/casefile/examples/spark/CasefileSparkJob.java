package io.github.casefile.examples.spark;

import io.github.casefile.ParseOutcome;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A Spark job that parses news articles with Casefile: it reads WARC archives, HTML and text files
 * from any Hadoop path (directories are read recursively), parses them on the executors with one
 * shared {@code Casefile} per JVM, expanding WARC files record by record there, and writes the
 * Parquet tables {@code articles}, {@code actors}, {@code agencies}, {@code legal_instruments},
 * {@code incidents}, {@code failures} and {@code skipped} under the output path.
 *
 * <pre>
 * spark-submit --class io.github.casefile.examples.spark.CasefileSparkJob \
 *     casefile-spark-example-VERSION-job.jar --out OUT INPUT...
 * </pre>
 */
public final class CasefileSparkJob {
  /** The tables the job writes, in order. */
  public static final List<String> TABLES = List.of("articles", "actors", "agencies",
      "legal_instruments", "incidents", "failures", "skipped");

  private CasefileSparkJob() {}

  /**
   * Run the job from the command line; without a master set, it runs in {@code local[*]}.
   *
   * @param args {@code --out OUT INPUT...}
   */
  public static void main(String[] args) {
    String out = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = args[++i];
      } else {
        inputs.add(args[i]);
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: CasefileSparkJob --out OUT INPUT...");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("casefile");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, inputs, out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Parse the inputs and write the tables.
   *
   * @param spark the session
   * @param inputs Hadoop paths of files or directories
   * @param out the Hadoop path under which each table is a Parquet directory; replaced
   */
  public static void run(SparkSession spark, List<String> inputs, String out) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaRDD<ParseOutcome> outcomes = jsc.binaryFiles(String.join(",", inputs))
        .flatMap(new ParseFiles())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      for (String table : TABLES) {
        JavaRDD<Row> rows = outcomes.flatMap(o -> Tables.rows(table, o).iterator());
        spark.createDataFrame(rows, Tables.SCHEMAS.get(table))
            .write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
      }
    } finally {
      outcomes.unpersist(false);
    }
  }
}
