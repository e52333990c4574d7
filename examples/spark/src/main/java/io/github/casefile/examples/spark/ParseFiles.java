package io.github.casefile.examples.spark;

import io.github.casefile.ParseOutcome;
import io.github.casefile.SourceHint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Parses one file of {@code binaryFiles} on an executor: a WARC is expanded record by record, and
 * anything else gives its articles or one failure. The file is streamed, never read whole, and
 * closed when its outcomes are consumed.
 */
final class ParseFiles implements FlatMapFunction<Tuple2<String, PortableDataStream>, ParseOutcome> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<ParseOutcome> call(Tuple2<String, PortableDataStream> file) {
    String name = inputName(file._1());
    InputStream in = file._2().open();
    Stream<ParseOutcome> outcomes = CasefileHolder.get().parseAll(in, SourceHint.named(name));
    Iterator<ParseOutcome> it = outcomes.iterator();
    return new Iterator<>() {
      private boolean open = true;

      @Override
      public boolean hasNext() {
        if (open && !it.hasNext()) {
          open = false;
          outcomes.close();
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return open;
      }

      @Override
      public ParseOutcome next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return it.next();
      }
    };
  }

  /**
   * Name an input as the Casefile API would: a local file by its path, anything else (HDFS, S3) by
   * its URI.
   */
  static String inputName(String hadoopPath) {
    URI uri = URI.create(hadoopPath.replace(" ", "%20"));
    return "file".equals(uri.getScheme()) ? uri.getPath() : hadoopPath;
  }
}
