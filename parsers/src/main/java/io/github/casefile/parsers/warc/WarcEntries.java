package io.github.casefile.parsers.warc;

import io.github.casefile.CasefileException;
import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.MalformedInputException;
import io.github.casefile.spi.ArchiveEntry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The entries of one WARC archive, read lazily. A gzip WARC is read member by member with {@link
 * GzipMembers}: after a record that cannot be read (a bad Content-Length, a corrupt member), the
 * reader restarts at the next member. An uncompressed WARC is cut into records by {@link
 * PlainRecords}: after a record whose Content-Length does not end it, reading resynchronises at the
 * next {@code WARC/1.} header line.
 */
final class WarcEntries implements Iterator<ArchiveEntry> {
  private final String archiveName;
  private final Limits limits;
  private final RecordClassifier classifier;
  private final GzipMembers members;
  private final PlainRecords plain;
  private WarcReader reader;
  private ArchiveEntry next;
  private boolean done;
  private int records;

  WarcEntries(InputStream in, String archiveName, Limits limits) {
    this.archiveName = archiveName == null ? "(warc)" : archiveName;
    this.limits = limits;
    this.classifier = new RecordClassifier(limits);
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    boolean gzip;
    try {
      buffered.mark(2);
      gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
    } catch (IOException e) {
      gzip = false;
      done = true;
      next = failure(this.archiveName, "cannot be read: " + e.getMessage(), e);
    }
    this.members = gzip ? new GzipMembers(buffered, limits.maxInflatedBytes()) : null;
    this.plain = gzip ? null : new PlainRecords(buffered, limits.maxInputBytes());
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public ArchiveEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ArchiveEntry result = next;
    next = null;
    return result;
  }

  private ArchiveEntry advance() {
    while (true) {
      try {
        if (reader == null) {
          if (members == null) {
            PlainRecords.Chunk chunk;
            try {
              chunk = plain.next();
            } catch (IOException e) {
              // The file itself cannot be read on: report it once and stop.
              String where = where();
              finish();
              return failure(where, "the WARC file cannot be read (" + describe(e)
                  + "); the rest of the archive was not read", e);
            }
            if (chunk == null) {
              finish();
              return null;
            }
            if (chunk.damaged != null) {
              String name = chunk.target != null && !chunk.target.isBlank() ? chunk.target
                  : archiveName + "#record " + (records + 1);
              records++;
              return failure(name, "the WARC record cannot be read: " + chunk.damaged, null);
            }
            reader = new WarcReader(chunk.record);
          } else if (!openReader()) {
            finish();
            return null;
          }
        }
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          reader = null;
          continue;
        }
        records++;
        return classify(record.get());
      } catch (GzipMembers.InflateLimitException e) {
        finish();
        return ArchiveEntry.failed(where(), new LimitExceededException(where(),
            "maxInflatedBytes", limits.maxInflatedBytes(),
            e.getMessage() + "; the rest of the archive was not read"));
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        return afterUnreadable(e);
      }
    }
  }

  private ArchiveEntry classify(WarcRecord record) throws IOException {
    String name = nameOf(record);
    try {
      return classifier.classify(record, name);
    } catch (GzipMembers.InflateLimitException e) {
      throw e;
    } catch (CasefileException e) {
      return ArchiveEntry.failed(name, e);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      // The next gzip member or the next record cut by PlainRecords starts afresh.
      reader = null;
      return failure(name, "the record cannot be read: " + describe(e), e);
    }
  }

  private ArchiveEntry afterUnreadable(Exception e) {
    String where = where();
    reader = null;
    return failure(where, "the WARC record cannot be read: " + describe(e), e);
  }

  private boolean openReader() throws IOException {
    InputStream member = members.next();
    if (member == null) {
      return false;
    }
    reader = new WarcReader(member);
    return true;
  }

  private String nameOf(WarcRecord record) {
    if (record instanceof WarcTargetRecord) {
      try {
        String target = ((WarcTargetRecord) record).target();
        if (target != null && !target.isBlank()) {
          return target;
        }
      } catch (RuntimeException e) {
        // Fall back to the record's place in the archive.
      }
    }
    return archiveName + "#" + records;
  }

  private String where() {
    return archiveName + "#" + (members != null ? "member " + members.members()
        : "record " + (records + 1));
  }

  private void finish() {
    done = true;
    reader = null;
    if (members != null) {
      members.end();
    }
  }

  private static ArchiveEntry failure(String input, String reason, Exception cause) {
    return ArchiveEntry.failed(input, new MalformedInputException(input, reason, cause));
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
