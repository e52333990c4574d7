package io.github.casefile;

import io.github.casefile.spi.ArchiveEntry;
import io.github.casefile.spi.ArchiveFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A test archive: the first line is "ARCHIVE"; each further line is an entry, read lazily:
 * {@code R uri payload} a record whose payload's "|" are line breaks, {@code S uri reason} a skip,
 * {@code F uri message} a failure, {@code BOOM} a contract-breaking exception, and {@code FOREVER}
 * an endless run of records.
 */
class LineArchive implements ArchiveFormat {
  @Override
  public String name() {
    return "lines-archive";
  }

  @Override
  public String description() {
    return "test archive of lines";
  }

  @Override
  public int detect(byte[] head, String name) {
    return new String(head, StandardCharsets.UTF_8).startsWith("ARCHIVE\n") ? 90 : 0;
  }

  @Override
  public Iterator<ArchiveEntry> entries(InputStream in, String archiveName,
      io.github.casefile.Limits limits) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new Iterator<>() {
      private String line = read(true);
      private int forever = -1;

      private String read(boolean first) {
        try {
          String next = reader.readLine();
          return first ? reader.readLine() : next;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return forever >= 0 || line != null;
      }

      @Override
      public ArchiveEntry next() {
        if (forever >= 0 || "FOREVER".equals(line)) {
          forever++;
          return ArchiveEntry.record(("LINES\nrecord " + forever).getBytes(StandardCharsets.UTF_8),
              SourceHint.named("forever/" + forever));
        }
        if (line == null) {
          throw new NoSuchElementException();
        }
        String current = line;
        line = read(false);
        if (current.equals("BOOM")) {
          throw new IllegalStateException("boom");
        }
        String[] parts = current.split(" ", 3);
        switch (parts[0]) {
          case "R":
            return ArchiveEntry.record(parts[2].replace('|', '\n')
                .getBytes(StandardCharsets.UTF_8), SourceHint.named(parts[1]));
          case "S":
            return ArchiveEntry.skipped(parts[1], parts[2], null);
          default:
            return ArchiveEntry.failed(parts[1],
                new MalformedInputException(parts[1], parts[2], null));
        }
      }
    };
  }
}
